package org.cocreate.moderation;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Vote-fraud signals with their evidence, and voiding votes with a public reason that keeps counts equal to rows. */
@PostgresTest
class VoteFraudIT extends ModerationTestBase {

	@Test
	void newAccountsVotingTogetherFromOneOriginAreFlaggedAndTheirVotesVoided() {
		Board board = board();
		Member poster = member("poster");
		var ideas = new ArrayList<Long>();
		for (int i = 0; i < 5; i++) {
			ideas.add(idea(board, poster));
		}
		Member a = member("ring_a");
		Member b = member("ring_b");
		for (long idea : ideas) {
			assertThat(call("PUT", "/api/v1/ideas/" + idea + "/support", a, null).status()).isEqualTo(204);
			assertThat(call("PUT", "/api/v1/ideas/" + idea + "/support", b, null).status()).isEqualTo(204);
		}
		long first = ideas.getFirst();
		var fresh = new ArrayList<Member>();
		for (int i = 0; i < 3; i++) {
			Member m = member("fresh");
			fresh.add(m);
			assertThat(call("PUT", "/api/v1/ideas/" + first + "/support", m, null).status()).isEqualTo(204);
		}
		assertThat(jdbc.sql("select origin from vote_record where target_kind = 'idea' and target_id = ? and member_id = ?")
			.params(first, a.id()).query(String.class).single()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");

		JsonNode signals = call("GET", "/api/v1/moderation/fraud?space=" + board.space(), board.moderator(), null).json();

		JsonNode ring = kind(signals, "RING").getFirst();
		assertThat(handles(ring)).containsExactlyInAnyOrder(a.handle(), b.handle());
		assertThat(ring.get("targets")).hasSize(5);
		assertThat(ring.get("evidence").get(1).asString()).isEqualTo("1.00");
		JsonNode burst = kind(signals, "BURST").getFirst();
		assertThat(burst.get("targets").get(0).asString()).isEqualTo("idea:" + first);
		assertThat(burst.get("evidence").get(0).asInt()).isEqualTo(5);
		JsonNode origin = kind(signals, "SHARED_ORIGIN").stream()
			.filter(s -> s.get("targets").get(0).asString().equals("idea:" + first))
			.findFirst()
			.orElseThrow();
		assertThat(origin.get("members")).hasSize(5);
		assertProblem(call("GET", "/api/v1/moderation/fraud?space=" + board.space(), member("nosy"), null), 403);

		var voided = call("POST", "/api/v1/moderation/votes/void", board.moderator(), Map.of("targets",
				ideas.stream().map(i -> "idea:" + i).toList(), "memberIds", List.of(a.id(), b.id()), "reason",
				"Two accounts run by one person supported every idea within a minute."));

		assertThat(voided.status()).as("%s", voided).isEqualTo(200);
		assertThat(voided.json().get("actionIds")).hasSize(5);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (long idea : ideas) {
				long rows = count("select count(*) from idea_support where idea_id = ?", idea);
				assertThat(count("select support_count from idea where id = ?", idea)).isEqualTo(rows);
				assertThat(count("select count(*) from idea_support where idea_id = ? and member_id in (?, ?)", idea, a.id(), b.id()))
					.isZero();
			}
		});
		assertThat(count("select support_count from idea where id = ?", first)).isEqualTo(3);
		var published = http().apiGet("/api/v1/moderation/voided-votes", null);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body()).contains("Two accounts run by one person");
		assertThat(http().get("/moderation/voided-votes").body()).contains("Two accounts run by one person");
		var again = call("POST", "/api/v1/moderation/votes/void", board.moderator(),
				Map.of("targets", List.of("idea:" + first), "memberIds", List.of(a.id()), "reason", "Again."));
		assertProblem(again, 409);
	}

	@Test
	void aVoidWithoutReasonTargetsOrVotersOrOnUnknownContentOrByAnOutsiderIsRefusedAndNothingIsVoided() {
		Board board = board();
		long idea = idea(board, member("poster"));
		Member voter = member("voter");
		assertThat(call("PUT", "/api/v1/ideas/" + idea + "/support", voter, null).status()).isEqualTo(204);
		String path = "/api/v1/moderation/votes/void";
		long before = actions();

		var noReason = call("POST", path, board.moderator(), Map.of("targets", List.of("idea:" + idea), "memberIds",
				List.of(voter.id()), "reason", " "));
		var noTargets = call("POST", path, board.moderator(), Map.of("memberIds", List.of(voter.id()), "reason", "Ring."));
		var noVoters = call("POST", path, board.moderator(), Map.of("targets", List.of("idea:" + idea), "reason", "Ring."));
		var unknown = call("POST", path, board.moderator(), Map.of("targets", List.of("poem:" + idea), "memberIds",
				List.of(voter.id()), "reason", "Ring."));
		var outsider = call("POST", path, member("nosy"), Map.of("targets", List.of("idea:" + idea), "memberIds",
				List.of(voter.id()), "reason", "Ring."));
		var browser = loggedIn(board.moderator());
		var page = browser.get("/moderation/fraud?space=" + board.space());
		var badVoters = browser.postForm("/moderation/votes/void", Map.of("_csrf", page.csrf(), "space", board.space(),
				"targets", "idea:" + idea, "members", "not-an-id", "reason", "Ring."));

		assertFieldError(noReason, "reason", "error.required");
		assertFieldError(noTargets, "targets", "error.required");
		assertFieldError(noVoters, "memberIds", "error.required");
		assertProblem(unknown, 404);
		assertProblem(outsider, 403);
		assertThat(badVoters.status()).as("%s", badVoters).isEqualTo(302);
		assertThat(badVoters.location()).endsWith("/moderation/fraud?space=" + board.space());
		assertThat(browser.get(badVoters.location()).body()).contains(message("moderation.flash.void-refused"));
		assertThat(actions()).isEqualTo(before);
		assertThat(count("select count(*) from vote_record where target_id = ? and voided_at is not null", idea)).isZero();
		assertThat(count("select support_count from idea where id = ?", idea)).isEqualTo(1);
	}

	private static List<JsonNode> kind(JsonNode signals, String kind) {
		var found = signals.valueStream().filter(s -> s.get("kind").asString().equals(kind)).toList();
		assertThat(found).as("%s signals in %s", kind, signals).isNotEmpty();
		return found;
	}

	private static List<String> handles(JsonNode signal) {
		return signal.get("members").valueStream().map(m -> m.get("handle").asString()).toList();
	}
}
