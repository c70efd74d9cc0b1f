package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.TestImages;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reading what is someone else's by changing an id in the address (IDOR): a private space and
 * everything in it, another member's tokens, notifications, invitations, ballot and account. Each
 * row of the table is a read, who makes it, the status they must get, and what must not be in
 * the answer. Writes to others' things by id are rows of access-control.table.
 */
class SecurityIdorIT extends AbstractApplicationIT {

	/** One read: path, as whom ("anon", "outsider", "insider", "victim" …), the status, and text that must not appear. */
	record Read(String path, String as, int status, @Nullable String mustNotContain) {
	}

	@Test
	void noneOfTheTableIsReadableByTheWrongPerson() {
		var owner = member("idor_owner");
		var victim = member("idor_victim");
		var outsider = member("idor_outsider");
		String ownerToken = token(owner);
		String victimToken = token(victim);
		String outsiderToken = token(outsider);
		var http = http();

		// An organisation with a private space: an idea with a tag, a picture, a comment and a budget.
		String org = uniqueSlug("idor");
		ok(http.api("POST", "/api/v1/organisations", ownerToken, Map.of("name", "IDOR " + org, "slug", org, "kind", "BRAND")), 201);
		String space = uniqueSlug("idor-private");
		ok(http.api("POST", "/api/v1/spaces", ownerToken, Map.of("organisation", org, "name", "Private " + space, "slug", space,
				"visibility", "PRIVATE", "capabilities", List.of("ideas", "budgets"))), 201);
		String secret = "Secret plan " + space;
		String tag = "idor" + space.substring(space.length() - 8);
		long idea = ok(http.api("POST", "/api/v1/spaces/" + space + "/ideas", ownerToken,
				Map.of("title", secret, "body", "Nobody outside may read this #" + tag)), 201).json().get("id").asLong();
		long image = ok(http.apiBytes("POST", "/api/v1/ideas/" + idea + "/images", ownerToken, "image/png", TestImages.png(8, 8)), 201)
			.json().get(0).get("id").asLong();
		ok(http.api("POST", "/api/v1/ideas/" + idea + "/comments", ownerToken, Map.of("body", "A private remark")), 201);
		long budget = ok(http.api("POST", "/api/v1/spaces/" + space + "/budgets", ownerToken,
				Map.of("name", "Private budget", "amount", 1000, "currency", "EUR")), 201).json().get("id").asLong();

		// The victim's own things: a token, a notification, an invitation, an e-mail address.
		long victimTokenId = ok(http.api("POST", "/api/v1/tokens", victimToken, Map.of("name", "victim's second")), 201)
			.json().get("id").asLong();
		long invitation = ok(http.api("POST", "/api/v1/organisations/" + org + "/invitations", ownerToken,
				Map.of("invitee", victim.handle(), "role", "RESPONDER")), 201).json().get("id").asLong();
		long notification = jdbc.sql("""
				insert into notification (member_id, notice_key, message, args, link, created_at)
				values (?, ?, 'notice.idea-status.PLANNED', '{private-link-of-victim}', '/private-link-of-victim', now())
				returning id""")
			.params(victim.id(), "idor:" + space)
			.query(Long.class)
			.single();

		// Activity is recorded after commit: wait until the owner sees the idea on its tag, so the rows below can fail.
		var ownerPages = loggedIn(owner);
		await("the idea on its tag's activity").atMost(Duration.ofSeconds(30))
			.until(() -> ownerPages.get("/activity/tag/" + tag).body().contains(secret));

		var reads = List.of(
				// the private space and all that is in it
				new Read("/api/v1/spaces/" + space, "outsider", 404, secret),
				new Read("/api/v1/spaces/" + space, "anon", 404, secret),
				new Read("/api/v1/spaces/" + space, "owner", 200, null),
				new Read("/api/v1/spaces/" + space + "/ideas", "outsider", 404, secret),
				new Read("/api/v1/spaces/" + space + "/ideas", "anon", 404, secret),
				new Read("/api/v1/spaces/" + space + "/ideas/similar?title=Secret", "outsider", 404, secret),
				new Read("/api/v1/spaces/" + space + "/ideas/settings", "outsider", 404, null),
				new Read("/api/v1/ideas/" + idea, "outsider", 404, secret),
				new Read("/api/v1/ideas/" + idea, "anon", 404, secret),
				new Read("/api/v1/ideas/" + idea, "owner", 200, null),
				new Read("/api/v1/ideas/" + idea + "/comments", "outsider", 404, "private remark"),
				new Read("/api/v1/ideas/" + idea + "/status-changes", "outsider", 404, null),
				new Read("/api/v1/ideas/" + idea + "/revisions", "outsider", 404, secret),
				new Read("/api/v1/ideas/" + idea + "/edit-proposals", "outsider", 404, null),
				new Read("/api/v1/spaces/" + space + "/budgets", "outsider", 404, "Private budget"),
				new Read("/api/v1/budgets/" + budget, "outsider", 404, "Private budget"),
				new Read("/api/v1/budgets/" + budget + "/projects", "outsider", 404, null),
				new Read("/api/v1/budgets/" + budget + "/export", "outsider", 404, null),
				new Read("/api/v1/tags/" + tag, "outsider", 404, secret),
				new Read("/api/v1/spaces?organisation=" + org, "outsider", 200, space),
				new Read("/api/v1/spaces", "outsider", 200, space),
				new Read("/s/" + space, "outsider", 404, secret),
				new Read("/s/" + space, "anon", 404, secret),
				new Read("/s/" + space + "/ideas", "outsider", 404, secret),
				new Read("/s/" + space + "/ideas/similar?title=Secret", "outsider", 404, secret),
				new Read("/s/" + space + "/budgets", "outsider", 404, "Private budget"),
				new Read("/ideas/" + idea, "outsider", 404, secret),
				new Read("/ideas/" + idea, "anon", 404, secret),
				new Read("/ideas/" + idea, "owner", 200, null),
				new Read("/ideas/" + idea + "/revisions", "outsider", 404, secret),
				new Read("/ideas/" + idea + "/support-button", "outsider", 404, null),
				new Read("/ideas/" + idea + "/images/" + image, "outsider", 404, null),
				new Read("/ideas/" + idea + "/images/" + image, "anon", 404, null),
				new Read("/budgets/" + budget, "outsider", 404, "Private budget"),
				// the activity fragment answers any target (an unknown one too) with what the viewer may see;
				// a tag used only in the private space has no page for those outside it
				new Read("/activity/space/" + space, "outsider", 200, secret),
				new Read("/activity/space/" + space, "anon", 200, secret),
				new Read("/tags/" + tag, "outsider", 404, secret),
				new Read("/activity/tag/" + tag, "outsider", 200, secret),
				new Read("/activity/tag/" + tag, "anon", 200, secret),
				new Read("/tags/" + tag, "anon", 404, secret),
				new Read("/spaces", "outsider", 200, space),
				new Read("/spaces/of/" + org, "outsider", 200, space),
				// another member's things, by id or by list
				new Read("/api/v1/tokens", "outsider", 200, "\"id\":" + victimTokenId + ","),
				new Read("/settings/tokens", "outsider", 200, "victim&#39;s second"),
				new Read("/api/v1/notifications", "outsider", 200, "private-link-of-victim"),
				new Read("/notifications", "outsider", 200, "private-link-of-victim"),
				new Read("/api/v1/invitations", "outsider", 200, "\"id\":" + invitation + ","),
				new Read("/invitations", "outsider", 200, "/invitations/" + invitation + "/"),
				new Read("/api/v1/organisations/" + org + "/invitations", "outsider", 403, victim.email()),
				new Read("/api/v1/organisations/" + org + "/invitations", "victim", 403, null),
				new Read("/o/" + org + "/staff", "outsider", 403, victim.email()),
				new Read("/api/v1/me", "outsider", 200, victim.email()),
				new Read("/api/v1/members/" + victim.handle(), "outsider", 200, victim.email()),
				new Read("/api/v1/members/" + victim.handle(), "anon", 200, victim.email()),
				new Read("/api/v1/members?q=" + victim.handle(), "anon", 200, victim.email()),
				new Read("/@" + victim.handle(), "anon", 200, victim.email()),
				new Read("/api/v1/budgets/" + budget + "/ballot", "outsider", 404, null),
				// the victim does see their own
				new Read("/api/v1/notifications", "victim", 200, null),
				new Read("/api/v1/invitations", "victim", 200, null));

		var clients = Map.of("anon", http(), "owner", ownerPages, "outsider", loggedIn(outsider), "victim", loggedIn(victim));
		var tokens = Map.of("owner", ownerToken, "outsider", outsiderToken, "victim", victimToken);
		var problems = new ArrayList<String>();
		BiFunction<String, String, Http.Response> read = (path, as) -> path.startsWith("/api/")
				? http.apiGet(path, tokens.get(as)) : clients.get(as).get(path);
		for (Read r : reads) {
			Http.Response response = read.apply(r.path(), r.as());
			if (response.status() != r.status()) {
				problems.add(r + ": got " + response.status());
			}
			if (r.mustNotContain() != null && response.body().contains(r.mustNotContain())) {
				problems.add(r + ": the answer shows it");
			}
		}
		// The positive rows prove the data is there to be leaked: the owner and the victim do see it,
		// in the same form the rows above look for, so no "must not show" passes on a page that never shows it.
		record Sees(String path, String as, String text) {
		}
		var rightful = List.of(new Sees("/api/v1/notifications", "victim", "private-link-of-victim"),
				new Sees("/api/v1/invitations", "victim", "\"id\":" + invitation + ","),
				new Sees("/api/v1/tokens", "victim", "\"id\":" + victimTokenId + ","),
				new Sees("/settings/tokens", "victim", "victim&#39;s second"),
				// the page links to the notice through its own "open" form and shows the notice's words
				new Sees("/notifications", "victim", "/notifications/" + notification + "/open"),
				new Sees("/notifications", "victim", "private-link-of-victim"),
				new Sees("/invitations", "victim", "/invitations/" + invitation + "/"),
				new Sees("/api/v1/tags/" + tag, "owner", secret),
				new Sees("/api/v1/spaces?organisation=" + org, "owner", space),
				new Sees("/api/v1/spaces", "owner", space),
				new Sees("/s/" + space, "owner", "Private " + space),
				new Sees("/ideas/" + idea, "owner", secret),
				new Sees("/budgets/" + budget, "owner", "Private budget"),
				new Sees("/spaces", "owner", space),
				new Sees("/spaces/of/" + org, "owner", space),
				new Sees("/activity/space/" + space, "owner", secret),
				new Sees("/activity/tag/" + tag, "owner", secret));
		var unseen = new ArrayList<Sees>();
		for (Sees sees : rightful) {
			Http.Response response = read.apply(sees.path(), sees.as());
			if (response.status() != 200 || !response.body().contains(sees.text())) {
				unseen.add(sees);
			}
		}
		assertThat(unseen).as("what the rightful reader must see").isEmpty();
		assertThat(problems).as("private data readable by the wrong person").isEmpty();
	}

	@Test
	void theDevelopmentMailboxDoesNotExistWhereMailGoesOut() {
		// With an SMTP server configured (as here, and always in prod) the mailbox with everyone's links is gone.
		assertThat(http().get("/dev/mailbox").status()).isEqualTo(404);
	}

	private static Http.Response ok(Http.Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}
}
