package org.cocreate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A word longer than the screen — 10,000 letters in a comment, a title of one 150-letter word, a
 * long link — wraps instead of widening the page: in Chromium, on a desktop and a phone screen,
 * the idea page and the board are exactly as wide as the window (no sideways scrolling).
 */
class LongWordsIT extends AbstractApplicationIT {

	private static Playwright playwright;

	private static Browser browser;

	@BeforeAll
	static void chromium() {
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	static void close() {
		browser.close();
		playwright.close();
	}

	@Test
	void aLongWordNeverMakesThePageWiderThanTheWindow() {
		var author = member("longword");
		String token = token(author);
		var http = http();
		String org = uniqueSlug("long");
		created(http.api("POST", "/api/v1/organisations", token, Map.of("name", "Long " + org, "slug", org, "kind", "BRAND")));
		String space = uniqueSlug("long-words");
		created(http.api("POST", "/api/v1/spaces", token, Map.of("organisation", org, "name", "Words " + space, "slug", space,
				"visibility", "PUBLIC", "capabilities", List.of("ideas"))));
		String title = "T" + "o".repeat(149);
		String link = "https://example.org/" + "a".repeat(400);
		long idea = created(http.api("POST", "/api/v1/spaces/" + space + "/ideas", token,
				Map.of("title", title, "body", "We could plant more trees along the river, it is a " + "l".repeat(300) + "ong way")))
			.json().get("id").asLong();
		created(http.api("POST", "/api/v1/ideas/" + idea + "/comments", token, Map.of("body", "L" + "o".repeat(9_999))));
		created(http.api("POST", "/api/v1/ideas/" + idea + "/comments", token, Map.of("body", "See " + link)));

		String session = loggedIn(author).cookie("COCREATE_SESSION").orElseThrow();
		for (int[] window : List.of(new int[] { 1280, 800 }, new int[] { 390, 844 })) {
			var context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setViewportSize(window[0], window[1]));
			context.addCookies(List.of(new Cookie("COCREATE_SESSION", session).setDomain("localhost").setPath("/")));
			Page page = context.newPage();
			for (String path : List.of("/ideas/" + idea, "/s/" + space + "/ideas")) {
				page.navigate(path);
				assertThat(page.content()).as("%s shows the long title", path).contains(title);
				int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
				int bodyWidth = ((Number) page.evaluate("() => document.body.scrollWidth")).intValue();
				assertThat(Math.max(width, bodyWidth)).as("page width of %s in a %d px window", path, window[0])
					.isLessThanOrEqualTo(window[0]);
			}
			page.navigate("/ideas/" + idea);
			assertThat(page.content()).as("the comment is on the idea page").contains("L" + "o".repeat(9_999));
			context.close();
		}
	}

	private static org.cocreate.Http.Response created(org.cocreate.Http.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response;
	}
}
