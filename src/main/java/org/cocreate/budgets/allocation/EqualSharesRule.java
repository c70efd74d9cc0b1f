package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Method of Equal Shares (Peters and Skowron), with the completions and the comparison step
 * used in real elections. Definitions are in {@code docs/budgets-rules.md}; in short:
 *
 * <ol>
 * <li>Every voter gets an equal share of the budget. Repeatedly, among the projects whose
 * supporters can still pay for them, buy the one with the lowest price per unit of utility
 * {@code rho}: each supporter pays {@code min(own money, rho * utility)} and the payments add
 * up to the cost exactly. Stop when no project can be paid for. Ties in {@code rho} go to the
 * cheaper project, then to the one with more supporters, then to the one declared first.</li>
 * <li><b>Add1</b>: after the method with the exact share {@code budget / voters}, try the
 * whole-unit shares {@code floor(budget / voters) + 1, + 2, ...} (the virtual budget grows by
 * the number of voters per step) and keep the last outcome whose cost fits the real budget.
 * Optionally stop early at an exhaustive outcome (no further project fits).</li>
 * <li><b>Greedy completion</b> (optional): spend what is left on projects by number of
 * supporters, highest first.</li>
 * <li><b>Comparison step</b> (optional): compute the greedy outcome too; if strictly more voters
 * prefer it (more of their approved projects funded) than prefer the Equal Shares outcome,
 * take the greedy one.</li>
 * </ol>
 *
 * <p>Utilities: approval ballots use {@link Utility#COST} by default (a voter's utility for an
 * approved project is its cost), which is what reproduces the official outcomes of real
 * elections run with this method; {@link Utility#CARDINALITY} (utility 1) is available.
 * Cumulative and scoring ballots use the points as utilities.
 */
public final class EqualSharesRule {

	/** A voter's utility for an approved project. */
	public enum Utility {

		/** The project's cost: the variant used by real elections and equalshares.net. */
		COST,

		/** 1 for every approved project. */
		CARDINALITY
	}

	/**
	 * How to run the method.
	 * @param utility utility model for approval ballots
	 * @param add1 apply the Add1 completion
	 * @param exhaustiveStop during Add1, stop as soon as the outcome is exhaustive
	 * @param greedyCompletion afterwards, fund more projects by score with the money left
	 * @param comparison finish with the comparison step against the greedy outcome
	 * @param maxAdd1Steps at most this many raised endowments; more is reported as an error
	 * (real elections need a few hundred)
	 */
	public record Options(Utility utility, boolean add1, boolean exhaustiveStop, boolean greedyCompletion,
			boolean comparison, int maxAdd1Steps) {

		/** Default bound on Add1 steps. */
		public static final int MAX_ADD1_STEPS = 100_000;

		public Options {
			Objects.requireNonNull(utility);
			if (maxAdd1Steps < 0) {
				throw new IllegalArgumentException("negative maxAdd1Steps");
			}
		}

		/** The plain method ({@code equalshares}). */
		public static Options plain() {
			return new Options(Utility.COST, false, false, false, false, MAX_ADD1_STEPS);
		}

		/** With Add1 ({@code equalshares/add1}). */
		public static Options withAdd1() {
			return new Options(Utility.COST, true, false, false, false, MAX_ADD1_STEPS);
		}

		public Options withUtility(Utility utility) {
			return new Options(utility, this.add1, this.exhaustiveStop, this.greedyCompletion, this.comparison,
					this.maxAdd1Steps);
		}

		public Options withComparison(boolean comparison) {
			return new Options(this.utility, this.add1, this.exhaustiveStop, this.greedyCompletion, comparison,
					this.maxAdd1Steps);
		}

		public Options withGreedyCompletion(boolean greedyCompletion) {
			return new Options(this.utility, this.add1, this.exhaustiveStop, greedyCompletion, this.comparison,
					this.maxAdd1Steps);
		}

		/**
		 * Stop Add1 at the first exhaustive outcome, as pabutools and equalshares.net's
		 * JavaScript snippet do. Off by default: Wieliczka 2023's official outcome is only
		 * reproduced without it.
		 */
		public Options withExhaustiveStop(boolean exhaustiveStop) {
			return new Options(this.utility, this.add1, exhaustiveStop, this.greedyCompletion, this.comparison,
					this.maxAdd1Steps);
		}

		public Options withMaxAdd1Steps(int maxAdd1Steps) {
			return new Options(this.utility, this.add1, this.exhaustiveStop, this.greedyCompletion, this.comparison,
					maxAdd1Steps);
		}
	}

	private EqualSharesRule() {
	}

	public static Outcome run(Election election, Options options) throws UnsupportedElectionException {
		return run(election, options, name(options));
	}

	/** The pabulib name of the variant, e.g. {@code equalshares/add1-comparison}. */
	static String name(Options options) {
		String name = options.add1() ? "equalshares/add1" : "equalshares";
		if (options.greedyCompletion()) {
			name += options.add1() ? "u" : "/greedy";
		}
		return options.comparison() ? name + "-comparison" : name;
	}

	public static Outcome run(Election election, Options options, String ruleName) throws UnsupportedElectionException {
		MesEngine engine = new MesEngine(election, options.utility());
		List<String> notes = new ArrayList<>();
		int voters = election.voterCount();
		if (voters == 0) {
			throw new UnsupportedElectionException("the Method of Equal Shares needs at least one voter");
		}
		Rational endowment = Rational.of(engine.budget, voters);
		MesEngine.Run run = engine.run(endowment, false);
		if (options.add1()) {
			run = add1(engine, run, options, notes);
		}
		notes.add("Equal Shares endowment per voter: " + money(run.endowment.divide(engine.unit)) + " (virtual budget "
				+ money(run.endowment.multiply(voters).divide(engine.unit)) + ")");
		// recompute the final run once more, this time collecting explanations
		MesEngine.Run explained = engine.run(run.endowment, true);
		if (!explained.winners.equals(run.winners)) {
			throw new IllegalStateException("Equal Shares is not deterministic");
		}
		int n = election.projectCount();
		boolean[] funded = new boolean[n];
		for (int p : explained.winners) {
			funded[p] = true;
		}
		Explanation[] why = explained.why;
		if (why == null) {
			throw new IllegalStateException("no explanations");
		}
		if (options.greedyCompletion()) {
			completeGreedily(election, engine, funded, why);
		}
		Outcome outcome = GreedyRule.outcome(election, ruleName, funded, why, notes);
		if (options.comparison()) {
			outcome = compare(election, outcome, ruleName, notes);
		}
		return outcome;
	}

	private static String money(Rational amount) {
		return amount.denominator().equals(BigInteger.ONE) ? amount.toString()
				: amount + " = " + amount.toDecimal(4).toPlainString();
	}

	/**
	 * Add1: from the whole-unit share floor(B/n) + 1, add one currency unit per voter per step
	 * and keep the last outcome that fits the budget.
	 *
	 * <p>The loop also ends when every candidate is funded: the outcome cannot grow any more, and
	 * as it fits, the definition alone would never stop. While the outcome is empty, shares below
	 * the cheapest project's {@code cost / supporters} provably buy nothing either, so they are
	 * skipped. Beyond that, {@code maxAdd1Steps} bounds the work and is reported as an error
	 * rather than silently cut short.
	 */
	private static MesEngine.Run add1(MesEngine engine, MesEngine.Run start, Options options, List<String> notes)
			throws UnsupportedElectionException {
		int voters = engine.election().voterCount();
		long unit = engine.unit;
		long wholeShare = engine.budget / unit / voters; // currency units per voter, rounded down
		MesEngine.Run current = start;
		int steps = 0;
		for (long share = wholeShare + 1;; share++) {
			if (options.exhaustiveStop() && exhaustive(engine, current)) {
				break;
			}
			if (allEligibleFunded(engine, current)) {
				break; // the outcome cannot grow, and it fits: the definition alone would not stop
			}
			if (current.winners.isEmpty()) {
				share = Math.max(share, firstShareThatBuysAnything(engine));
			}
			if (steps == options.maxAdd1Steps()) {
				throw new UnsupportedElectionException("Add1 did not settle within " + options.maxAdd1Steps()
						+ " raised endowments (per-voter share " + share + ")");
			}
			MesEngine.Run next = engine.run(Rational.of(Math.multiplyExact(share, unit)), false);
			steps++;
			if (next.spent > engine.budget) {
				break;
			}
			current = next;
		}
		notes.add("Add1 computed " + steps + " raised endowments");
		return current;
	}

	/**
	 * The smallest whole share with which the supporters of some project can pay for it at the
	 * start: below it, nothing is affordable and the outcome is empty.
	 */
	private static long firstShareThatBuysAnything(MesEngine engine) {
		long best = Long.MAX_VALUE;
		for (int p = 0; p < engine.projects(); p++) {
			if (engine.eligible(p)) {
				// share * unit * supporters >= cost
				long perVoter = engine.unit * engine.supporterCount[p];
				long share = (engine.cost[p] + perVoter - 1) / perVoter;
				best = Math.min(best, share);
			}
		}
		return best;
	}

	private static boolean exhaustive(MesEngine engine, MesEngine.Run run) {
		boolean[] funded = new boolean[engine.projects()];
		for (int p : run.winners) {
			funded[p] = true;
		}
		long left = engine.budget - run.spent;
		for (int p = 0; p < engine.projects(); p++) {
			if (!funded[p] && engine.cost[p] <= left) {
				return false;
			}
		}
		return true;
	}

	private static boolean allEligibleFunded(MesEngine engine, MesEngine.Run run) {
		int eligible = 0;
		for (int p = 0; p < engine.projects(); p++) {
			if (engine.eligible(p)) {
				eligible++;
			}
		}
		return run.winners.size() == eligible;
	}

	/** Fund more projects by score, highest first, while they fit the money left. */
	private static void completeGreedily(Election election, MesEngine engine, boolean[] funded, Explanation[] why) {
		BigDecimal left = election.budget();
		for (int p = 0; p < funded.length; p++) {
			if (funded[p]) {
				left = left.subtract(election.cost(p));
			}
		}
		Integer[] order = GreedyRule.ranking(election, GreedyRule.TieBreak.DECLARATION_ORDER, true);
		for (int r = 0; r < order.length; r++) {
			int p = order[r];
			if (funded[p]) {
				continue;
			}
			if (election.cost(p).compareTo(left) <= 0) {
				funded[p] = true;
				left = left.subtract(election.cost(p));
				why[p] = new Explanation.Completion(r + 1, election.ballotScore(p));
			}
			else {
				why[p] = new Explanation.NotCompleted(why[p]);
			}
		}
	}

	/**
	 * The comparison step of equalshares.net and pabulib: a voter prefers the outcome that
	 * funds more of the projects on their ballot (for points ballots: gives them more points);
	 * the greedy outcome replaces Equal Shares only if strictly more voters prefer it.
	 */
	private static Outcome compare(Election election, Outcome mes, String ruleName, List<String> notes) {
		// the benchmark counts approvals on the ballots, as pabulib's checker does
		Outcome greedy = GreedyRule.run(election, "greedy", false, null, GreedyRule.TieBreak.DECLARATION_ORDER, true);
		boolean[] inMes = new boolean[election.projectCount()];
		boolean[] inGreedy = new boolean[election.projectCount()];
		for (int p = 0; p < election.projectCount(); p++) {
			inMes[p] = mes.isSelected(election.projectId(p));
			inGreedy[p] = greedy.isSelected(election.projectId(p));
		}
		long prefersMes = 0;
		long prefersGreedy = 0;
		boolean approval = election.type().isApproval();
		for (int g = 0; g < election.ballotGroups(); g++) {
			BigDecimal mesSat = BigDecimal.ZERO;
			BigDecimal greedySat = BigDecimal.ZERO;
			int[] ballot = election.ballot(g);
			BigDecimal[] points = election.points(g);
			for (int j = 0; j < ballot.length; j++) {
				BigDecimal value = approval || points == null ? BigDecimal.ONE : points[j];
				if (inMes[ballot[j]]) {
					mesSat = mesSat.add(value);
				}
				if (inGreedy[ballot[j]]) {
					greedySat = greedySat.add(value);
				}
			}
			int c = mesSat.compareTo(greedySat);
			if (c > 0) {
				prefersMes += election.weight(g);
			}
			else if (c < 0) {
				prefersGreedy += election.weight(g);
			}
		}
		List<String> all = new ArrayList<>(notes);
		all.add("comparison step: " + prefersMes + " voters prefer the Equal Shares outcome, " + prefersGreedy
				+ " prefer the greedy outcome");
		if (prefersGreedy > prefersMes) {
			all.add("comparison step: the greedy outcome is taken");
			return new Outcome(ruleName, greedy.selected(), greedy.explanations(), greedy.totalCost(), all);
		}
		return new Outcome(ruleName, mes.selected(), mes.explanations(), mes.totalCost(), all);
	}
}
