package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The greedy rules most cities use: rank the projects by score, highest first, and go down the
 * ranking funding each project that still fits the money left.
 *
 * <ul>
 * <li>{@link Variant#GREEDY} ({@code greedy}) skips a project that does not fit and goes on.</li>
 * <li>{@link Variant#NO_SKIP} ({@code greedy-no-skip}) stops at the first project that does not
 * fit.</li>
 * <li>{@link Variant#THRESHOLD} ({@code greedy-threshold}) is {@code greedy} restricted to
 * projects whose score is at least the election's {@code min_project_score_threshold}.</li>
 * </ul>
 *
 * <p>Whenever the election carries a {@code min_project_score_threshold}, all three variants
 * treat projects scoring below it as not eligible (pabulib's Gdynia files, for instance, pair
 * {@code greedy-no-skip} with a threshold). A cost of exactly 999999999 is pabulib's marker for
 * a project withdrawn after the vote: it is never funded and does not stop
 * {@code greedy-no-skip}.
 *
 * <p>Ties in score are broken by {@link TieBreak}: by default the project declared first wins
 * (in pabulib files the PROJECTS section lists projects in the official ranking, and pabulib's
 * own checker breaks ties the same way).
 */
public final class GreedyRule {

	/** The pabulib sentinel cost of a withdrawn project. */
	static final BigDecimal WITHDRAWN_COST = BigDecimal.valueOf(999_999_999L);

	public enum Variant {

		GREEDY("greedy"), NO_SKIP("greedy-no-skip"), THRESHOLD("greedy-threshold");

		private final String ruleName;

		Variant(String ruleName) {
			this.ruleName = ruleName;
		}

		public String ruleName() {
			return this.ruleName;
		}
	}

	/** Order among projects of equal score. */
	public enum TieBreak {

		/** The project declared earlier first. */
		DECLARATION_ORDER,

		/** The cheaper project first, then declaration order. */
		LOWER_COST
	}

	private GreedyRule() {
	}

	public static Outcome run(Election election, Variant variant) throws UnsupportedElectionException {
		return run(election, variant, TieBreak.DECLARATION_ORDER);
	}

	public static Outcome run(Election election, Variant variant, TieBreak tieBreak) throws UnsupportedElectionException {
		BigDecimal threshold = election.threshold();
		if (variant == Variant.THRESHOLD && threshold == null) {
			throw new UnsupportedElectionException(
					"rule greedy-threshold needs the META key min_project_score_threshold, which this election lacks");
		}
		return run(election, variant.ruleName(), variant == Variant.NO_SKIP, threshold, tieBreak);
	}

	/** The ranking: project indices by score, highest first, ties as {@code tieBreak} says. */
	static Integer[] ranking(Election election, TieBreak tieBreak) {
		return ranking(election, tieBreak, false);
	}

	/** As {@link #ranking(Election, TieBreak)}, by ballot counts if {@code byBallots}. */
	static Integer[] ranking(Election election, TieBreak tieBreak, boolean byBallots) {
		int n = election.projectCount();
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Comparator<Integer> byScore = byBallots ? (a, b) -> election.ballotScore(b).compareTo(election.ballotScore(a))
				: (a, b) -> election.score(b).compareTo(election.score(a));
		if (tieBreak == TieBreak.LOWER_COST) {
			byScore = byScore.thenComparing((a, b) -> election.cost(a).compareTo(election.cost(b)));
		}
		Arrays.sort(order, byScore.thenComparing(Comparator.naturalOrder()));
		return order;
	}

	static Outcome run(Election election, String ruleName, boolean stopAtFirstMiss, @Nullable BigDecimal threshold,
			TieBreak tieBreak) {
		return run(election, ruleName, stopAtFirstMiss, threshold, tieBreak, false);
	}

	/**
	 * The greedy rule; {@code byBallots} ranks by the ballots even when the election records
	 * its own tallies (the benchmark of Equal Shares' comparison step does).
	 */
	static Outcome run(Election election, String ruleName, boolean stopAtFirstMiss, @Nullable BigDecimal threshold,
			TieBreak tieBreak, boolean byBallots) {
		int n = election.projectCount();
		Integer[] order = ranking(election, tieBreak, byBallots);
		Explanation[] why = new Explanation[n];
		boolean[] funded = new boolean[n];
		BigDecimal left = election.budget();
		boolean stopped = false;
		for (int r = 0; r < n; r++) {
			int p = order[r];
			BigDecimal cost = election.cost(p);
			BigDecimal score = byBallots ? election.ballotScore(p) : election.score(p);
			Explanation.GreedyStatus status;
			BigDecimal before = left;
			if (threshold != null && score.compareTo(threshold) < 0) {
				status = Explanation.GreedyStatus.BELOW_THRESHOLD;
			}
			else if (cost.compareTo(WITHDRAWN_COST) == 0) {
				status = Explanation.GreedyStatus.WITHDRAWN;
			}
			else if (stopped) {
				status = Explanation.GreedyStatus.NOT_REACHED;
			}
			else if (cost.compareTo(left) <= 0) {
				status = Explanation.GreedyStatus.FUNDED;
				funded[p] = true;
				left = left.subtract(cost);
			}
			else if (stopAtFirstMiss) {
				status = Explanation.GreedyStatus.STOPPED_HERE;
				stopped = true;
			}
			else {
				status = Explanation.GreedyStatus.DID_NOT_FIT;
			}
			why[p] = new Explanation.Greedy(r + 1, score, cost, before, status);
		}
		List<String> notes = new ArrayList<>();
		String source = byBallots ? "the ballots" : election.scoreSource();
		notes.add("scores from " + source);
		if (!byBallots && election.scoreDisagreements() > 0) {
			int differ = election.scoreDisagreements();
			notes.add("the ballots add up to a different score for " + differ + (differ == 1 ? " project" : " projects")
					+ "; the recorded tally was used");
		}
		return outcome(election, ruleName, funded, why, notes);
	}

	static Outcome outcome(Election election, String ruleName, boolean[] funded, Explanation[] why, List<String> notes) {
		List<String> selected = new ArrayList<>();
		Map<String, Explanation> explanations = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int p = 0; p < election.projectCount(); p++) {
			String id = election.projectId(p);
			if (funded[p]) {
				selected.add(id);
				total = total.add(election.cost(p));
			}
			explanations.put(id, why[p]);
		}
		return new Outcome(ruleName, selected, explanations, total, notes);
	}
}
