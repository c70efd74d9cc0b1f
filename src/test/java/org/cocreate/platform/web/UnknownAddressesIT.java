package org.cocreate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;

/**
 * An address the site does not have answers the 404 page to everyone — a visitor is not sent to
 * log in for a page that does not exist — while every real page keeps its rule; and the site has
 * a {@code robots.txt} that lets search engines read the public pages but not members' own.
 */
class UnknownAddressesIT extends AbstractApplicationIT {

	@Test
	void anUnknownAddressIsTheNotFoundPageForEveryone() {
		var member = member("lost");
		for (Http visitor : List.of(http(), loggedIn(member))) {
			for (String path : List.of("/this-does-not-exist", "/s/no/such/thing/at/all", "/ideas/1/nothing-here")) {
				var page = visitor.get(path);
				assertThat(page.status()).as("%s: %s", path, page).isEqualTo(404);
				assertThat(page.contentType()).startsWith("text/html");
				assertThat(page.body()).contains(message("error.status.404")).contains(message("error.detail.404"));
			}
		}
		var head = http().send("HEAD", "/this-does-not-exist", null, null);
		assertThat(head.status()).isEqualTo(404);
	}

	@Test
	void realPagesForMembersStillAskAVisitorToLogIn() {
		for (String path : List.of("/settings", "/notifications", "/moderation/queue", "/s/anything/ideas/new", "/following")) {
			var page = http().get(path);
			assertThat(page.status()).as("%s: %s", path, page).isEqualTo(302);
			assertThat(page.location()).as(path).endsWith("/login");
		}
		// a form address read with GET is not a page: the normal rule, not a way around it
		var logout = http().get("/logout");
		assertThat(logout.status()).isNotEqualTo(200);
	}

	@Test
	void robotsTxtOpensThePublicPagesAndClosesMembersOwn() {
		var robots = http().get("/robots.txt");
		assertThat(robots.status()).as("%s", robots).isEqualTo(200);
		assertThat(robots.contentType()).startsWith("text/plain");
		assertThat(robots.body()).contains("User-agent: *", "Allow: /")
			.contains("Disallow: /settings", "Disallow: /api/", "Disallow: /moderation", "Disallow: /notifications")
			.contains("Allow: /moderation/voided-votes");
	}
}
