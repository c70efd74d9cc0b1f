package org.cocreate.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader who opens a budget's results before they exist — an early link, a bookmark, the
 * address typed by hand — is told that results come after voting, not shown an error page; once
 * published, the same address shows them.
 */
class ResultsBeforeVotingIT extends BudgetsTestBase {

	@Test
	void anOpenBudgetsResultsPageSaysTheyComeAfterVoting() {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 300, 400 });
		long budget = ids.getFirst();

		for (var reader : List.of(http(), loggedIn(caller("reader").member()))) {
			var early = reader.get("/budgets/" + budget + "/results");
			assertThat(early.status()).as("%s", early).isEqualTo(200);
			assertThat(early.body()).contains(message("budgets.results.later.back"))
				.contains("href=\"/budgets/" + budget + "\"")
				.doesNotContain(message("error.budget.no-results-yet"));
		}

		vote(budget, caller("voter"), List.of(ids.get(1)));
		phase(host, budget, "RESULTS");
		var published = http().get("/budgets/" + budget + "/results");
		assertThat(published.status()).as("%s", published).isEqualTo(200);
		assertThat(published.body()).contains("Project A").doesNotContain(message("budgets.results.later.back"));
	}

	@Test
	void aBudgetNobodyMaySeeStaysNotFound() {
		var page = http().get("/budgets/987654321/results");
		assertThat(page.status()).isEqualTo(404);
	}
}
