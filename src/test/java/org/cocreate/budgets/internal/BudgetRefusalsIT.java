package org.cocreate.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cocreate.ideas.internal.Ideas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every refusal the issue lists, over the API and on the pages: a clear message naming the field,
 * the right status, and nothing stored changes.
 */
class BudgetRefusalsIT extends BudgetsTestBase {

	@Autowired
	Ideas ideas;

	@Test
	void onlyStaffOpenBudgetsAndOnlyWhereTheSpaceRunsThem() {
		Host host = host();
		Caller member = caller("member");
		Map<String, Object> body = Map.of("name", "Not mine", "amount", 100, "currency", "EUR");
		long before = count("select count(*) from budget");
		assertThat(refusal(api("POST", "/api/v1/spaces/" + host.space() + "/budgets", member, body), 403))
			.isEqualTo("error.budget.staff-only");
		String plain = uniqueSlug("plain");
		spaces.create(host.owner().id(), new org.cocreate.spaces.Spaces.CreateSpace(host.organisation(), "Plain " + plain, plain,
				"", org.cocreate.spaces.Visibility.PUBLIC, null));
		assertThat(refusal(api("POST", "/api/v1/spaces/" + plain + "/budgets", host.owner(), body), 404))
			.isEqualTo("error.budget.capability-off");
		assertThat(count("select count(*) from budget")).isEqualTo(before);
	}

	@Test
	void badSettingsAreNamedFieldByField() {
		Host host = host();
		var response = api("POST", "/api/v1/spaces/" + host.space() + "/budgets", host.owner(),
				Map.of("name", "X", "amount", -5, "currency", "euros", "rule", "lottery", "ballotType", "RANKED",
						"proposalsEnd", "2027-05-01", "reviewEnd", "2027-04-01", "votingEnd", "next week"));
		for (String[] e : new String[][] { { "name", "error.too-short" }, { "amount", "error.budget.amount" },
				{ "currency", "error.budget.currency" }, { "rule", "error.budget.rule" },
				{ "ballotType", "error.budget.ballot-type" }, { "reviewEnd", "error.budget.dates" },
				{ "votingEnd", "error.budget.date" } }) {
			assertFieldError(response, e[0], e[1]);
		}
		assertFieldError(api("POST", "/api/v1/spaces/" + host.space() + "/budgets", host.owner(),
				Map.of("name", "Points", "amount", 10, "currency", "EUR", "ballotType", "CUMULATIVE", "maxPointsTotal", 5,
						"maxPointsPerProject", 6)), "maxPointsPerProject", "error.budget.points-per-project");
		assertThat(count("select count(*) from budget where space_id = (select id from space where slug = ?)", host.space()))
			.isZero();
	}

	@Test
	void phasesMoveOneStepForwardByStaffOnly() {
		Host host = host();
		long budget = budget(host);
		Caller member = caller("member");
		long project = propose(budget, member, "Bike racks", 200);
		assertThat(refusal(api("POST", "/api/v1/budgets/" + budget + "/phase", member, Map.of("phase", "REVIEW")), 403))
			.isEqualTo("error.budget.staff-only");
		assertThat(refusal(api("POST", "/api/v1/budgets/" + budget + "/phase", host.owner(), Map.of("phase", "VOTING")), 409))
			.isEqualTo("error.budget.phase-transition");
		assertFieldError(api("POST", "/api/v1/budgets/" + budget + "/phase", host.owner(), Map.of("phase", "LATER")), "phase",
				"error.budget.phase-unknown");
		// reviews only in REVIEW, ballots only in VOTING
		assertThat(refusal(api("POST", "/api/v1/budget-projects/" + project + "/review", host.owner(), Map.of("feasible", true)), 409))
			.isEqualTo("error.budget.review-closed");
		assertThat(refusal(vote(budget, member, List.of(project)), 409)).isEqualTo("error.budget.voting-closed");
		phase(host, budget, "REVIEW");
		assertThat(refusal(api("POST", "/api/v1/budgets/" + budget + "/projects", member,
				Map.of("title", "Too late", "cost", 10)), 409)).isEqualTo("error.budget.proposals-closed");
		// voting cannot open while a project awaits review, nor without a feasible one
		assertThat(assertProblem(api("POST", "/api/v1/budgets/" + budget + "/phase", host.owner(), Map.of()), 409)
			.get("code").asString()).isEqualTo("error.budget.reviews-pending");
		assertFieldError(api("POST", "/api/v1/budget-projects/" + project + "/review", host.owner(), Map.of("feasible", false)),
				"reason", "error.required");
		assertThat(api("POST", "/api/v1/budget-projects/" + project + "/review", host.owner(),
				Map.of("feasible", false, "reason", "No space on that pavement.")).status()).isEqualTo(200);
		assertThat(assertProblem(api("POST", "/api/v1/budgets/" + budget + "/phase", host.owner(), Map.of()), 409)
			.get("code").asString()).isEqualTo("error.budget.nothing-feasible");
		assertThat(http().apiGet("/api/v1/budgets/" + budget, null).json().get("phase").asString()).isEqualTo("REVIEW");
		// the proposer may no longer withdraw it
		assertThat(refusal(api("DELETE", "/api/v1/budget-projects/" + project, member, null), 409))
			.isEqualTo("error.budget.project-locked");
	}

	@Test
	void badProjectsAreRefused() {
		Host host = host();
		long budget = budget(host);
		Caller member = caller("member");
		var response = api("POST", "/api/v1/budgets/" + budget + "/projects", member, Map.of("title", "", "cost", 1500));
		assertFieldError(response, "title", "error.too-short");
		assertFieldError(response, "cost", "error.budget.cost-over");
		assertFieldError(api("POST", "/api/v1/budgets/" + budget + "/projects", member, Map.of("title", "Free", "cost", -1)),
				"cost", "error.budget.cost");
		assertFieldError(api("POST", "/api/v1/budgets/" + budget + "/projects", host.owner(), Map.of("ideaId", 999_999_999, "cost", 5)),
				"ideaId", "error.budget.idea-not-found");
		assertThat(count("select count(*) from budget_project where budget_id = ?", budget)).isZero();
	}

	@Test
	void ballotsOverTheRulesAreRefusedAndNothingIsStored() {
		Host host = host();
		List<Long> approval = votingBudget(host, new long[] { 100, 200, 300 }, "maxCount", 2);
		Caller voter = caller("voter");
		long a = approval.get(0);
		assertFieldError(vote(a, voter, approval.subList(1, 4)), "projects", "error.ballot.too-many");
		assertFieldError(vote(a, voter, List.of()), "projects", "error.ballot.empty");
		assertFieldError(vote(a, voter, List.of(approval.get(1), 123_456_789L)), "projects", "error.ballot.not-on-ballot");
		assertThat(ballots(a)).isZero();

		List<Long> knapsack = votingBudget(host, new long[] { 600, 500 }, "ballotType", "KNAPSACK");
		long k = knapsack.get(0);
		var over = vote(k, voter, knapsack.subList(1, 3));
		assertThat(assertFieldError(over, "projects", "error.ballot.over-budget").get("message").asString())
			.isEqualTo("The projects you ticked cost 1100, more than the budget of 1000 EUR.");
		assertThat(ballots(k)).isZero();
		// a valid ballot, then an invalid change: the valid one stays
		assertThat(vote(k, voter, List.of(knapsack.get(1))).status()).isEqualTo(200);
		assertFieldError(vote(k, voter, knapsack.subList(1, 3)), "projects", "error.ballot.over-budget");
		assertThat(api("GET", "/api/v1/budgets/" + k + "/ballot", voter, null).json().get("projects").get(0).asLong())
			.isEqualTo(knapsack.get(1));

		List<Long> cumulative = votingBudget(host, new long[] { 100, 200 }, "ballotType", "CUMULATIVE", "maxPointsTotal", 5,
				"maxPointsPerProject", 3);
		long c = cumulative.get(0);
		assertFieldError(api("PUT", "/api/v1/budgets/" + c + "/ballot", voter,
				Map.of("points", Map.of(String.valueOf(cumulative.get(1)), 3, String.valueOf(cumulative.get(2)), 3))), "points",
				"error.ballot.points-total");
		assertFieldError(api("PUT", "/api/v1/budgets/" + c + "/ballot", voter,
				Map.of("points", Map.of(String.valueOf(cumulative.get(1)), 4))), "points", "error.ballot.points-per-project");
		assertThat(ballots(c)).isZero();
		var ok = api("PUT", "/api/v1/budgets/" + c + "/ballot", voter,
				Map.of("points", Map.of(String.valueOf(cumulative.get(1)), 3, String.valueOf(cumulative.get(2)), 2)));
		assertThat(ok.status()).as("%s", ok).isEqualTo(200);
		assertThat(ok.json().get("points").get(String.valueOf(cumulative.get(2))).asInt()).isEqualTo(2);
	}

	@Test
	void thePromoteFormRefusesAnIdeaNumberThatIsNotAWholeNumber() {
		Host host = host();
		long budget = budget(host);
		long idea = ideas.post(host.owner().id(), new Ideas.PostIdea(host.space(), "Benches along Main Street",
				"Somewhere to rest on the way to the market.", List.of()));
		var http = loggedIn(host.owner().member());
		var page = http.get("/budgets/" + budget);
		for (String typed : List.of(idea + ".5", "idea " + idea, "1e2")) {
			var refused = http.postForm("/budgets/" + budget + "/promote", Map.of("_csrf", page.csrf(), "ideaId", typed, "cost", "150"));
			assertThat(refused.status()).as(typed).isEqualTo(200);
			assertThat(refused.body()).as(typed).contains(message("error.budget.number")).contains("value=\"" + typed + "\"");
		}
		assertThat(count("select count(*) from budget_project where budget_id = ?", budget)).isZero();
		var promoted = http.postForm("/budgets/" + budget + "/promote", Map.of("_csrf", page.csrf(), "ideaId", String.valueOf(idea), "cost", "150"));
		assertThat(promoted.status()).as("%s", promoted).isEqualTo(302);
		assertThat(count("select count(*) from budget_project where budget_id = ? and idea_id = ?", budget, idea)).isEqualTo(1);
	}

	@Test
	void theBallotPageKeepsWhatWasTickedWhenItIsRefused() {
		Host host = host();
		List<Long> knapsack = votingBudget(host, new long[] { 600, 500, 100 }, "ballotType", "KNAPSACK");
		long k = knapsack.get(0);
		Member voter = member("page");
		var http = loggedIn(voter);
		var page = http.get("/budgets/" + k + "/ballot");
		assertThat(page.status()).isEqualTo(200);
		var saved = http.postForm("/budgets/" + k + "/ballot", Map.of("_csrf", page.csrf(), "project", String.valueOf(knapsack.get(1))));
		assertThat(saved.status()).isEqualTo(302);
		// two ticks over the budget: form body with a repeated field
		String body = "_csrf=" + java.net.URLEncoder.encode(page.csrf(), java.nio.charset.StandardCharsets.UTF_8) + "&project="
				+ knapsack.get(1) + "&project=" + knapsack.get(2);
		var over = http.postEncoded("/budgets/" + k + "/ballot", body);
		assertThat(over.status()).isEqualTo(400);
		assertThat(over.body()).contains(message("error.ballot.over-budget", "1100", "1000 EUR"))
			.containsPattern("value=\"" + knapsack.get(1) + "\"[^>]*checked")
			.containsPattern("value=\"" + knapsack.get(2) + "\"[^>]*checked");
		assertThat(jdbc.sql("select project_ids[1] from budget_ballot where budget_id = ? and member_id = ?")
			.params(k, voter.id())
			.query(Long.class)
			.single()).isEqualTo(knapsack.get(1));
	}

	/** The code of a refusal with the given status: which rule said no, not just that something did. */
	private String refusal(org.cocreate.Http.Response response, int status) {
		return assertProblem(response, status).get("code").asString();
	}
}
