package org.cocreate.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suspensions and bans stop writing but not reading or appealing; appeals are decided by another moderator. */
class SanctionsAndAppealsIT extends ModerationTestBase {

	@Test
	void aSuspendedMemberMayReadAndAppealButNotWriteUntilAnotherModeratorGrantsTheAppeal() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);
		report(member("r"), "idea:" + idea, "SPAM");
		long suspension = act(board.moderator(), caseOf("idea", idea), "SUSPEND", "Posting adverts.", 3);

		var write = call("POST", "/api/v1/ideas/" + idea + "/comments", author, Map.of("body", "Still here."));
		assertThat(assertProblem(write, 403).get("code").asString()).isEqualTo("moderation.error.suspended");
		assertThat(call("GET", "/api/v1/ideas/" + idea, author, null).status()).isEqualTo(200);
		var page = loggedIn(author).postForm("/s/" + board.space() + "/ideas", Map.of("title", "x"));
		assertThat(page.status()).isIn(403);
		// a suspended member may still make and revoke API tokens: an API client appeals with one
		var token = http().api("POST", "/api/v1/tokens", bearer(author), Map.of("name", "for my appeal"));
		assertThat(token.status()).as("%s", token).isEqualTo(201);
		assertThat(http().api("GET", "/api/v1/moderation/me", token.json().get("token").asString(), null).status()).isEqualTo(200);
		assertThat(http().api("DELETE", "/api/v1/tokens/" + token.json().get("id").asLong(), bearer(author), null).status())
			.isEqualTo(204);
		var standing = call("GET", "/api/v1/moderation/me", author, null).json();
		assertThat(standing.get("sanction").asString()).isEqualTo("SUSPEND");
		assertThat(standing.get("actions").get(0).get("appealable").asBoolean()).isTrue();

		var appeal = call("POST", "/api/v1/moderation/appeals", author,
				Map.of("actionId", suspension, "statement", "These were links to our neighbourhood meeting."));
		assertThat(appeal.status()).as("%s", appeal).isEqualTo(201);
		long appealId = appeal.json().get("id").asLong();
		var again = call("POST", "/api/v1/moderation/appeals", author, Map.of("actionId", suspension, "statement", "Please?"));
		assertThat(assertProblem(again, 409).get("code").asString()).isEqualTo("moderation.error.already-appealed");
		var queue = call("GET", "/api/v1/moderation/queue?space=" + board.space(), board.owner(), null).json();
		assertThat(queue.get("appeals").valueStream().filter(a -> a.get("id").asLong() == appealId))
			.singleElement()
			.satisfies(a -> {
				assertThat(a.get("appellant").get("handle").asString()).isEqualTo(author.handle());
				assertThat(a.get("action").get("id").asLong()).isEqualTo(suspension);
				assertThat(a.get("action").get("reason").asString()).isEqualTo("Posting adverts.");
				assertThat(a.get("action").get("actor").get("handle").asString()).isEqualTo(board.moderator().handle());
			});

		var sameModerator = call("POST", "/api/v1/moderation/appeals/" + appealId + "/decision", board.moderator(),
				Map.of("grant", true, "reason", "Fair enough."));
		assertThat(assertProblem(sameModerator, 403).get("code").asString()).isEqualTo("moderation.error.same-moderator");
		assertThat(count("select count(*) from moderation_appeal where id = ? and status = 'PENDING'", appealId)).isEqualTo(1);

		var granted = call("POST", "/api/v1/moderation/appeals/" + appealId + "/decision", board.owner(),
				Map.of("grant", true, "reason", "The links were to a public meeting."));
		assertThat(granted.status()).as("%s", granted).isEqualTo(200);
		assertThat(call("POST", "/api/v1/ideas/" + idea + "/comments", author, Map.of("body", "Thank you.")).status()).isEqualTo(201);
		assertThat(count("select count(*) from moderation_action where action = 'APPEAL_GRANTED' and member_id = ?", author.id()))
			.isEqualTo(1);
		assertThat(count("select count(*) from moderation_appeal where id = ? and status = 'GRANTED'", appealId)).isEqualTo(1);
		var inbox = awaitJson(http(), "/api/v1/notifications", bearer(author), answer -> answer.get("items")
			.valueStream()
			.map(n -> n.get("message").asString())
			.toList()
			.containsAll(java.util.List.of("notice.moderation.suspended", "notice.moderation.appeal-granted")));
		assertThat(inbox.get("items").valueStream().map(n -> n.get("text").asString()))
			.anyMatch(text -> text.contains("The links were to a public meeting."));
	}

	@Test
	void anAppealWithoutAStatementOrADecisionWithoutGrantOrReasonIsRefusedAndChangesNothing() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);
		report(member("r"), "idea:" + idea, "SPAM");
		long hidden = act(board.moderator(), caseOf("idea", idea), "HIDE", "Spam.", null);
		long appeals = count("select count(*) from moderation_appeal");

		var blank = call("POST", "/api/v1/moderation/appeals", author, Map.of("actionId", hidden, "statement", "  "));
		assertFieldError(blank, "statement", "error.required");
		assertThat(count("select count(*) from moderation_appeal")).isEqualTo(appeals);

		long appealId = call("POST", "/api/v1/moderation/appeals", author,
				Map.of("actionId", hidden, "statement", "It was about the square, not an advert.")).json().get("id").asLong();
		long before = actions();
		String decision = "/api/v1/moderation/appeals/" + appealId + "/decision";
		var noGrant = call("POST", decision, board.owner(), Map.of("reason", "Looks fine."));
		var noReason = call("POST", decision, board.owner(), Map.of("grant", true, "reason", ""));
		var stranger = call("POST", decision, member("x"), Map.of("grant", true, "reason", "Looks fine."));

		assertFieldError(noGrant, "grant", "error.required");
		assertFieldError(noReason, "reason", "error.required");
		assertProblem(stranger, 403);
		assertThat(actions()).isEqualTo(before);
		assertThat(count("select count(*) from moderation_appeal where id = ? and status = 'PENDING'", appealId)).isEqualTo(1);
		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).status()).isEqualTo(404);
	}

	@Test
	void aPlatformAdminSuspendsAndLiftsAMemberAndBadMemberActionsAreRefused() {
		Member admin = admin("padmin");
		Member member = member("loud");
		String path = "/api/v1/moderation/members/" + member.handle() + "/actions";
		bearer(member);
		long before = actions();

		var unknownAction = call("POST", path, admin, Map.of("action", "DELETE", "reason", "Spam."));
		var caseOnly = call("POST", path, admin, Map.of("action", "HIDE", "reason", "Spam."));
		var nothingToLift = call("POST", path, admin, Map.of("action", "LIFT", "reason", "Served."));
		var unknownMember = call("POST", "/api/v1/moderation/members/nobody_here_at_all/actions", admin,
				Map.of("action", "WARN", "reason", "Spam."));
		var self = call("POST", "/api/v1/moderation/members/" + admin.handle() + "/actions", admin,
				Map.of("action", "BAN", "reason", "Oops."));

		assertFieldError(unknownAction, "action", "moderation.error.action");
		assertFieldError(caseOnly, "action", "moderation.error.action");
		assertThat(assertProblem(nothingToLift, 409).get("code").asString()).isEqualTo("moderation.error.nothing-to-lift");
		assertProblem(unknownMember, 404);
		assertProblem(self, 403);
		assertThat(actions()).isEqualTo(before);

		var suspended = call("POST", path, admin, Map.of("action", "SUSPEND", "reason", "Flooding every space.", "days", 2));
		assertThat(suspended.status()).as("%s", suspended).isEqualTo(201);
		assertThat(assertProblem(call("POST", "/api/v1/spaces", member, Map.of()), 403).get("code").asString())
			.isEqualTo("moderation.error.suspended");
		var lifted = call("POST", path, admin, Map.of("action", "LIFT", "reason", "Apologised."));
		assertThat(lifted.status()).as("%s", lifted).isEqualTo(201);
		assertThat(count("select count(*) from member_sanction where member_id = ? and lifted_at is null", member.id())).isZero();
		var standing = call("GET", "/api/v1/moderation/me", member, null).json();
		assertThat(standing.path("sanction").isNull() || standing.path("sanction").isMissingNode()).as("%s", standing).isTrue();
	}

	@Test
	void aSuspensionEndsByItself() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);
		report(member("r"), "idea:" + idea, "SPAM");
		long suspension = act(board.moderator(), caseOf("idea", idea), "SUSPEND", "Cool down.", 1);
		assertThat(call("PUT", "/api/v1/ideas/" + idea + "/following", author, null).status()).isEqualTo(403);

		// a day passes: the suspension's end is now behind us
		jdbc.sql("update member_sanction set until = now() - interval '1 second' where action_id = ?").param(suspension).update();

		assertThat(call("PUT", "/api/v1/ideas/" + idea + "/following", author, null).status()).isEqualTo(204);
	}

	@Test
	void anAppealAfterTheDeadlineIsRefusedAndNothingIsStored() {
		Member author = member("late");
		// an action of 15 days ago (the log is append-only: a row written with its old date)
		long old = jdbc.sql("""
				insert into moderation_action (created_at, actor_id, action, member_id, reason)
				values (now() - interval '15 days', null, 'SUSPEND', ?, 'Old suspension.') returning id""")
			.param(author.id())
			.query(Long.class)
			.single();
		long appeals = count("select count(*) from moderation_appeal");

		var late = call("POST", "/api/v1/moderation/appeals", author, Map.of("actionId", old, "statement", "I forgot."));

		assertThat(assertProblem(late, 409).get("detail").asString()).isEqualTo(apiMessage("moderation.error.appeal-too-late", 14));
		assertThat(count("select count(*) from moderation_appeal")).isEqualTo(appeals);
	}

	@Test
	void onlyTheMemberConcernedMayAppealAndABanIsLiftedByAGrantedAppeal() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);
		report(member("r"), "idea:" + idea, "SPAM");
		long ban = act(board.moderator(), caseOf("idea", idea), "BAN", "Bot account.", null);

		var stranger = call("POST", "/api/v1/moderation/appeals", member("x"), Map.of("actionId", ban, "statement", "Unfair!"));
		assertProblem(stranger, 403);
		var write = call("PUT", "/api/v1/ideas/" + idea + "/following", author, null);
		assertThat(assertProblem(write, 403).get("code").asString()).isEqualTo("moderation.error.banned");

		var browser = loggedIn(author);
		var mine = browser.get("/moderation/my");
		assertThat(mine.body()).contains(message("moderation.appeal.submit"));
		var sent = browser.postForm("/moderation/appeals",
				Map.of("_csrf", mine.csrf(), "actionId", String.valueOf(ban), "statement", "I am a person, not a bot."));
		assertThat(sent.status()).isEqualTo(302);
		long appealId = count("select id from moderation_appeal where action_id = ?", ban);
		var denied = call("POST", "/api/v1/moderation/appeals/" + appealId + "/decision", board.owner(),
				Map.of("grant", false, "reason", "Posted 40 adverts in an hour."));
		assertThat(denied.status()).isEqualTo(200);
		assertThat(call("PUT", "/api/v1/ideas/" + idea + "/following", author, null).status()).isEqualTo(403);
		assertThat(browser.get("/moderation/my").body()).contains("Posted 40 adverts in an hour.");
	}
}
