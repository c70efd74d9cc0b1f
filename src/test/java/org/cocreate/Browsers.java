package org.cocreate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the browser the way Playwright users expect. If {@code COCREATE_CHROMIUM} (or Playwright's
 * own {@code PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH}) names an executable, that Chromium is launched
 * and Playwright is told not to download its own; otherwise Playwright uses, and on first use
 * downloads, its bundled Chromium, as on a newcomer's machine with open internet.
 */
public final class Browsers {

	static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private Browsers() {
	}

	/** The system Chromium named by the environment, if any. */
	static Optional<Path> systemChromium() {
		return Stream.of("COCREATE_CHROMIUM", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH")
			.map(System::getenv)
			.filter(v -> v != null && !v.isBlank())
			.map(Path::of)
			.findFirst()
			.map(path -> {
				if (!Files.isExecutable(path)) {
					throw new IllegalStateException("The browser named by COCREATE_CHROMIUM or "
							+ "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH is not an executable: " + path);
				}
				return path;
			});
	}

	public static Playwright playwright() {
		if (systemChromium().isPresent()) {
			return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		}
		try {
			return Playwright.create();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Playwright could not install its own Chromium (is the internet closed?). "
					+ "Install a Chromium and name it, e.g. on Debian: apt-get install chromium, then "
					+ "COCREATE_CHROMIUM=/usr/bin/chromium ./mvnw verify", ex);
		}
	}

	public static Browser launch(Playwright playwright) {
		var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
		systemChromium().ifPresent(options::setExecutablePath);
		return playwright.chromium().launch(options);
	}
}
