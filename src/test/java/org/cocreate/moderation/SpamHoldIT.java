package org.cocreate.moderation;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Suspected spam is held for review, never silently dropped; moderators' decisions become labelled examples. */
@PostgresTest
class SpamHoldIT extends ModerationTestBase {

	static final String SPAM = "You could be making $2,000 to $5,000 of extra income every month! Visit http://easy-cash.example "
			+ "and http://more-cash.example to start today";

	@Autowired
	SpamGuard guard;

	@Test
	void aSpamCommentIsHeldShownToItsAuthorOnlyAndRejectingItKeepsALabelledExample() {
		Board board = board();
		long idea = idea(board, member("poster"));
		Member spammer = member("spammer");

		var posted = comment(idea, spammer, SPAM);

		assertThat(posted.get("moderation").asString()).isEqualTo("HELD");
		long comment = posted.get("id").asLong();
		assertThat(http().apiGet("/api/v1/ideas/" + idea + "/comments", null).json()).isEmpty();
		var own = call("GET", "/api/v1/ideas/" + idea + "/comments", spammer, null).json();
		assertThat(own.get(0).get("moderation").asString()).isEqualTo("HELD");
		assertThat(loggedIn(spammer).get("/ideas/" + idea).body()).contains(message("moderation.banner.comment-held"));
		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).json().get("commentCount").asInt()).isZero();
		var queue = call("GET", "/api/v1/moderation/queue?space=" + board.space(), board.moderator(), null).json();
		var held = queue.get("cases").valueStream().filter(c -> c.get("content").asString().equals("idea-comment:" + comment))
			.findFirst()
			.orElseThrow();
		assertThat(held.get("contentState").asString()).isEqualTo("HELD");
		assertThat(held.get("spamScore").asDouble()).isGreaterThan(0.5);
		assertThat(held.get("signals").valueStream().map(s -> s.asString())).anyMatch(s -> s.startsWith("links:"));

		act(board.moderator(), held.get("id").asLong(), "REJECT", "Advertising.", null);

		assertThat(count("select count(*) from spam_example where content_id = ? and spam", comment)).isEqualTo(1);
		var after = http().apiGet("/api/v1/ideas/" + idea + "/comments", null).json().get(0);
		assertThat(after.get("moderation").asString()).isEqualTo("HIDDEN");
		assertThat(after.get("body").asString()).isEmpty();
	}

	@Test
	void anApprovedHeldIdeaIsPublishedAndLabelledNotSpam() {
		Board board = board();
		Member author = member("author");

		var posted = call("POST", "/api/v1/spaces/" + board.space() + "/ideas", author,
				Map.of("title", "Check out my channel", "body", "Subscribe to my channel http://a.example http://b.example"));

		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.json().get("moderation").asString()).isEqualTo("HELD");
		long idea = posted.json().get("id").asLong();
		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).status()).isEqualTo(404);
		assertThat(http().apiGet("/api/v1/spaces/" + board.space() + "/ideas", null).json().get("items")).isEmpty();

		act(board.moderator(), caseOf("idea", idea), "APPROVE", "A channel about our park clean-ups: on topic.", null);

		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).status()).isEqualTo(200);
		assertThat(http().apiGet("/api/v1/spaces/" + board.space() + "/ideas", null).json().get("items")).hasSize(1);
		assertThat(count("select count(*) from spam_example where content_id = ? and not spam", idea)).isEqualTo(1);
		var csv = call("GET", "/api/v1/moderation/spam-examples", admin("exp"), null);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("CONTENT,label").contains("Subscribe to my channel");
		assertProblem(call("GET", "/api/v1/moderation/spam-examples", board.moderator(), null), 403);
	}

	@Test
	void theSameTextPostedAThirdTimeIsHeldThoughTheClassifierAloneWouldPassIt() {
		Board board = board();
		Member author = member("copier");
		long idea = idea(board, member("poster"));
		String text = "Share this idea with your neighbours so the council sees it."; // 0.47: below the threshold alone

		var first = comment(idea, author, text);
		var second = comment(idea, author, text);
		var third = comment(idea, author, text);

		assertThat(first.has("moderation")).isFalse();
		assertThat(second.has("moderation")).isFalse();
		assertThat(third.get("moderation").asString()).isEqualTo("HELD");
	}

	@Test
	void postsOlderThanTheLongestSignalWindowAreForgottenAndRecentOnesKept() {
		Member poster = member("old_poster");
		jdbc.sql("""
				insert into moderation_post (member_id, fingerprint, long_text, created_at) values
				  (?, 'old', true, now() - interval '8 days'), (?, 'recent', true, now() - interval '6 days')""")
			.params(poster.id(), poster.id())
			.update();

		assertThat(guard.forgetOldPosts()).isPositive();

		assertThat(jdbc.sql("select trim(fingerprint) from moderation_post where member_id = ?").param(poster.id())
			.query(String.class)
			.list()).containsExactly("recent");
	}
}
