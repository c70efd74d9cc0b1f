package org.cocreate.budgets.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.cocreate.budgets.allocation.EqualSharesRule.Options;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.junit.jupiter.api.Test;

/**
 * Checks the optimised engine against a literal, voter-by-voter transcription of the Method of
 * Equal Shares on thousands of small random elections, ties included (small integers make them
 * frequent). The reference keeps one exact budget per voter and sorts supporters by
 * budget/utility, exactly as the method is usually written down.
 */
class EqualSharesReferenceTest {

	private static final int CASES = 1500;

	/** One random election in plain arrays, and its {@link Election}. */
	private record Case(long[] cost, long budget, int[][] ballots, long[][] points, Election election) {
	}

	private static Case randomCase(Random random, BallotType type) {
		int m = 1 + random.nextInt(7);
		int n = 1 + random.nextInt(10);
		long[] cost = new long[m];
		for (int p = 0; p < m; p++) {
			cost[p] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(12);
		}
		long budget = random.nextInt(41);
		Election.Builder builder = Election.builder(type, BigDecimal.valueOf(budget));
		for (int p = 0; p < m; p++) {
			builder.project("p" + p, cost[p]);
		}
		int[][] ballots = new int[n][];
		long[][] points = new long[n][];
		for (int i = 0; i < n; i++) {
			List<Integer> listed = new ArrayList<>();
			for (int p = 0; p < m; p++) {
				if (random.nextInt(5) < 2) {
					listed.add(p);
				}
			}
			ballots[i] = listed.stream().mapToInt(Integer::intValue).toArray();
			points[i] = new long[ballots[i].length];
			List<String> ids = listed.stream().map(p -> "p" + p).toList();
			if (type == BallotType.CUMULATIVE) {
				List<BigDecimal> pts = new ArrayList<>();
				for (int j = 0; j < points[i].length; j++) {
					points[i][j] = random.nextInt(4);
					pts.add(BigDecimal.valueOf(points[i][j]));
				}
				builder.ballot(ids, pts);
			}
			else {
				builder.ballot(ids);
			}
		}
		return new Case(cost, budget, ballots, points, builder.build());
	}

	/** Utility of each voter for each project, as the method would see it. */
	private static long[][] utilities(Case c, BallotType type, Utility utility) {
		long[][] u = new long[c.ballots().length][c.cost().length];
		for (int i = 0; i < c.ballots().length; i++) {
			for (int j = 0; j < c.ballots()[i].length; j++) {
				int p = c.ballots()[i][j];
				if (type == BallotType.CUMULATIVE) {
					u[i][p] = c.points()[i][j];
				}
				else {
					u[i][p] = utility == Utility.COST ? c.cost()[p] : 1;
				}
			}
		}
		return u;
	}

	/** The funded projects in order, with their rho, straight from the definition. */
	static Map<Integer, Rational> reference(long[] cost, long[][] u, Rational endowment) {
		int n = u.length;
		int m = cost.length;
		Rational[] money = new Rational[n];
		java.util.Arrays.fill(money, endowment);
		boolean[] remaining = new boolean[m];
		int[] supporters = new int[m];
		for (int p = 0; p < m; p++) {
			for (long[] voter : u) {
				if (voter[p] > 0) {
					supporters[p]++;
				}
			}
			remaining[p] = cost[p] > 0 && supporters[p] > 0;
		}
		Map<Integer, Rational> funded = new java.util.LinkedHashMap<>();
		while (true) {
			int best = -1;
			Rational bestRho = null;
			for (int p = 0; p < m; p++) {
				if (!remaining[p]) {
					continue;
				}
				List<Integer> payers = new ArrayList<>();
				Rational total = Rational.ZERO;
				long utility = 0;
				for (int i = 0; i < n; i++) {
					if (u[i][p] > 0) {
						payers.add(i);
						total = total.add(money[i]);
						utility += u[i][p];
					}
				}
				Rational price = Rational.of(cost[p]);
				if (total.compareTo(price) < 0) {
					remaining[p] = false;
					continue;
				}
				int project = p;
				payers.sort(Comparator.comparing(i -> money[i].divide(u[i][project])));
				Rational paid = Rational.ZERO;
				Rational rho = null;
				for (int i : payers) {
					Rational r = price.subtract(paid).divide(utility);
					if (r.multiply(u[i][p]).compareTo(money[i]) <= 0) {
						rho = r;
						break;
					}
					paid = paid.add(money[i]);
					utility -= u[i][p];
				}
				if (rho == null) {
					throw new AssertionError("affordable but no price");
				}
				boolean better = best < 0 || rho.compareTo(bestRho) < 0;
				if (!better && rho.compareTo(bestRho) == 0) {
					better = cost[p] < cost[best] || (cost[p] == cost[best] && supporters[p] > supporters[best]);
				}
				if (better) {
					best = p;
					bestRho = rho;
				}
			}
			if (best < 0) {
				return funded;
			}
			for (int i = 0; i < n; i++) {
				if (u[i][best] > 0) {
					money[i] = money[i].subtract(money[i].min(bestRho.multiply(u[i][best])));
				}
			}
			remaining[best] = false;
			funded.put(best, bestRho);
		}
	}

	/** Reference Add1: from floor(B/n) + 1 per voter, keep the last outcome that fits. */
	static Map<Integer, Rational> referenceAdd1(long[] cost, long[][] u, long budget) {
		int n = u.length;
		Map<Integer, Rational> outcome = reference(cost, u, Rational.of(budget, n));
		int eligible = 0;
		for (int p = 0; p < cost.length; p++) {
			boolean supported = false;
			for (long[] voter : u) {
				supported |= voter[p] > 0;
			}
			if (cost[p] > 0 && supported) {
				eligible++;
			}
		}
		for (long share = budget / n + 1; outcome.size() < eligible; share++) {
			Map<Integer, Rational> next = reference(cost, u, Rational.of(share));
			long spent = next.keySet().stream().mapToLong(p -> cost[p]).sum();
			if (spent > budget) {
				break;
			}
			outcome = next;
		}
		return outcome;
	}

	/** The engine's funded projects in round order, with their rho. */
	private static Map<Integer, Rational> engine(Election election, Options options) throws Exception {
		Outcome outcome = EqualSharesRule.run(election, options);
		TreeMap<Integer, Integer> byRound = new TreeMap<>();
		Map<Integer, Rational> rho = new java.util.HashMap<>();
		for (int p = 0; p < election.projectCount(); p++) {
			if (outcome.explanation(election.projectId(p)) instanceof Explanation.Funded f) {
				assertThat(byRound.put(f.round(), p)).as("two projects in round %d", f.round()).isNull();
				rho.put(p, f.rho());
			}
		}
		Map<Integer, Rational> ordered = new java.util.LinkedHashMap<>();
		byRound.values().forEach(p -> ordered.put(p, rho.get(p)));
		assertThat(ordered.keySet()).containsExactlyInAnyOrderElementsOf(
				outcome.selected().stream().map(id -> Integer.parseInt(id.substring(1))).toList());
		return ordered;
	}

	private static void compare(BallotType type, Utility utility, boolean add1, long seed) throws Exception {
		Random random = new Random(seed);
		for (int k = 0; k < CASES; k++) {
			Case c = randomCase(random, type);
			if (c.election().voterCount() == 0) {
				continue;
			}
			long[][] u = utilities(c, type, utility);
			Map<Integer, Rational> expected = add1 ? referenceAdd1(c.cost(), u, c.budget())
					: reference(c.cost(), u, Rational.of(c.budget(), c.ballots().length));
			Options options = (add1 ? Options.withAdd1() : Options.plain()).withUtility(utility);
			Map<Integer, Rational> actual = engine(c.election(), options);
			assertThat(List.copyOf(actual.entrySet())).as("case %d of seed %d", k, seed)
				.isEqualTo(List.copyOf(expected.entrySet()));
		}
	}

	@Test
	void approvalWithCostUtilities() throws Exception {
		compare(BallotType.APPROVAL, Utility.COST, false, 1);
	}

	@Test
	void approvalWithCardinalUtilities() throws Exception {
		compare(BallotType.APPROVAL, Utility.CARDINALITY, false, 2);
	}

	@Test
	void cumulativePoints() throws Exception {
		compare(BallotType.CUMULATIVE, Utility.COST, false, 3);
	}

	@Test
	void add1WithCostUtilities() throws Exception {
		compare(BallotType.APPROVAL, Utility.COST, true, 4);
	}

	@Test
	void add1WithCardinalUtilities() throws Exception {
		compare(BallotType.APPROVAL, Utility.CARDINALITY, true, 5);
	}

	@Test
	void add1WithPoints() throws Exception {
		compare(BallotType.CUMULATIVE, Utility.COST, true, 6);
	}
}
