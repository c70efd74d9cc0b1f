package org.cocreate.moderation;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.cocreate.shared.DomainException;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** Reports, automatic hiding, moderators' actions with reasons, the audit log, and what authors and readers see. */
@PostgresTest
class ReportsAndActionsIT extends ModerationTestBase {

	@Autowired
	ModerationQueue queue;

	@Test
	void threeDistinctReportsHideAnIdeaPendingReviewAndOnlyItsAuthorStillSeesIt() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);

		var first = report(member("r1"), "idea:" + idea, "SPAM");
		var second = report(member("r2"), "idea:" + idea, "off-topic");
		var third = report(member("r3"), "idea:" + idea, "HARASSMENT");

		assertThat(first.get("hidden").asBoolean()).isFalse();
		assertThat(second.get("hidden").asBoolean()).isFalse();
		assertThat(third.get("hidden").asBoolean()).isTrue();
		var anonymous = http().apiGet("/api/v1/ideas/" + idea, null);
		assertThat(assertProblem(anonymous, 404).get("detail").asString()).isEqualTo(apiMessage("moderation.placeholder.idea"));
		var own = call("GET", "/api/v1/ideas/" + idea, author, null);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get("moderation").asString()).isEqualTo("HIDDEN");
		var boardPage = http().apiGet("/api/v1/spaces/" + board.space() + "/ideas?sort=new", null).json();
		assertThat(boardPage.get("items").valueStream().map(i -> i.get("id").asLong())).doesNotContain(idea);
		var queue = call("GET", "/api/v1/moderation/queue?space=" + board.space(), board.moderator(), null).json();
		assertThat(queue.get("cases").valueStream().filter(c -> c.get("content").asString().equals("idea:" + idea)))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.get("reportCount").asInt()).isEqualTo(3);
				assertThat(c.get("contentState").asString()).isEqualTo("HIDDEN");
			});
		assertThat(count("select count(*) from moderation_action where action = 'AUTO_HIDE' and content_id = ?", idea)).isEqualTo(1);
		String page = http().get("/ideas/" + idea).body();
		assertThat(page).contains(message("moderation.placeholder.idea"));
		assertThat(loggedIn(author).get("/ideas/" + idea).body()).contains("Hidden by moderation: only you and the moderators see this idea.");
	}

	@Test
	void aReportOnMissingContentOrASecondReportByTheSameMemberIsRefusedAndChangesNothing() {
		Board board = board();
		long idea = idea(board, member("author"));
		Member reporter = member("rep");
		report(reporter, "idea:" + idea, "SPAM");
		long reports = count("select count(*) from moderation_report");
		long cases = count("select count(*) from moderation_case");
		long reportCount = count("select report_count from moderation_case where content_id = ? and content_kind = 'idea'", idea);

		var missing = call("POST", "/api/v1/moderation/reports", reporter, Map.of("content", "idea:999999999", "reason", "SPAM"));
		var unknownKind = call("POST", "/api/v1/moderation/reports", reporter, Map.of("content", "poem:1", "reason", "SPAM"));
		var again = call("POST", "/api/v1/moderation/reports", reporter, Map.of("content", "idea:" + idea, "reason", "HATE"));
		var noReason = call("POST", "/api/v1/moderation/reports", member("other"), Map.of("content", "idea:" + idea));

		assertThat(assertProblem(missing, 404).get("detail").asString())
			.isEqualTo(apiMessage("moderation.error.content-not-found", "idea:999999999"));
		assertProblem(unknownKind, 404);
		assertThat(assertProblem(again, 409).get("detail").asString()).isEqualTo(apiMessage("moderation.error.already-reported"));
		assertFieldError(noReason, "reason", "error.required");
		assertThat(count("select count(*) from moderation_report")).isEqualTo(reports);
		assertThat(count("select count(*) from moderation_case")).isEqualTo(cases);
		assertThat(count("select report_count from moderation_case where content_id = ? and content_kind = 'idea'", idea))
			.isEqualTo(reportCount);
	}

	@Test
	void aModeratorLooksUpTheCaseOfReportedContentAndOthersAreRefused() {
		Board board = board();
		long idea = idea(board, member("author"));
		var ref = new ContentRef("idea", idea);
		assertThat(queue.caseOf(board.moderator().id(), ref)).isEmpty();

		long caseId = report(member("rep"), "idea:" + idea, "SPAM").get("caseId").asLong();

		assertThat(queue.caseOf(board.moderator().id(), ref)).contains(caseId);
		assertThatThrownBy(() -> queue.caseOf(member("stranger").id(), ref)).isInstanceOf(DomainException.class)
			.hasMessageContaining("moderation.error.not-moderator");
	}

	@Test
	void aReportGoesToTheSpacesQueueEvenWhenTheAuthorCanNoLongerSeeTheSpace() {
		Board board = board();
		long idea = idea(board, member("author"));
		// the space turns private: its author, not a member, no longer sees it
		spaces.update(board.owner().id(), board.space(), "Space " + board.space(), "", Visibility.PRIVATE, Set.of("ideas"));

		long caseId = report(board.moderator(), "idea:" + idea, "SPAM").get("caseId").asLong();

		assertThat(jdbc.sql("select space_slug from moderation_case where id = ?").param(caseId).query(String.class).single())
			.isEqualTo(board.space());
		assertThat(queue.caseOf(board.moderator().id(), new ContentRef("idea", idea))).contains(caseId);
	}

	@Test
	void aMemberCannotReportTheirOwnContent() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);

		var own = call("POST", "/api/v1/moderation/reports", author, Map.of("content", "idea:" + idea, "reason", "SPAM"));

		assertProblem(own, 409);
		assertThat(count("select count(*) from moderation_case where content_kind = 'idea' and content_id = ?", idea)).isZero();
	}

	@Test
	void aModeratorHidesAndRestoresACommentWithReasonsThatTheLogKeeps() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, member("poster"));
		long comment = comment(idea, author, "People who want shade are spoiled.").get("id").asLong();
		report(member("r"), "idea-comment:" + comment, "HARASSMENT");
		long kase = caseOf("idea-comment", comment);

		long hidden = act(board.moderator(), kase, "HIDE", "Insulting other members.", null);

		var seenByOthers = http().apiGet("/api/v1/ideas/" + idea + "/comments", null).json().get(0);
		assertThat(seenByOthers.get("body").asString()).isEmpty();
		assertThat(seenByOthers.get("moderation").asString()).isEqualTo("HIDDEN");
		var seenByAuthor = call("GET", "/api/v1/ideas/" + idea + "/comments", author, null).json().get(0);
		assertThat(seenByAuthor.get("body").asString()).contains("spoiled");
		assertThat(http().get("/ideas/" + idea).body()).contains(message("moderation.placeholder.comment")).doesNotContain("spoiled");
		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).json().get("commentCount").asInt()).isZero();
		var inbox = awaitJson(http(), "/api/v1/notifications", bearer(author), answer -> answer.get("items")
			.valueStream()
			.anyMatch(n -> n.get("message").asString().equals("notice.moderation.hidden")));
		assertThat(inbox.get("items").valueStream().filter(n -> n.get("message").asString().equals("notice.moderation.hidden")))
			.singleElement()
			.satisfies(n -> assertThat(n.get("text").asString()).contains("Insulting other members."));

		act(board.owner(), kase, "RESTORE", "On reflection, harsh but within the rules.", null);

		assertThat(http().apiGet("/api/v1/ideas/" + idea + "/comments", null).json().get(0).get("body").asString()).contains("spoiled");
		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).json().get("commentCount").asInt()).isEqualTo(1);
		var log = call("GET", "/api/v1/moderation/log?space=" + board.space(), board.moderator(), null).json();
		assertThat(log.valueStream().map(e -> e.get("action").asString() + ":" + e.get("reason").asString()))
			.contains("HIDE:Insulting other members.", "RESTORE:On reflection, harsh but within the rules.");
		assertThat(log.valueStream().filter(e -> e.get("id").asLong() == hidden)).singleElement()
			.satisfies(e -> assertThat(e.get("actor").get("handle").asString()).isEqualTo(board.moderator().handle()));
	}

	@Test
	void anActionWithoutAReasonOrByAnOutsiderIsRefusedAndNothingIsLogged() {
		Board board = board();
		long idea = idea(board, member("author"));
		report(member("r"), "idea:" + idea, "SPAM");
		long kase = caseOf("idea", idea);
		long before = actions();

		var noReason = call("POST", "/api/v1/moderation/cases/" + kase + "/actions", board.moderator(),
				Map.of("action", "HIDE", "reason", " "));
		var outsider = call("POST", "/api/v1/moderation/cases/" + kase + "/actions", member("out"),
				Map.of("action", "HIDE", "reason", "I do not like it."));
		var noDays = call("POST", "/api/v1/moderation/cases/" + kase + "/actions", board.moderator(),
				Map.of("action", "SUSPEND", "reason", "Spamming."));

		assertFieldError(noReason, "reason", "error.required");
		assertProblem(outsider, 403);
		assertFieldError(noDays, "days", "moderation.error.days");
		assertThat(actions()).isEqualTo(before);
		assertThat(http().apiGet("/api/v1/ideas/" + idea, null).status()).isEqualTo(200);
	}

	@Test
	void aModeratorCannotActOnTheirOwnContent() {
		Board board = board();
		long idea = idea(board, board.moderator());
		report(member("r"), "idea:" + idea, "SPAM");
		long kase = caseOf("idea", idea);
		long before = actions();

		var own = call("POST", "/api/v1/moderation/cases/" + kase + "/actions", board.moderator(),
				Map.of("action", "RESTORE", "reason", "Nothing wrong with my idea."));

		assertThat(assertProblem(own, 403).get("detail").asString()).isEqualTo(apiMessage("moderation.error.own-content"));
		assertThat(actions()).isEqualTo(before);
		assertThat(count("select count(*) from moderation_case where id = ? and status = 'OPEN'", kase)).isEqualTo(1);
	}

	@Test
	void anOrganisationModeratorCannotBanAPlatformAdmin() {
		Board board = board();
		Member admin = admin("padmin");
		long idea = idea(board, admin);
		report(member("r"), "idea:" + idea, "SPAM");
		long kase = caseOf("idea", idea);
		long before = actions();

		var ban = call("POST", "/api/v1/moderation/cases/" + kase + "/actions", board.moderator(),
				Map.of("action", "BAN", "reason", "Spam."));
		var viaMembers = call("POST", "/api/v1/moderation/members/" + admin.handle() + "/actions", board.moderator(),
				Map.of("action", "BAN", "reason", "Spam."));

		assertThat(assertProblem(ban, 403).get("detail").asString()).isEqualTo(apiMessage("moderation.error.protected-admin"));
		assertThat(assertProblem(viaMembers, 403).get("detail").asString()).isEqualTo(apiMessage("moderation.error.platform-only"));
		assertThat(actions()).isEqualTo(before);
		assertThat(count("select count(*) from member_sanction where member_id = ?", admin.id())).isZero();
	}

	@Test
	void theAuditLogIsAppendOnlyEvenForTheDatabaseUserOfTheApplication() {
		Board board = board();
		long idea = idea(board, member("author"));
		report(member("r"), "idea:" + idea, "SPAM");
		act(board.moderator(), caseOf("idea", idea), "HIDE", "Spam.", null);

		assertThatThrownBy(() -> jdbc.sql("update moderation_action set reason = 'nothing happened'").update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from moderation_action").update()).isInstanceOf(DataAccessException.class);
		assertThat(count("select count(*) from moderation_action where reason = 'Spam.' and content_id = ?", idea)).isEqualTo(1);
	}

	@Test
	void aModeratorWorksThroughTheQueueInPages() {
		Board board = board();
		Member author = member("author");
		long idea = idea(board, author);
		long comment = comment(idea, author, "Nobody asked for your opinion, go away.").get("id").asLong();
		report(member("r"), "idea-comment:" + comment, "HARASSMENT");
		long kase = caseOf("idea-comment", comment);
		var browser = loggedIn(board.moderator());

		assertThat(browser.get("/moderation").body()).contains("/moderation/queue?space=" + board.space());
		var page = browser.get("/moderation/cases/" + kase);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Nobody asked for your opinion").contains(message("moderation.do.HIDE"));
		var empty = browser.postForm("/moderation/cases/" + kase + "/actions",
				Map.of("_csrf", page.csrf(), "action", "HIDE", "reason", ""));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains(message("error.required"));
		var done = browser.postForm("/moderation/cases/" + kase + "/actions",
				Map.of("_csrf", page.csrf(), "action", "HIDE", "reason", "Telling people to go away."));
		assertThat(done.status()).isEqualTo(302);
		assertThat(browser.get("/moderation/cases/" + kase).body()).contains("Telling people to go away.");
		assertThat(browser.get("/moderation/fraud?space=" + board.space()).status()).isEqualTo(200);
		assertThat(loggedIn(author).get("/moderation/my").body()).contains("Telling people to go away.")
			.contains(message("moderation.appeal.submit"));
	}

	@Test
	void reportingWorksFromTheIdeaPageWithoutJavaScript() {
		Board board = board();
		long idea = idea(board, member("author"));
		Member reader = member("reader");
		var browser = loggedIn(reader);

		var page = browser.get("/ideas/" + idea);
		assertThat(page.body()).contains("name=\"content\" value=\"idea:" + idea + "\"").contains(message("moderation.report"));
		var sent = browser.postForm("/moderation/reports",
				Map.of("_csrf", page.csrf(), "content", "idea:" + idea, "reason", "MISINFORMATION", "note", "The numbers are made up."),
				"Referer", "http://localhost:" + port + "/ideas/" + idea);

		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith("/ideas/" + idea);
		assertThat(browser.get("/ideas/" + idea).body()).contains(message("moderation.flash.reported"));
		assertThat(count("select count(*) from moderation_report r join moderation_case c on c.id = r.case_id "
				+ "where c.content_id = ? and r.note = 'The numbers are made up.'", idea)).isEqualTo(1);
		var queue = loggedIn(board.moderator()).get("/moderation/queue?space=" + board.space());
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains("Shade trees on the market square");
		var log = loggedIn(board.moderator()).get("/moderation/log");
		assertThat(log.status()).isEqualTo(200);
	}
}
