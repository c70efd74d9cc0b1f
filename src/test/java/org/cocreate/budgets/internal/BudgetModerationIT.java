package org.cocreate.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Budget projects joined moderation (kind {@code project}): a report reaches the space's queue,
 * hiding shows others a placeholder on the page and in the API, restoring brings the project
 * back; ballots are votes for moderation's vote-fraud signals, and voided ballots go.
 */
class BudgetModerationIT extends BudgetsTestBase {

	private static final String TITLE = "Benches along the canal path";

	@Test
	void aReportedProjectIsHiddenFromOthersAndRestored() {
		Host host = host();
		long budget = budget(host);
		Caller proposer = caller("proposer");
		Caller other = caller("reader");
		long project = propose(budget, proposer, TITLE, 300);

		var reported = api("POST", "/api/v1/moderation/reports", other,
				Map.of("content", "project:" + project, "reason", "OFF_TOPIC"));
		assertThat(reported.status()).as("%s", reported).isEqualTo(201);
		var queue = api("GET", "/api/v1/moderation/queue?space=" + host.space(), host.owner(), null);
		assertThat(queue.status()).as("%s", queue).isEqualTo(200);
		JsonNode kase = queue.json().get("cases").valueStream()
			.filter(c -> c.get("content").asString().equals("project:" + project))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no case for project:" + project + " in " + queue));
		assertThat(kase.get("link").asString()).isEqualTo("/budgets/" + budget + "#project-" + project);
		assertThat(kase.get("author").get("handle").asString()).isEqualTo(proposer.member().handle());

		act(host.owner(), kase.get("id").asLong(), "HIDE", "Not about public spending.");
		JsonNode seen = project(budget, other);
		assertThat(seen.get("title").asString()).isEqualTo(apiMessage("moderation.placeholder.project"));
		assertThat(seen.get("description").asString()).isEmpty();
		assertThat(seen.get("moderation").asString()).isEqualTo("HIDDEN");
		assertThat(project(budget, null).get("title").asString()).isEqualTo(apiMessage("moderation.placeholder.project"));
		assertThat(http().get("/budgets/" + budget).body()).doesNotContain(TITLE)
			.contains(message("moderation.placeholder.project"));
		assertThat(loggedIn(other.member()).get("/budgets/" + budget).body()).doesNotContain(TITLE);
		assertThat(project(budget, proposer).get("title").asString()).as("the proposer still sees it").isEqualTo(TITLE);
		assertThat(loggedIn(proposer.member()).get("/budgets/" + budget).body()).contains(TITLE)
			.contains(message("moderation.banner.project-hidden"));

		act(host.owner(), kase.get("id").asLong(), "RESTORE", "Reviewed: it is about the canal budget.");
		assertThat(project(budget, other).get("title").asString()).isEqualTo(TITLE);
		assertThat(project(budget, other).path("moderation").isNull()).isTrue();
		assertThat(http().get("/budgets/" + budget).body()).contains(TITLE);
	}

	@Test
	void theReportFormShowsOnTheBudgetPageForOthersNotTheProposer() {
		Host host = host();
		long budget = budget(host);
		Caller proposer = caller("proposer");
		long project = propose(budget, proposer, TITLE, 300);
		assertThat(loggedIn(caller("reader").member()).get("/budgets/" + budget).body())
			.contains("value=\"project:" + project + "\"");
		assertThat(loggedIn(proposer.member()).get("/budgets/" + budget).body())
			.doesNotContain("value=\"project:" + project + "\"");
	}

	@Test
	void ballotsAreRecordedWithTheirOriginAndVoidedBallotsGo() {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 300, 400, 500 });
		long budget = ids.get(0);
		long a = ids.get(1);
		long b = ids.get(2);
		Caller voter = caller("voter");
		assertThat(vote(budget, voter, List.of(a, b)).status()).isEqualTo(200);

		var origins = jdbc.sql("""
				select target_id, origin, space_id from vote_record where target_kind = 'project' and member_id = ? order by target_id""")
			.param(voter.id())
			.query((rs, i) -> rs.getLong(1) + "@" + rs.getString(2) + "#" + rs.getLong(3))
			.list();
		long spaceId = count("select space_id from budget where id = ?", budget);
		assertThat(origins).hasSize(2).allMatch(o -> o.endsWith("#" + spaceId)).noneMatch(o -> o.contains("@-#"));
		assertThat(origins.getFirst()).startsWith(a + "@");

		String votedB = votedAt(voter, b);
		assertThat(vote(budget, voter, List.of(b)).status()).isEqualTo(200);
		assertThat(count("select count(*) from vote_record where target_kind = 'project' and member_id = ?", voter.id()))
			.as("the project left off the new ballot is a vote taken back").isEqualTo(1);
		assertThat(votedAt(voter, b)).as("the project kept is the vote cast first, not a new one").isEqualTo(votedB);

		Caller other = caller("other");
		assertThat(vote(budget, other, List.of(a, b)).status()).isEqualTo(200);
		var voided = api("POST", "/api/v1/moderation/votes/void", host.owner(),
				Map.of("targets", List.of("project:" + b), "memberIds", List.of(voter.id()), "reason", "One person, two accounts."));
		assertThat(voided.status()).as("%s", voided).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(count("select count(*) from budget_ballot where budget_id = ? and member_id = ?",
					budget, voter.id())).isZero());
		assertThat(ballots(budget)).as("the other voter's ballot stays").isEqualTo(1);
	}

	@Test
	void ballotsVoidedAfterTheOutcomeLeaveItAsItWasAndSaySo() {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 300, 400 });
		long budget = ids.get(0);
		Caller voter = caller("voter");
		assertThat(vote(budget, voter, List.of(ids.get(1))).status()).isEqualTo(200);
		assertThat(vote(budget, caller("other"), List.of(ids.get(2))).status()).isEqualTo(200);
		phase(host, budget, "RESULTS");
		JsonNode before = results(budget);
		assertThat(before.get("stale").asBoolean()).isFalse();
		assertThat(http().get("/budgets/" + budget + "/results").body()).doesNotContain(message("budgets.results.stale"));

		var voided = api("POST", "/api/v1/moderation/votes/void", host.owner(),
				Map.of("targets", List.of("project:" + ids.get(1)), "memberIds", List.of(voter.id()), "reason", "A bought vote."));
		assertThat(voided.status()).as("%s", voided).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(results(budget).get("stale").asBoolean()).isTrue());
		JsonNode after = results(budget);
		assertThat(after.get("voters")).as("the outcome is not recomputed").isEqualTo(before.get("voters"));
		assertThat(after.get("funded")).isEqualTo(before.get("funded"));
		assertThat(http().get("/budgets/" + budget + "/results").body()).contains(message("budgets.results.stale"));
	}

	private String votedAt(Caller voter, long project) {
		return jdbc.sql("select created_at::text from vote_record where target_kind = 'project' and target_id = ? and member_id = ?")
			.params(project, voter.id())
			.query(String.class)
			.single();
	}

	private JsonNode project(long budget, Caller viewer) {
		var projects = api("GET", "/api/v1/budgets/" + budget + "/projects", viewer, null);
		assertThat(projects.status()).as("%s", projects).isEqualTo(200);
		return projects.json().get(0);
	}

	private void act(Caller moderator, long caseId, String action, String reason) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("reason", reason);
		var acted = api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", moderator, body);
		assertThat(acted.status()).as("%s", acted).isEqualTo(201);
	}
}
