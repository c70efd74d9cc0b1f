package org.cocreate.ideas.internal;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The count of supports can never drift from the rows: 200 simultaneous PUTs by one member count
 * once, by 200 members count 200, and a merge racing supports loses none of them.
 */
@PostgresTest
class SupportConcurrencyIT extends IdeasApiTestBase {

	@Test
	void twoHundredConcurrentSupportsByOneMemberCountOnce() throws Exception {
		Board board = board();
		long idea = postIdea(board, member(), "One member, many clicks " + unique(""));
		Caller fan = member();

		List<Integer> statuses = all(IntStream.range(0, 200)
			.mapToObj(i -> (Callable<Integer>) () -> send("PUT", "/api/v1/ideas/" + idea + "/support", fan, null).statusCode())
			.toList());

		assertThat(statuses).containsOnly(204);
		assertThat(idea(idea).get("supportCount").asInt()).isEqualTo(1);
		assertThat(supportRows(idea)).isEqualTo(1);
	}

	@Test
	void twoHundredConcurrentSupportsByTwoHundredMembersCountTwoHundred() throws Exception {
		Board board = board();
		long idea = postIdea(board, member(), "Everyone at once " + unique(""));
		List<Caller> fans = members(200);

		List<Integer> statuses = all(fans.stream()
			.map(fan -> (Callable<Integer>) () -> send("PUT", "/api/v1/ideas/" + idea + "/support", fan, null).statusCode())
			.toList());

		assertThat(statuses).containsOnly(204);
		assertThat(idea(idea).get("supportCount").asInt()).isEqualTo(200);
		assertThat(supportRows(idea)).isEqualTo(200);
	}

	@Test
	void aMergeRacingSupportsLosesNone() throws Exception {
		Board board = board();
		long duplicate = postIdea(board, member(), "Longer opening hours " + unique(""));
		long target = postIdea(board, member(), "Open the library later " + unique(""));
		List<Caller> early = members(20);
		// ten support both ideas before the merge: they must count once afterwards
		for (int i = 0; i < early.size(); i++) {
			Caller c = early.get(i);
			assertThat(send("PUT", "/api/v1/ideas/" + duplicate + "/support", c, null).statusCode()).isEqualTo(204);
			if (i < 10) {
				assertThat(send("PUT", "/api/v1/ideas/" + target + "/support", c, null).statusCode()).isEqualTo(204);
			}
		}
		List<Caller> racing = members(80);
		var tasks = new ArrayList<Callable<Object[]>>();
		for (int i = 0; i < racing.size(); i++) {
			Caller c = racing.get(i);
			long onto = i % 2 == 0 ? duplicate : target;
			tasks.add(() -> new Object[] { c, onto, send("PUT", "/api/v1/ideas/" + onto + "/support", c, null).statusCode() });
		}
		tasks.add(40, () -> new Object[] { board.owner(), -1L, send("POST", "/api/v1/ideas/" + duplicate + "/merge", board.owner(),
				"{\"into\": " + target + ", \"response\": \"Same wish as the library idea; counting them together.\"}")
			.statusCode() });

		List<Object[]> results = all(tasks);

		Set<Long> expected = new HashSet<>();
		early.forEach(c -> expected.add(c.id()));
		for (Object[] r : results) {
			if ((long) r[1] == -1L) {
				assertThat((int) r[2]).as("merge").isEqualTo(200);
				continue;
			}
			int status = (int) r[2];
			// a support on the duplicate that arrived after the merge is refused with a clear 409, never silently dropped
			assertThat(status).isIn(204, 409);
			if (status == 409) {
				assertThat((long) r[1]).isEqualTo(duplicate);
			}
			else {
				expected.add(((Caller) r[0]).id());
			}
		}
		Set<Long> supporters = new HashSet<>(jdbc.sql("select member_id from idea_support where idea_id = ?")
			.param(target)
			.query(Long.class)
			.list());
		assertThat(supporters).isEqualTo(expected);
		assertThat(idea(target).get("supportCount").asInt()).isEqualTo(expected.size());
		assertThat(supportRows(duplicate)).isZero();
		assertThat(idea(duplicate).get("status").asString()).isEqualTo("MERGED");
		assertThat(idea(duplicate).get("mergedInto").asLong()).isEqualTo(target);
	}

	private List<Caller> members(int n) throws Exception {
		return all(IntStream.range(0, n).mapToObj(i -> (Callable<Caller>) this::member).toList(), 4);
	}

	private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
		return all(tasks, tasks.size());
	}

	/** Runs the tasks at once (released together by a latch) and returns their results in order. */
	private static <T> List<T> all(List<Callable<T>> tasks, int parallelism) throws Exception {
		var start = new CountDownLatch(1);
		try (ExecutorService pool = parallelism >= tasks.size() ? Executors.newVirtualThreadPerTaskExecutor()
				: Executors.newFixedThreadPool(parallelism)) {
			List<Future<T>> futures = tasks.stream().map(t -> pool.submit(() -> {
				start.await();
				return t.call();
			})).toList();
			start.countDown();
			var results = new ArrayList<T>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
	}
}
