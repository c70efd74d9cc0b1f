package org.cocreate.security;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cocreate.Browsers;
import org.jspecify.annotations.Nullable;

/**
 * One Chromium for the whole security suite, started on first use and closed with the JVM, and a
 * tab that says whether anything injected ran on a page: a dialog ({@code alert}), a
 * {@code window.__xss} set by a payload, or dangerous markup in the DOM the browser built.
 * <p>
 * The tab ignores the Content Security Policy ({@code bypassCSP}) on purpose: the policy would
 * stop an injected script anyway, so a test with it on could not tell a sanitiser that works
 * from one that does not. The policy itself is checked by SecurityHeadersIT.
 */
final class SecurityBrowser {

	private static @Nullable Playwright playwright;

	private static @Nullable Browser browser;

	private SecurityBrowser() {
	}

	static synchronized Browser browser() {
		if (browser == null) {
			playwright = Browsers.playwright();
			browser = Browsers.launch(playwright);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					browser.close();
					playwright.close();
				}
				catch (RuntimeException ignored) {
					// The JVM is going away.
				}
			}));
		}
		return browser;
	}

	/** A tab on the application, signed in with the given session cookie (or anonymous). */
	static Tab open(int port, @Nullable String sessionCookie) {
		var context = browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setBypassCSP(true)
			.setLocale("en-GB")
			.setJavaScriptEnabled(true));
		context.setDefaultTimeout(15_000);
		if (sessionCookie != null) {
			context.addCookies(List.of(new Cookie("COCREATE_SESSION", sessionCookie).setDomain("localhost").setPath("/")));
		}
		return new Tab(context);
	}

	static final class Tab implements AutoCloseable {

		private final BrowserContext context;

		private final Page page;

		private final List<String> dialogs = new CopyOnWriteArrayList<>();

		private int checked;

		private String lastText = "";

		Tab(BrowserContext context) {
			this.context = context;
			this.page = context.newPage();
			page.onDialog(dialog -> {
				dialogs.add(dialog.type() + ": " + dialog.message());
				dialog.dismiss();
			});
		}

		Page page() {
			return page;
		}

		/**
		 * Opens the path and returns what went wrong on it: a status other than 200, a dialog, a
		 * set {@code window.__xss}, dangerous markup, or text that should be there and is not.
		 */
		List<String> visit(String path, String... mustShowText) {
			var findings = new ArrayList<String>();
			dialogs.clear();
			var response = page.navigate(path);
			if (response == null || response.status() != 200) {
				findings.add(path + ": status " + (response == null ? "none" : response.status()));
			}
			findings.addAll(inspect(path, mustShowText));
			return findings;
		}

		/** The checks of {@link #visit} on whatever the tab shows now (after a form was sent, say). */
		@SuppressWarnings("unchecked")
		List<String> inspect(String where, String... mustShowText) {
			var findings = new ArrayList<String>();
			// One round trip: handlers such as ontoggle or onfocus fire a moment after load, so
			// the check waits a frame, then reads the flag, scans the DOM and takes the text.
			var seen = (java.util.Map<String, Object>) page.evaluate("async () => { await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));"
					+ " return { xss: typeof window.__xss, bad: (" + DangerousMarkup.SCAN_SCRIPT + ")(), text: document.body.textContent }; }");
			dialogs.forEach(d -> findings.add(where + ": a dialog opened (" + d + ")"));
			dialogs.clear();
			if (!"undefined".equals(seen.get("xss"))) {
				findings.add(where + ": window.__xss was set by an injected script");
			}
			for (Object bad : (List<Object>) seen.get("bad")) {
				findings.add(where + ": " + bad);
			}
			lastText = (String) seen.get("text");
			for (String expected : mustShowText) {
				if (!lastText.contains(expected)) {
					findings.add(where + ": does not show the text " + abbreviate(expected));
				}
			}
			checked++;
			return findings;
		}

		/** The text of the page last inspected. */
		String text() {
			return lastText;
		}

		int checked() {
			return checked;
		}

		@Override
		public void close() {
			context.close();
		}
	}

	static String abbreviate(String s) {
		String one = s.replace("\n", "⏎");
		return "«" + (one.length() > 80 ? one.substring(0, 80) + "…" : one) + "»";
	}
}
