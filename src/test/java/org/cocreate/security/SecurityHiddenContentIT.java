package org.cocreate.security;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hidden means hidden everywhere (issue 23, items 3 and 4): an idea or a request hidden by
 * moderation leaves the activity pages of its space, tag and author, the tag's API, followers'
 * feeds and their inboxes, and comes back when restored; a tag used only inside a private space
 * is neither listed nor counted for those who may not look inside.
 */
@PostgresTest
class SecurityHiddenContentIT extends AbstractApplicationIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static Http.Response ok(Http.Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}

	/** Creates an organisation and a space of it, as the owner; answers the space's slug. */
	private String space(String ownerToken, String visibility) {
		String org = uniqueSlug("hid");
		ok(http().api("POST", "/api/v1/organisations", ownerToken, Map.of("name", "Org " + org, "slug", org)), 201);
		String slug = uniqueSlug("hid-sp");
		ok(http().api("POST", "/api/v1/spaces", ownerToken, Map.of("organisation", org, "name", "Space " + slug, "slug", slug,
				"visibility", visibility, "description", "", "capabilities", List.of("ideas"))), 201);
		return slug;
	}

	private long idea(String space, String token, String title, String body) {
		return ok(http().api("POST", "/api/v1/spaces/" + space + "/ideas", token, Map.of("title", title, "body", body)), 201)
			.json()
			.get("id")
			.asLong();
	}

	private static String tag(String prefix) {
		return prefix + uniqueSlug("x").replace("-", "").substring(2);
	}

	private long report(String content) {
		return ok(http().api("POST", "/api/v1/moderation/reports", token(member("rep")), Map.of("content", content, "reason", "SPAM")),
				201)
			.json()
			.get("caseId")
			.asLong();
	}

	private void act(String moderatorToken, long caseId, String action) {
		ok(http().api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", moderatorToken,
				Map.of("action", action, "reason", "Checked by a moderator.")), 201);
	}

	/** Every place a piece of content shows once it is public: name → whether it shows the link now. */
	private Map<String, Callable<Boolean>> places(String link, String title, @Nullable String space, String tag, String author,
			String followerToken, Http followerHome, @Nullable String noticeReaderToken) {
		var places = new LinkedHashMap<String, Callable<Boolean>>();
		if (space != null) {
			places.put("/activity/space/" + space, () -> onPage("/activity/space/" + space, link, title));
		}
		places.put("/activity/tag/" + tag, () -> onPage("/activity/tag/" + tag, link, title));
		places.put("/activity/member/" + author, () -> onPage("/activity/member/" + author, link, title));
		places.put("recent of /api/v1/tags/" + tag, () -> {
			var answer = http().apiGet("/api/v1/tags/" + tag, null);
			return answer.status() == 200 && links(answer.json().get("recent")).contains(link);
		});
		places.put("the follower's /api/v1/feed", () -> links(ok(http().apiGet("/api/v1/feed", followerToken), 200).json().get("items"))
			.contains(link));
		places.put("the follower's home page", () -> {
			var home = ok(followerHome.get("/"), 200);
			boolean linked = home.body().contains("href=\"" + link + "\"");
			assertThat(linked || !home.body().contains(title)).as("the home page names it without its link").isTrue();
			return linked;
		});
		if (noticeReaderToken != null) {
			places.put("the follower's /api/v1/notifications", () -> links(
					ok(http().apiGet("/api/v1/notifications", noticeReaderToken), 200).json().get("items"))
				.contains(link));
		}
		return places;
	}

	private boolean onPage(String path, String link, String title) {
		var page = ok(http().get(path), 200);
		boolean linked = page.body().contains("href=\"" + link + "\"");
		if (!linked) {
			assertThat(page.body()).as("%s without its link", path).doesNotContain(title);
		}
		return linked;
	}

	private static List<String> links(JsonNode items) {
		return items.valueStream().map(i -> i.get("link").asString()).toList();
	}

	private static void awaitEverywhere(Map<String, Callable<Boolean>> places, boolean shown) {
		places.forEach((name, check) -> await(name + (shown ? " shows it" : " no longer shows it")).atMost(WAIT)
			.pollInterval(Duration.ofMillis(200))
			.until(check, is -> is == shown));
	}

	@Test
	void anIdeaHiddenByModerationLeavesActivityTagsFeedsAndInboxesUntilRestored() throws Exception {
		var owner = member("hid_own");
		String ownerToken = token(owner);
		String space = space(ownerToken, "PUBLIC");
		var author = member("hid_aut");
		String tag = tag("hid");
		String title = "Cheap watches on the square " + uniqueHandle("t");
		long id = idea(space, token(author), title, "Ask me for a price #" + tag);
		String link = "/ideas/" + id;
		var follower = member("hid_fol");
		String followerToken = token(follower);
		ok(http().api("PUT", "/api/v1/follows/space/" + space, followerToken, null), 204);
		ok(http().api("PUT", "/api/v1/follows/member/" + author.handle(), followerToken, null), 204);
		// supporting follows the idea: the answer below is a notice to the follower
		ok(http().api("PUT", "/api/v1/ideas/" + id + "/support", followerToken, null), 204);
		ok(http().api("POST", "/api/v1/ideas/" + id + "/status-changes", ownerToken,
				Map.of("status", "PLANNED", "response", "We will look into it.")), 201);
		var places = places(link, title, space, tag, author.handle(), followerToken, loggedIn(follower), followerToken);
		awaitEverywhere(places, true);

		ok(http().api("POST", "/api/v1/ideas/" + id + "/comments", followerToken, Map.of("body", "Where is the square?")), 201);
		long caseId = report("idea:" + id);
		act(ownerToken, caseId, "HIDE");

		awaitEverywhere(places, false);
		// its discussion is as hidden as the idea: not found for others, shown to its author
		assertThat(http().apiGet("/api/v1/ideas/" + id + "/comments", null).status()).isEqualTo(404);
		assertThat(http().apiGet("/api/v1/ideas/" + id + "/comments", followerToken).status()).isEqualTo(404);
		assertThat(ok(http().apiGet("/api/v1/ideas/" + id + "/comments", token(author)), 200).body()).contains("Where is the square?");
		assertThat(ok(http().apiGet("/api/v1/notifications/unread", followerToken), 200).json().get("unread").asLong())
			.as("a notice about hidden content is not counted either")
			.isZero();

		act(ownerToken, caseId, "RESTORE");

		awaitEverywhere(places, true);
	}

	@Test
	void aRequestHiddenByModerationLeavesActivityTagsAndFeedsUntilRestored() throws Exception {
		var requester = member("hid_req");
		String requesterToken = token(requester);
		String title = "Forty folding chairs " + uniqueHandle("t");
		var body = new LinkedHashMap<String, Object>();
		body.put("title", title);
		body.put("category", "vehicles");
		body.put("specification", "Sturdy, stackable.");
		body.put("quantity", 40);
		body.put("unit", "chairs");
		body.put("location", "Riverton");
		body.put("ceilingPrice", new BigDecimal("4000.00"));
		body.put("deadline", Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS).toString());
		body.put("format", "OPEN");
		body.put("minimumDecrement", new BigDecimal("10.00"));
		body.put("antiSnipingSeconds", 120);
		body.put("awardMode", "MANUAL");
		long id = ok(http().api("POST", "/api/v1/requests", requesterToken, body), 201).json().get("id").asLong();
		String link = "/requests/" + id;
		var follower = member("hid_fol");
		String followerToken = token(follower);
		ok(http().api("PUT", "/api/v1/follows/member/" + requester.handle(), followerToken, null), 204);
		// a request's tag is its category
		var places = places(link, title, null, "vehicles", requester.handle(), followerToken, loggedIn(follower), null);
		awaitEverywhere(places, true);

		long caseId = report("request:" + id);
		String adminToken = token(admin("hid_adm"));
		act(adminToken, caseId, "HIDE");

		awaitEverywhere(places, false);

		act(adminToken, caseId, "RESTORE");

		awaitEverywhere(places, true);
	}

	@Test
	void aTagUsedOnlyInAPrivateSpaceIsNeitherListedNorCountedForThoseOutside() {
		var owner = member("hid_own");
		String ownerToken = token(owner);
		String privateSpace = space(ownerToken, "PRIVATE");
		String publicSpace = space(ownerToken, "PUBLIC");
		String secretTag = tag("priv");
		String sharedTag = tag("both");
		idea(privateSpace, ownerToken, "Staff outing " + uniqueHandle("t"), "Only for us #" + secretTag + " #" + sharedTag);
		idea(publicSpace, ownerToken, "Street party " + uniqueHandle("t"), "For everyone #" + sharedTag);
		// recorded: the space's member sees both tags with every use
		await("the member sees both tags").atMost(WAIT)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> counts(ownerToken), c -> Long.valueOf(1).equals(c.get(secretTag)) && Long.valueOf(2).equals(c.get(sharedTag)));
		assertThat(ok(http().apiGet("/api/v1/tags/" + secretTag, ownerToken), 200).json().get("recent")).isNotEmpty();
		Http member = loggedIn(owner);
		assertThat(ok(member.get("/tags/" + secretTag), 200).body()).contains(secretTag);
		assertThat(ok(member.get("/tags"), 200).body()).contains("/tags/" + secretTag);

		var outsider = member("hid_out");
		String outsiderToken = token(outsider);
		Http outsiderPages = loggedIn(outsider);
		for (String bearer : new String[] { null, outsiderToken }) {
			String who = bearer == null ? "anonymous" : "outsider";
			Map<String, Long> counts = counts(bearer);
			assertThat(counts).as(who).doesNotContainKey(secretTag);
			assertThat(counts.get(sharedTag)).as("%s counts only the public use", who).isEqualTo(1L);
			var one = http().apiGet("/api/v1/tags/" + secretTag, bearer);
			assertProblem(one, 404);
			assertThat(one.body()).doesNotContain("Staff outing");
			var shared = ok(http().apiGet("/api/v1/tags/" + sharedTag, bearer), 200);
			assertThat(shared.body()).as(who).doesNotContain("Staff outing");
		}
		for (Http pages : new Http[] { http(), outsiderPages }) {
			assertThat(pages.get("/tags/" + secretTag).status()).isEqualTo(404);
			String list = ok(pages.get("/tags"), 200).body();
			assertThat(list).doesNotContain(secretTag).contains("/tags/" + sharedTag);
			assertThat(ok(pages.get("/activity/tag/" + sharedTag), 200).body()).contains("Street party").doesNotContain("Staff outing");
		}
	}

	/** {@code GET /api/v1/tags} as a map of name to uses. */
	private Map<String, Long> counts(@Nullable String bearer) {
		var counts = new LinkedHashMap<String, Long>();
		ok(http().apiGet("/api/v1/tags", bearer), 200).json().forEach(t -> counts.put(t.get("name").asString(), t.get("uses").asLong()));
		return counts;
	}
}
