package org.cocreate.budgets.internal;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One ballot per member, whatever arrives at once: 50 simultaneous ballots from one member leave
 * one row holding one of them, and ballots racing the close of voting are either counted in the
 * outcome or refused — never accepted and then left out.
 */
@PostgresTest
class BallotConcurrencyIT extends BudgetsTestBase {

	@Test
	void fiftyConcurrentBallotsFromOneMemberLeaveExactlyOneRow() throws Exception {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 100, 200, 300 });
		long budget = ids.get(0);
		Caller voter = caller("eager");
		List<List<Long>> sent = new ArrayList<>();
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			List<Long> ballot = List.of(ids.get(1 + i % 3));
			sent.add(ballot);
			tasks.add(() -> vote(budget, voter, ballot).status());
		}
		assertThat(all(tasks)).containsOnly(200);
		assertThat(ballots(budget)).isEqualTo(1);
		List<Long> stored = jdbc.sql("select unnest(project_ids) from budget_ballot where budget_id = ?")
			.param(budget)
			.query(Long.class)
			.list();
		assertThat(sent).contains(stored);
	}

	@Test
	void ballotsRacingTheCloseOfVotingAreCountedOrRefused() throws Exception {
		Host host = host();
		List<Long> ids = votingBudget(host, new long[] { 100, 200 });
		long budget = ids.get(0);
		List<Caller> voters = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			voters.add(caller("racer"));
		}
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (Caller v : voters) {
			tasks.add(() -> vote(budget, v, List.of(ids.get(1))).status());
		}
		tasks.add(20, () -> api("POST", "/api/v1/budgets/" + budget + "/phase", host.owner(), Map.of("phase", "RESULTS"))
			.status() == 200 ? -1 : 0);
		List<Integer> statuses = all(tasks);
		assertThat(statuses).contains(-1);
		long accepted = statuses.stream().filter(s -> s == 200).count();
		// every ballot was counted or refused as late; how many of each depends on the scheduling
		assertThat(statuses.stream().filter(s -> s != 200 && s != -1).toList()).allMatch(s -> s == 409);
		assertThat(ballots(budget)).isEqualTo(accepted);
		assertThat(results(budget).get("voters").asLong()).isEqualTo(accepted);
	}

	private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(25);
		try {
			List<Future<T>> futures = pool.invokeAll(tasks);
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}
}
