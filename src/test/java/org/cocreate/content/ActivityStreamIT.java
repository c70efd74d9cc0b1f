package org.cocreate.content;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The public activity stream, {@code GET /api/v1/activity}, as an integrator uses it: follow
 * {@code next} page by page, filter by space or kind, see only what the caller may see, and never
 * a hidden item's text nor a private space's items; bad input is a problem, and leaks nothing.
 */
@PostgresTest
class ActivityStreamIT extends AbstractApplicationIT {

	@Autowired
	private SiteSettings site;

	/** An organisation, its owner's token, and a space of it. */
	private record Space(Member owner, String ownerToken, String slug) {
	}

	private Space space(String visibility) {
		var owner = member("own");
		String token = token(owner);
		String org = uniqueSlug("org");
		ok(http().api("POST", "/api/v1/organisations", token, Map.of("name", "Org " + org, "slug", org)), 201);
		String slug = uniqueSlug("sp");
		ok(http().api("POST", "/api/v1/spaces", token, Map.of("organisation", org, "name", "Space " + slug, "slug", slug,
				"visibility", visibility, "description", "", "capabilities", List.of("ideas"))), 201);
		return new Space(owner, token, slug);
	}

	private long idea(Space space, String token, String title, String body) {
		return ok(http().api("POST", "/api/v1/spaces/" + space.slug() + "/ideas", token, Map.of("title", title, "body", body)), 201)
			.json()
			.get("id")
			.asLong();
	}

	private static Http.Response ok(Http.Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}

	private Http.Response stream(String query, @Nullable String bearer) {
		return http().apiGet("/api/v1/activity" + query, bearer);
	}

	/** Polls a page of the stream until it satisfies the condition (events are recorded after commit). */
	private JsonNode awaitStream(String query, @Nullable String bearer, Predicate<JsonNode> condition) {
		return await(query).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> ok(stream(query, bearer), 200).json(), condition::test);
	}

	/** Every item the caller may see, following {@code next} to the end. */
	private List<JsonNode> everything(@Nullable String bearer) {
		var all = new ArrayList<JsonNode>();
		String query = "?limit=200";
		for (int pages = 0; pages < 1000; pages++) {
			JsonNode page = ok(stream(query, bearer), 200).json();
			page.get("items").forEach(all::add);
			if (page.get("items").isEmpty()) {
				return all;
			}
			query = "?limit=200&after=" + encode(page.get("next").asString());
		}
		throw new AssertionError("the stream never ended");
	}

	private static List<JsonNode> about(JsonNode page, String kind, long id) {
		return page.get("items").valueStream().filter(i -> i.get("kind").asString().equals(kind) && i.get("id").asLong() == id).toList();
	}

	private static List<JsonNode> about(List<JsonNode> items, String kind, long id) {
		return items.stream().filter(i -> i.get("kind").asString().equals(kind) && i.get("id").asLong() == id).toList();
	}

	private static List<String> types(List<JsonNode> items) {
		return items.stream().map(i -> i.get("type").asString()).toList();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void anIdeaInAPublicSpaceIsInTheStreamForAnyoneWithItsPublicFields() {
		var space = space("PUBLIC");
		var author = member("aut");
		String title = "Benches along the river " + uniqueHandle("t");
		long id = idea(space, token(author), title, "Somewhere to **rest** on the way to the market.");

		JsonNode page = awaitStream("?space=" + space.slug(), null, p -> !about(p, "idea", id).isEmpty());

		JsonNode item = about(page, "idea", id).getFirst();
		assertThat(item.get("type").asString()).isEqualTo("published");
		assertThat(item.get("space").asString()).isEqualTo(space.slug());
		assertThat(item.get("actor").asString()).isEqualTo(author.handle());
		assertThat(item.get("title").asString()).isEqualTo(title);
		assertThat(item.get("summary").asString()).as("plain text, made from the Markdown")
			.isEqualTo("Somewhere to rest on the way to the market.");
		assertThat(item.get("url").asString()).as("absolute, from COCREATE_BASE_URL")
			.isEqualTo(site.baseUrl() + "/ideas/" + id)
			.startsWith("http");
		assertThat(Instant.parse(item.get("occurredAt").asString())).isBetween(Instant.now().minusSeconds(120), Instant.now());
		// the space filter keeps to the space
		assertThat(page.get("items").valueStream().map(i -> i.path("space").asString(""))).containsOnly(space.slug());
		// and the unfiltered stream, as anyone reads it, has it too
		assertThat(types(about(everything(null), "idea", id))).containsExactly("published");
	}

	@Test
	void followingNextGivesOnlyNewerItemsOldestFirstAndAnEmptyPageStillGivesANextThatWorks() {
		var space = space("PUBLIC");
		long first = idea(space, space.ownerToken(), "First " + uniqueHandle("t"), "One.");
		JsonNode page = awaitStream("?space=" + space.slug(), null, p -> !about(p, "idea", first).isEmpty());
		String next = page.get("next").asString();
		assertThat(next).isNotBlank();

		// one after the other, each recorded before the next is posted, so their order is known
		long second = idea(space, space.ownerToken(), "Second " + uniqueHandle("t"), "Two.");
		awaitStream("?space=" + space.slug() + "&after=" + encode(next), null, p -> !about(p, "idea", second).isEmpty());
		long third = idea(space, space.ownerToken(), "Third " + uniqueHandle("t"), "Three.");
		JsonNode newer = awaitStream("?space=" + space.slug() + "&after=" + encode(next), null,
				p -> !about(p, "idea", third).isEmpty());
		assertThat(newer.get("items").valueStream().map(i -> i.get("id").asLong())).as("only what came after the cursor, oldest first")
			.containsExactly(second, third);
		assertThat(newer.get("items").valueStream().map(i -> Instant.parse(i.get("occurredAt").asString()))).isSorted();

		// nothing new: an empty page, whose next still follows the stream
		JsonNode empty = ok(stream("?space=" + space.slug() + "&after=" + encode(newer.get("next").asString()), null), 200).json();
		assertThat(empty.get("items").isEmpty()).isTrue();
		String stillNext = empty.get("next").asString();
		assertThat(stillNext).isNotBlank();
		long fourth = idea(space, space.ownerToken(), "Fourth " + uniqueHandle("t"), "Four.");
		JsonNode later = awaitStream("?space=" + space.slug() + "&after=" + encode(stillNext), null, p -> !p.get("items").isEmpty());
		assertThat(later.get("items").valueStream().map(i -> i.get("id").asLong())).containsExactly(fourth);

		// a small limit pages through the same items, in the same order
		List<JsonNode> all = ok(stream("?space=" + space.slug(), null), 200).json().get("items").valueStream().toList();
		assertThat(about(all, "idea", first)).isNotEmpty();
		JsonNode one = ok(stream("?space=" + space.slug() + "&limit=1", null), 200).json();
		JsonNode two = ok(stream("?space=" + space.slug() + "&limit=1&after=" + encode(one.get("next").asString()), null), 200).json();
		assertThat(List.of(one.get("items").get(0), two.get("items").get(0))).containsExactly(all.get(0), all.get(1));
		assertThat(one.get("items")).hasSize(1);
	}

	@Test
	void theSpaceFilterKeepsToOneSpace() {
		var here = space("PUBLIC");
		var there = space("PUBLIC");
		long mine = idea(here, here.ownerToken(), "Here " + uniqueHandle("t"), "Here.");
		long other = idea(there, there.ownerToken(), "There " + uniqueHandle("t"), "There.");
		awaitStream("?space=" + there.slug(), null, p -> !about(p, "idea", other).isEmpty());

		JsonNode page = awaitStream("?space=" + here.slug(), null, p -> !about(p, "idea", mine).isEmpty());

		assertThat(about(page, "idea", other)).isEmpty();
		assertThat(page.get("items").valueStream().map(i -> i.get("space").asString())).containsOnly(here.slug());
	}

	/** Needs the content kinds declared by the capabilities ({@link OwnsContent} beans). */
	@Test
	void theKindFilterKeepsToOneKindAndAnUnknownKindIsRefusedNamingTheField() {
		var space = space("PUBLIC");
		long id = idea(space, space.ownerToken(), "Kinds " + uniqueHandle("t"), "An idea.");
		var commented = ok(http().api("POST", "/api/v1/ideas/" + id + "/comments", space.ownerToken(), Map.of("body", "A comment.")), 201);
		long comment = commented.json().get("id").asLong();
		awaitStream("?space=" + space.slug(), null, p -> !about(p, "idea-comment", comment).isEmpty());

		JsonNode ideas = ok(stream("?space=" + space.slug() + "&kind=idea", null), 200).json();

		assertThat(about(ideas, "idea", id)).isNotEmpty();
		assertThat(ideas.get("items").valueStream().map(i -> i.get("kind").asString())).containsOnly("idea");
		var unknown = stream("?kind=poem", null);
		assertFieldError(unknown, "kind", "error.activity.kind");
	}

	@Test
	void aPrivateSpacesItemsShowOnlyToItsMembers() {
		var space = space("PRIVATE");
		String secret = "Staff-only plan " + uniqueHandle("t");
		long id = idea(space, space.ownerToken(), secret, "Nobody outside may read this.");
		String outsider = token(member("out"));
		// recorded: its member sees it
		JsonNode own = awaitStream("?space=" + space.slug(), space.ownerToken(), p -> !about(p, "idea", id).isEmpty());
		assertThat(about(own, "idea", id).getFirst().get("title").asString()).isEqualTo(secret);
		assertThat(about(everything(space.ownerToken()), "idea", id)).isNotEmpty();

		assertThat(about(everything(null), "idea", id)).as("anonymous").isEmpty();
		assertThat(about(everything(outsider), "idea", id)).as("a member outside the space").isEmpty();
		for (String bearer : new String[] { null, outsider }) {
			var refused = stream("?space=" + space.slug(), bearer);
			assertProblem(refused, 404);
			assertThat(refused.body()).doesNotContain(secret);
		}
	}

	@Test
	void badInputIsAProblemThatLeaksNothing() {
		var secretSpace = space("PRIVATE");
		String secret = "Hidden plan " + uniqueHandle("t");
		long id = idea(secretSpace, secretSpace.ownerToken(), secret, "Private words.");
		awaitStream("?space=" + secretSpace.slug(), secretSpace.ownerToken(), p -> !about(p, "idea", id).isEmpty());
		var publicSpace = space("PUBLIC");
		idea(publicSpace, publicSpace.ownerToken(), "Public " + uniqueHandle("t"), "Words.");
		String valid = awaitStream("?space=" + publicSpace.slug(), null, p -> !p.get("items").isEmpty()).get("next").asString();

		// an unknown space and a private one the caller may not see: the same 404, nothing about the space
		String unknownSlug = uniqueSlug("none");
		JsonNode unknown = assertProblem(stream("?space=" + unknownSlug, null), 404);
		var privateAnswer = stream("?space=" + secretSpace.slug(), null);
		JsonNode hidden = assertProblem(privateAnswer, 404);
		assertThat(privateAnswer.body()).doesNotContain(secret).doesNotContain("Private words");
		assertThat(fieldNames(hidden)).isEqualTo(fieldNames(unknown));
		assertThat(hidden.get("detail").asString().replace(secretSpace.slug(), "{slug}"))
			.isEqualTo(unknown.get("detail").asString().replace(unknownSlug, "{slug}"));
		var asOutsider = stream("?space=" + secretSpace.slug(), token(member("out")));
		assertThat(fieldNames(assertProblem(asOutsider, 404))).isEqualTo(fieldNames(unknown));

		// unknown kind
		assertFieldError(stream("?kind=" + encode("poem<script>"), null), "kind", "error.activity.kind");

		// malformed cursors
		for (String malformed : List.of("abc", "123", "123.", ".abc", "-1." + valid.substring(valid.indexOf('.') + 1), "1.!!!",
				"9".repeat(30) + ".x", valid + "x".repeat(100))) {
			assertFieldError(stream("?after=" + encode(malformed), null), "after", "error.activity.cursor");
		}
		// forged cursors: a valid-looking signature of garbage, and a real cursor with its number changed
		String garbage = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
		long position = Long.parseLong(valid.substring(0, valid.indexOf('.')));
		String signature = valid.substring(valid.indexOf('.') + 1);
		for (String forged : List.of("123." + garbage, (position - 1) + "." + signature, "0." + signature, (position + 1) + "." + signature)) {
			var refused = stream("?after=" + encode(forged), null);
			assertFieldError(refused, "after", "error.activity.cursor");
			assertThat(refused.body()).doesNotContain(secret);
		}
		assertThat(ok(stream("?after=" + encode(valid), null), 200).json().has("items")).as("the real cursor still works").isTrue();

		// limits out of range
		for (String limit : List.of("0", "-1", "201", "100000")) {
			assertFieldError(stream("?limit=" + limit, null), "limit", "error.activity.limit");
		}
		assertThat(ok(stream("?limit=200&space=" + publicSpace.slug(), null), 200).json().get("items")).isNotEmpty();
		assertThat(stream("?limit=many", null).status()).isEqualTo(400);
		assertThat(stream("?limit=many", null).contentType()).startsWith("application/problem+json");
	}

	private static List<String> fieldNames(JsonNode body) {
		return body.propertyNames().stream().sorted().toList();
	}

	@Test
	void anIdeaHiddenByModerationShowsOnlyAsItsHidingUntilItIsRestored() {
		var space = space("PUBLIC");
		var author = member("aut");
		String title = "Shady offer " + uniqueHandle("t");
		long id = idea(space, token(author), title, "Buy my watches.");
		String query = "?space=" + space.slug();
		awaitStream(query, null, p -> !about(p, "idea", id).isEmpty());
		long caseId = ok(http().api("POST", "/api/v1/moderation/reports", token(member("rep")),
				Map.of("content", "idea:" + id, "reason", "SPAM")), 201).json().get("caseId").asLong();

		ok(http().api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", space.ownerToken(),
				Map.of("action", "HIDE", "reason", "Advertising.")), 201);

		JsonNode hidden = awaitStream(query, null, p -> types(about(p, "idea", id)).contains("hidden"));
		assertThat(types(about(hidden, "idea", id))).as("the earlier publication is gone").containsExactly("hidden");
		JsonNode hiding = about(hidden, "idea", id).getFirst();
		assertThat(hiding.get("title").asString()).isEmpty();
		assertThat(hiding.get("summary").asString()).isEmpty();
		assertThat(hiding.get("actor").isNull()).as("moderators are not named").isTrue();
		assertThat(hidden.toString()).doesNotContain(title).doesNotContain("watches");
		assertThat(types(about(everything(null), "idea", id))).containsExactly("hidden");

		ok(http().api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", space.ownerToken(),
				Map.of("action", "RESTORE", "reason", "A local craftsman after all.")), 201);

		JsonNode restored = awaitStream(query, null, p -> types(about(p, "idea", id)).contains("restored"));
		assertThat(types(about(restored, "idea", id))).contains("published", "restored");
		assertThat(about(restored, "idea", id).getFirst().get("title").asString()).isEqualTo(title);
	}

	@Test
	void theCommentsOfAHiddenIdeaLeaveWithItAndComeBackWithIt() {
		var space = space("PUBLIC");
		var author = member("aut");
		long id = idea(space, token(author), "An idea " + uniqueHandle("t"), "With a discussion.");
		String said = "My phone number is " + uniqueHandle("n");
		long comment = ok(http().api("POST", "/api/v1/ideas/" + id + "/comments", token(member("cmt")), Map.of("body", said)),
				201).json().get("id").asLong();
		String query = "?space=" + space.slug() + "&kind=idea-comment";
		awaitStream(query, null, p -> !about(p, "idea-comment", comment).isEmpty());

		long caseId = ok(http().api("POST", "/api/v1/moderation/reports", token(member("rep")),
				Map.of("content", "idea:" + id, "reason", "SPAM")), 201).json().get("caseId").asLong();
		ok(http().api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", space.ownerToken(),
				Map.of("action", "HIDE", "reason", "Advertising.")), 201);

		JsonNode hidden = awaitStream(query, null, p -> types(about(p, "idea-comment", comment)).contains("hidden"));
		assertThat(types(about(hidden, "idea-comment", comment))).containsExactly("hidden");
		assertThat(hidden.toString()).doesNotContain(said);

		ok(http().api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", space.ownerToken(),
				Map.of("action", "RESTORE", "reason", "Fine after all.")), 201);
		JsonNode restored = awaitStream(query, null, p -> types(about(p, "idea-comment", comment)).contains("restored"));
		assertThat(restored.toString()).contains(said);
	}

	@Test
	void aSpaceTurnedPrivateTakesItsEarlierItemsOutOfTheStreamForAnonymousReaders() {
		var space = space("PUBLIC");
		String title = "Once public " + uniqueHandle("t");
		long id = idea(space, space.ownerToken(), title, "Soon for staff only.");
		awaitStream("?space=" + space.slug(), null, p -> !about(p, "idea", id).isEmpty());

		ok(http().api("PATCH", "/api/v1/spaces/" + space.slug(), space.ownerToken(), Map.of("visibility", "PRIVATE")), 200);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> stream("?space=" + space.slug(), null).status() == 404);
		assertThat(about(everything(null), "idea", id)).isEmpty();
		assertThat(stream("?space=" + space.slug(), null).body()).doesNotContain(title);
		assertThat(about(ok(stream("?space=" + space.slug(), space.ownerToken()), 200).json(), "idea", id))
			.as("its members still see it")
			.isNotEmpty();
	}
}
