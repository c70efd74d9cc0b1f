package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Followers of an idea are told in their inbox when staff answer it; the inbox is private to its
 * owner, marks what was read, and a redelivered event notifies nobody twice.
 */
class IdeaNotificationsIT extends IdeasApiTestBase {

	/** Notices are written after the answer commits, asynchronously: on a loaded machine as slowly as feeds (IdeaApiIT). */
	private static final Duration NOTICE_WAIT = Duration.ofSeconds(30);

	@Test
	void followersOfAnIdeaAreNotifiedOfAnAnswerButNotTheResponderNorThoseWhoTurnedFollowingOff() {
		Board board = board();
		Caller author = member();
		Caller supporter = member();
		Caller quiet = member();
		long id = postIdea(board, author, "Night buses on Fridays");
		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", supporter, null).statusCode()).isEqualTo(204);
		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", quiet, null).statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/api/v1/ideas/" + id + "/following", quiet, null).statusCode()).isEqualTo(204);

		var answered = send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(),
				"{\"status\": \"PLANNED\", \"response\": \"We will run them from March.\"}");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

		for (Caller follower : new Caller[] { author, supporter }) {
			await("the answer in the inbox").atMost(NOTICE_WAIT).until(() -> unread(follower), n -> n == 1);
			JsonNode first = inbox(follower).get("items").get(0);
			assertThat(first.get("link").asString()).isEqualTo("/ideas/" + id);
			assertThat(first.get("message").asString()).isEqualTo("notice.idea-status.PLANNED");
			assertThat(first.get("text").asString()).contains("Night buses on Fridays").contains("planned");
			assertThat(first.get("actorHandle").asString()).isEqualTo(board.owner().member().handle());
		}
		assertThat(unread(quiet)).as("turned following off").isZero();
		assertThat(unread(board.owner())).as("the responder is not told of their own answer").isZero();
	}

	@Test
	void readingMarksOneOrAllAndAnotherMembersNotificationIsNotFound() {
		Board board = board();
		Caller author = member();
		Caller stranger = member();
		long first = postIdea(board, author, "Benches in the park");
		long second = postIdea(board, author, "Water fountains");
		answer(board, first, "UNDER_REVIEW");
		answer(board, second, "DECLINED");
		await("both answers in the inbox").atMost(NOTICE_WAIT).until(() -> unread(author), n -> n == 2);

		long notificationId = inbox(author).get("items").get(0).get("id").asLong();
		var peek = send("PUT", "/api/v1/notifications/" + notificationId + "/read", stranger, null);
		assertThat(peek.statusCode()).isEqualTo(404);
		assertThat(peek.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(unread(author)).as("a stranger's attempt marks nothing").isEqualTo(2);

		assertThat(send("PUT", "/api/v1/notifications/" + notificationId + "/read", author, null).statusCode()).isEqualTo(204);
		assertThat(unread(author)).isEqualTo(1);
		assertThat(inbox(author).get("items").get(0).get("read").asBoolean()).isTrue();

		assertThat(send("POST", "/api/v1/notifications/read", author, null).statusCode()).isEqualTo(200);
		assertThat(unread(author)).isZero();
		assertThat(send("GET", "/api/v1/notifications", null, null).statusCode()).isEqualTo(401);
	}

	private void answer(Board board, long id, String status) {
		var answered = send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(),
				"{\"status\": \"" + status + "\", \"response\": \"Thank you; here is where it stands.\"}");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
	}

	private JsonNode inbox(Caller caller) {
		var response = send("GET", "/api/v1/notifications", caller, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private long unread(Caller caller) {
		var response = send("GET", "/api/v1/notifications/unread", caller, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response).get("unread").asLong();
	}
}
