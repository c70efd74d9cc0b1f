package org.cocreate.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.allocation.Outcome;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbReader;
import org.cocreate.ideas.internal.Ideas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A budget from proposals to results over the API: members propose, staff promote an idea and
 * review, members vote, staff close voting, and the stored outcome is the engine's on the
 * exported file, with an explanation for every project, a feed entry and inbox notices.
 */
class BudgetLifecycleIT extends BudgetsTestBase {

	@Autowired
	Ideas ideas;

	@Autowired
	Budgets budgets;

	@Test
	void proposalsReviewVotingResultsWithEqualShares() throws Exception {
		Host host = host();
		long budget = budget(host, "rule", "equalshares/add1", "ballotType", "APPROVAL", "maxCount", 3);
		Caller ana = caller("ana");
		Caller ben = caller("ben");
		long park = propose(budget, ana, "Shade trees in the park", 400);
		long lights = propose(budget, ben, "Lights on the river path", 350);
		long pool = propose(budget, ana, "A covered pool", 900);
		long ideaId = ideas.post(ben.id(), new Ideas.PostIdea(host.space(), "Benches along Main Street",
				"Somewhere to rest on the way to the market.", List.of()));
		var promoted = api("POST", "/api/v1/budgets/" + budget + "/projects", host.owner(), Map.of("ideaId", ideaId, "cost", 150));
		assertThat(promoted.status()).as("%s", promoted).isEqualTo(201);
		long benches = promoted.json().get("id").asLong();
		assertThat(promoted.json().get("ideaId").asLong()).isEqualTo(ideaId);
		assertThat(promoted.json().get("proposer").get("handle").asString()).isEqualTo(ben.member().handle());
		// promoting the same idea twice is refused
		assertProblem(api("POST", "/api/v1/budgets/" + budget + "/projects", host.owner(), Map.of("ideaId", ideaId, "cost", 150)), 409);

		phase(host, budget, "REVIEW");
		feasible(host, park);
		feasible(host, lights);
		feasible(host, benches);
		var refused = api("POST", "/api/v1/budget-projects/" + pool + "/review", host.owner(),
				Map.of("feasible", false, "reason", "The site floods every spring."));
		assertThat(refused.status()).as("%s", refused).isEqualTo(200);
		assertThat(refused.json().get("review").asString()).isEqualTo("NOT_FEASIBLE");
		phase(host, budget, "VOTING");

		// 6 voters: 4 want the park and benches, 2 the lights
		List<Caller> voters = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Caller voter = caller("voter");
			voters.add(voter);
			var cast = vote(budget, voter, i < 4 ? List.of(park, benches) : List.of(lights));
			assertThat(cast.status()).as("%s", cast).isEqualTo(200);
		}
		// the non-feasible project is not on the ballot
		assertFieldError(vote(budget, voters.getFirst(), List.of(pool)), "projects", "error.ballot.not-on-ballot");
		assertThat(api("GET", "/api/v1/budgets/" + budget + "/ballot", voters.getFirst(), null).json().get("projects"))
			.extracting(JsonNode::asLong)
			.containsExactly(park, benches);

		phase(host, budget, "RESULTS");
		JsonNode results = results(budget);
		assertThat(results.get("voters").asInt()).isEqualTo(6);
		List<Long> funded = new ArrayList<>();
		results.get("funded").forEach(p -> funded.add(p.get("id").asLong()));

		// the stored outcome is what the engine computes on the exported file
		var export = http().get("/api/v1/budgets/" + budget + "/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Disposition").orElse("")).contains("budget-" + budget + ".pb");
		PbInstance instance = new PbReader().read(export.body());
		assertThat(instance.projects()).extracting(p -> p.id())
			.containsExactly(String.valueOf(park), String.valueOf(lights), String.valueOf(benches));
		Outcome engine = Rules.apply(instance.rule(), Election.from(instance));
		assertThat(funded).containsExactlyInAnyOrderElementsOf(engine.selected().stream().map(Long::valueOf).toList());
		// Equal Shares with 1000 EUR over 6 voters: the 4 fund park and benches (550), the 2 the lights (350)
		assertThat(funded).containsExactlyInAnyOrder(park, benches, lights);

		// every project says why, in words, and the refused one names its review
		for (JsonNode p : results.get("funded")) {
			assertThat(p.get("explanation").get(0).get("key").asString()).isEqualTo("budgets.why.mes.funded");
			assertThat(p.get("explanation").get(0).get("text").asString()).startsWith("Bought in round").contains("ρ = ");
		}
		JsonNode notFunded = results.get("unfunded").get(0);
		assertThat(notFunded.get("id").asLong()).isEqualTo(pool);
		assertThat(notFunded.get("explanation").get(0).get("text").asString()).contains("The site floods every spring.");
		var spanish = http().get("/budgets/" + budget + "/results?lang=es");
		assertThat(spanish.body()).contains("Comprado en la ronda").contains("<svg class=\"chart\"");

		// the feed has the opening of voting and the results; the inbox tells the voters and the proposers
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("select count(*) from activity where event_key = ?", "budget-voting:" + budget)).isEqualTo(1);
			assertThat(count("select count(*) from activity where event_key = ?", "budget-results:" + budget)).isEqualTo(1);
			assertThat(count("select count(*) from notification where notice_key = ?", "budget-results:" + budget)).isEqualTo(6);
			assertThat(count("select count(*) from notification where member_id = ? and message = 'notice.budget-project-not-feasible'",
					ana.id())).isEqualTo(1);
			assertThat(count("select count(*) from notification where member_id = ? and message = 'notice.budget-project-feasible'",
					ben.id())).isEqualTo(2);
		});
	}

	@Test
	void aBudgetCountsWhatItHoldsAndTellsEachViewerWhatTheyMayDo() {
		Host host = host();
		Caller ana = caller("ana");
		Caller ben = caller("ben");
		long quiet = budget(host);
		long budget = budget(host);
		long anas = propose(budget, ana, "Shade trees in the park", 400);
		long bens = propose(budget, ben, "Lights on the river path", 350);
		String withdraw = "/budget-projects/%d/delete";

		// while proposals are open each proposer may withdraw their own project, staff any
		String anaSees = loggedIn(ana.member()).get("/budgets/" + budget).body();
		assertThat(anaSees).contains(withdraw.formatted(anas)).doesNotContain(withdraw.formatted(bens));
		String staffSees = loggedIn(host.owner().member()).get("/budgets/" + budget).body();
		assertThat(staffSees).contains(withdraw.formatted(anas)).contains(withdraw.formatted(bens));
		assertThat(http().get("/budgets/" + budget).body()).doesNotContain(withdraw.formatted(anas));

		phase(host, budget, "REVIEW");
		feasible(host, anas);
		feasible(host, bens);
		phase(host, budget, "VOTING");
		assertThat(vote(budget, ana, List.of(bens)).status()).isEqualTo(200);
		assertThat(vote(budget, caller("v"), List.of(anas, bens)).status()).isEqualTo(200);

		// the list and the budget give the same counts, each budget its own, and "voted" is the viewer's
		for (Caller viewer : List.of(ana, ben)) {
			JsonNode listed = api("GET", "/api/v1/spaces/" + host.space() + "/budgets", viewer, null).json();
			assertThat(listed).extracting(b -> b.get("id").asLong()).containsExactly(budget, quiet);
			JsonNode one = api("GET", "/api/v1/budgets/" + budget, viewer, null).json();
			for (JsonNode b : List.of(listed.get(0), one)) {
				assertThat(b.get("projectCount").asLong()).isEqualTo(2);
				assertThat(b.get("ballotCount").asLong()).isEqualTo(2);
				assertThat(b.get("voted").asBoolean()).isEqualTo(viewer == ana);
			}
			assertThat(listed.get(1).get("projectCount").asLong()).isZero();
			assertThat(listed.get(1).get("ballotCount").asLong()).isZero();
			assertThat(listed.get(1).get("voted").asBoolean()).isFalse();
		}
		assertThat(http().apiGet("/api/v1/budgets/" + budget, null).json().path("voted").isBoolean()).isFalse();
		// voting has started: nobody may withdraw a project any more
		assertThat(loggedIn(host.owner().member()).get("/budgets/" + budget).body()).doesNotContain(withdraw.formatted(anas))
			.doesNotContain(withdraw.formatted(bens));
	}

	@Test
	void greedyOnAKnapsackBallotRanksByVotesAndSaysWhatDidNotFit() {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 600, 500, 300 }, "ballotType", "KNAPSACK", "rule", "greedy");
		long budget = ids.get(0);
		// A (600): 3 votes, B (500): 2, C (300): 2 — B, declared first, ranks above C
		assertThat(vote(budget, caller("v"), List.of(ids.get(1), ids.get(3))).status()).isEqualTo(200);
		assertThat(vote(budget, caller("v"), List.of(ids.get(1))).status()).isEqualTo(200);
		assertThat(vote(budget, caller("v"), List.of(ids.get(1))).status()).isEqualTo(200);
		assertThat(vote(budget, caller("v"), List.of(ids.get(2), ids.get(3))).status()).isEqualTo(200);
		assertThat(vote(budget, caller("v"), List.of(ids.get(2))).status()).isEqualTo(200);
		phase(host, budget, "RESULTS");
		JsonNode results = results(budget);
		assertThat(results.get("funded")).extracting(p -> p.get("id").asLong()).containsExactlyInAnyOrder(ids.get(1), ids.get(3));
		assertThat(results.get("spent").decimalValue()).isEqualByComparingTo("900");
		JsonNode skipped = results.get("unfunded").get(0);
		assertThat(skipped.get("id").asLong()).isEqualTo(ids.get(2));
		assertThat(skipped.get("explanation").get(0).get("text").asString())
			.isEqualTo("Ranked 2 with 2 votes; it costs 500 but only 400 was left, so it did not fit and was skipped.");
		var page = http().get("/budgets/" + budget + "/results");
		assertThat(page.body()).contains("chart-bar c0").contains("did not fit");
	}

	@Test
	void datesMoveABudgetOnAndNoBallotCountsAfterVotingEnds() {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 100, 200 });
		long budget = ids.get(0);
		Caller early = caller("early");
		assertThat(vote(budget, early, List.of(ids.get(1))).status()).isEqualTo(200);
		jdbc.sql("update budget set voting_end = now() - interval '1 second' where id = ?").param(budget).update();

		// the end date alone closes voting, before anything moves the phase
		assertProblem(vote(budget, caller("late"), List.of(ids.get(2))), 409);
		assertThat(ballots(budget)).isEqualTo(1);

		assertThat(budgets.due(Instant.now())).contains(budget);
		assertThat(budgets.catchUp(budget, Instant.now())).isTrue();
		assertThat(http().apiGet("/api/v1/budgets/" + budget, null).json().get("phase").asString()).isEqualTo("RESULTS");
		JsonNode results = results(budget);
		assertThat(results.get("voters").asInt()).isEqualTo(1);
		assertThat(results.get("funded")).filteredOn(p -> p.get("id").asLong() == ids.get(1))
			.singleElement()
			.satisfies(p -> assertThat(p.get("votes").asInt()).isEqualTo(1));
		assertThat(results.get("funded")).filteredOn(p -> p.get("id").asLong() == ids.get(2))
			.singleElement()
			.satisfies(p -> assertThat(p.get("votes").asInt()).isZero());
		assertThat(budgets.catchUp(budget, Instant.now())).isFalse();
	}
}
