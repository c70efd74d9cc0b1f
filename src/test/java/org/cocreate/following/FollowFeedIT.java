package org.cocreate.following;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.tags.Tags;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Follow a member, an organisation, a space or a tag, and the home feed shows what they did. */
@PostgresTest
class FollowFeedIT extends AbstractApplicationIT {

	@org.springframework.beans.factory.annotation.Autowired
	private Tags tags;

	private String organisation(String token) {
		String slug = uniqueSlug("org");
		var response = http().api("POST", "/api/v1/organisations", token, Map.of("name", "Org " + slug, "slug", slug));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return slug;
	}

	private String space(String token, String organisation, String visibility, String description) {
		String slug = uniqueSlug("sp");
		var body = new HashMap<String, Object>(Map.of("name", "Space " + slug, "slug", slug, "visibility", visibility,
				"description", description));
		if (organisation != null) {
			body.put("organisation", organisation);
		}
		var response = http().api("POST", "/api/v1/spaces", token, body);
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return slug;
	}

	private void follow(String token, String kind, String key) {
		var response = http().api("PUT", "/api/v1/follows/" + kind + "/" + key, token, null);
		assertThat(response.status()).as("%s", response).isEqualTo(204);
	}

	private static List<String> links(JsonNode feed) {
		return feed.get("items").valueStream().map(i -> i.get("link").asString()).toList();
	}

	/** Waits until the feed shows the link (activities are recorded after commit, asynchronously). */
	private JsonNode awaitFeedWith(String token, String link) {
		return awaitJson(http(), "/api/v1/feed", token, feed -> links(feed).contains(link));
	}

	private static JsonNode item(JsonNode feed, String link) {
		return feed.get("items").valueStream().filter(i -> i.get("link").asString().equals(link)).findFirst().orElseThrow();
	}

	@Test
	void followingASpaceShowsItsCreationButNotOtherSpaces() {
		var host = member("hst");
		String hostToken = token(host);
		String organisation = organisation(hostToken);
		String followed = space(hostToken, organisation, "PUBLIC", "Benches for the square");
		String other = space(hostToken, organisation, "PUBLIC", "Something else");
		String readerToken = token(member("rdr"));

		follow(readerToken, "space", followed);

		JsonNode feed = awaitFeedWith(readerToken, "/s/" + followed);
		JsonNode item = item(feed, "/s/" + followed);
		assertThat(item.get("message").asString()).isEqualTo("activity.space-created");
		assertThat(item.get("actorHandle").asString()).isEqualTo(host.handle());
		assertThat(item.get("args").get(0).asString()).isEqualTo("Space " + followed);
		assertThat(item.get("excerpt").asString()).isEqualTo("Benches for the square");
		assertThat(links(feed)).doesNotContain("/s/" + other);
		assertThat(http().apiGet("/api/v1/follows", readerToken).json().valueStream().map(f -> f.get("key").asString()))
			.contains(followed);
	}

	@Test
	void followingAnOrganisationShowsItsNewSpacesButNotItsPrivateOnes() {
		String hostToken = token(member("hst"));
		String organisation = organisation(hostToken);
		String readerToken = token(member("rdr"));
		follow(readerToken, "organisation", organisation);

		String hidden = space(hostToken, organisation, "PRIVATE", "Only for staff");
		String open = space(hostToken, organisation, "PUBLIC", "For everyone");

		JsonNode feed = awaitFeedWith(readerToken, "/s/" + open);
		assertThat(links(feed)).contains("/o/" + organisation);
		// The private space's activity is recorded, but a reader outside it does not see it.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from activity where link = ?", "/s/" + hidden) == 1);
		assertThat(links(http().apiGet("/api/v1/feed", readerToken).json())).doesNotContain("/s/" + hidden);
	}

	@Test
	void followingAMemberShowsTheCommunitiesTheyStart() {
		var founder = member("fnd");
		String founderToken = token(founder);
		String readerToken = token(member("rdr"));
		follow(readerToken, "member", founder.handle());

		String community = space(founderToken, null, "PUBLIC", "Neighbours helping neighbours");

		JsonNode item = item(awaitFeedWith(readerToken, "/s/" + community), "/s/" + community);
		assertThat(item.get("message").asString()).isEqualTo("activity.community-created");
		assertThat(item.get("actorDisplayName").asString()).isEqualTo(founder.displayName());
	}

	@Test
	void followingATagShowsWhatIsTaggedWithIt() {
		String tag = "t" + uniqueSlug("x").replace("-", "");
		String founderToken = token(member("fnd"));
		String community = space(founderToken, null, "PUBLIC", "We talk about #" + tag + " here");
		String readerToken = token(member("rdr"));

		// The tag exists once the activity naming it is recorded.
		await().atMost(Duration.ofSeconds(20)).until(() -> http().apiGet("/api/v1/tags/" + tag, null).status() == 200);
		follow(readerToken, "tag", tag);

		awaitFeedWith(readerToken, "/s/" + community);
		assertThat(http().get("/tags/" + tag).status()).isEqualTo(200);

		// A tag is used once per activity that names it: a second tagged space makes two.
		space(founderToken, null, "PUBLIC", "More about #" + tag);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> tags.popular(null, 500).contains(new Tags.TagCount(tag, 2)));
	}

	@Test
	void followingSomethingThatDoesNotExistIsNotFound() {
		String token = token(member("rdr"));

		assertProblem(http().api("PUT", "/api/v1/follows/space/" + uniqueSlug("none"), token, null), 404);
		assertProblem(http().api("PUT", "/api/v1/follows/tag/" + "never" + uniqueSlug("t").replace("-", ""), token, null), 404);
		assertProblem(http().api("PUT", "/api/v1/follows/planet/mars", token, null), 404);
		assertThat(http().apiGet("/api/v1/follows", token).json()).isEmpty();
	}

	@Test
	void oneCannotFollowOneself() {
		var member = member("slf");

		assertProblem(http().api("PUT", "/api/v1/follows/member/" + member.handle(), token(member), null), 409);
		assertThat(count("select count(*) from follow where follower_id = ?", member.id())).isZero();
	}
}
