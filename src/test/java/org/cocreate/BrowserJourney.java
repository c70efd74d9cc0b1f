package org.cocreate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser journey shares, on the whole application of {@link AbstractApplicationIT}:
 * one headless Chromium per test class (the system one named by {@code COCREATE_CHROMIUM}, see
 * {@link Browsers}), a page per person in the journey, every page checked with axe-core (serious
 * or critical violations fail), and every Content Security Policy violation or page error
 * collected, so that a journey ends by asserting there were none.
 */
public abstract class BrowserJourney extends AbstractApplicationIT {

	static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	protected static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(30);

	static Playwright playwright;

	static Browser browser;

	static String axeSource;

	/** The first person's page; {@link #anotherPerson()} opens more. */
	protected Page page;

	/** Console messages of the kind "Refused to … because it violates the Content Security Policy", and page errors. */
	protected final List<String> cspViolations = new CopyOnWriteArrayList<>();

	protected final List<String> pagesChecked = new ArrayList<>();

	private final List<BrowserContext> contexts = new ArrayList<>();

	@BeforeAll
	static void startBrowser() throws IOException {
		try (InputStream in = BrowserJourney.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as("axe-core webjar on the test class path").isNotNull();
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		page = anotherPerson();
	}

	@AfterEach
	void closePages() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A fresh browser (own cookies) for one more person in the journey, watched for CSP violations. */
	protected Page anotherPerson() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("en-GB")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		Page opened = context.newPage();
		opened.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				cspViolations.add(opened.url() + ": " + message.text());
			}
		});
		opened.onPageError(error -> cspViolations.add(opened.url() + " (page error): " + error));
		return opened;
	}

	/** Logs the member in through the form; their home feed opens. */
	protected void logIn(Page on, Member member) {
		on.navigate("/login");
		on.getByLabel("E-mail address or handle").fill(member.email());
		on.getByLabel("Password").fill(member.password());
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(on).hasURL(Pattern.compile("/$"));
	}

	/** Goes to a path on the first person's page, waits for htmx to settle, and checks the page. */
	protected void visit(String path) {
		page.navigate(path);
		checked(path);
	}

	protected void checked(String what) {
		checked(page, what);
	}

	/**
	 * Runs axe-core on the page as it is now and fails on any serious or critical violation.
	 * The page's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol
	 * (page.evaluate), which CSP does not govern, rather than added as a script tag.
	 */
	@SuppressWarnings("unchecked")
	protected void checked(Page on, String what) {
		on.waitForLoadState(LoadState.NETWORKIDLE);
		if (!(Boolean) on.evaluate("() => typeof window.axe !== 'undefined'")) {
			on.evaluate(axeSource);
		}
		var results = (Map<String, Object>) on.evaluate("() => axe.run(document, { resultTypes: ['violations'] })");
		var violations = (List<Map<String, Object>>) results.get("violations");
		var serious = violations.stream()
			.filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
			.toList();
		assertThat(serious.stream().map(v -> v.get("impact") + " " + v.get("id")).toList())
			.as(() -> "axe-core on " + what + " (" + on.url() + "):\n" + describe(serious))
			.isEmpty();
		if (!violations.isEmpty()) {
			System.out.println("axe-core, minor or moderate, on " + what + ":\n" + describe(violations));
		}
		pagesChecked.add(what);
	}

	@SuppressWarnings("unchecked")
	static String describe(List<Map<String, Object>> violations) {
		var out = new StringBuilder();
		for (var v : violations) {
			out.append("- [").append(v.get("impact")).append("] ").append(v.get("id")).append(": ")
				.append(v.get("help")).append('\n');
			for (var node : (List<Map<String, Object>>) v.get("nodes")) {
				out.append("    ").append(node.get("target")).append(" ").append(node.get("html")).append('\n');
				Optional.ofNullable(node.get("failureSummary"))
					.ifPresent(s -> out.append("      ").append(s.toString().replace("\n", "\n      ")).append('\n'));
			}
		}
		return out.toString();
	}
}
