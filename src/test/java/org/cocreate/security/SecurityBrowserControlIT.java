package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The control for the XSS suite's browser tab: a page where an injected script does run must be
 * reported, by each of the tab's signs (a dialog, {@code window.__xss}, dangerous markup). Without
 * it, "no findings" on every application page could also mean a tab that sees nothing.
 */
class SecurityBrowserControlIT {

	@Test
	void theTabReportsScriptsThatRanAndMarkupThatCould() {
		try (var tab = SecurityBrowser.open(1, null)) {
			// first a clean page (the window keeps what a later script sets, as a navigation would not)
			tab.page().setContent("<p>plain text</p>");
			assertThat(tab.inspect("clean", "plain text")).isEmpty();
			assertThat(tab.inspect("clean", "a text that is not there")).singleElement().asString().contains("does not show");

			tab.page().setContent("<p>text</p><img src=\"data:,\" onerror=\"alert('img')\">");
			assertThat(tab.inspect("dialog", "text")).anyMatch(f -> f.contains("a dialog opened"));

			tab.page().setContent("<p>text</p><a href=\"javascript:alert(1)\">x</a>");
			assertThat(tab.inspect("markup", "text")).isNotEmpty().allMatch(f -> f.startsWith("markup: ") && !f.contains("dialog"));

			// last: the flag stays on the window
			tab.page().setContent("<script>window.__xss = 1</script><p>text</p>");
			assertThat(tab.inspect("flag", "text")).anyMatch(f -> f.contains("window.__xss was set"));
		}
	}
}
