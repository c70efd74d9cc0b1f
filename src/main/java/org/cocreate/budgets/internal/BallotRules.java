package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;

/**
 * What makes a ballot valid for a budget: only projects on the ballot (the feasible ones), each
 * once; approval between the minimum and maximum number of projects; knapsack within the budget;
 * cumulative points of at least 0, at most the maximum per project and in all, and at least one.
 */
final class BallotRules {

	/** A valid ballot as stored: projects in order, with points for cumulative ballots. */
	record Checked(List<Long> projectIds, @Nullable List<BigDecimal> points) {
	}

	private BallotRules() {
	}

	/**
	 * Checks the ballot against the budget's rules.
	 * @param onBallot the cost of every project on the ballot, by id
	 * @throws InvalidCommand naming the field ({@code projects} or {@code points}) and the rule broken
	 */
	static Checked check(Budget budget, Map<Long, BigDecimal> onBallot, BallotChoice choice) {
		return budget.ballotType() == BallotKind.CUMULATIVE ? points(budget, onBallot, choice.points())
				: ticks(budget, onBallot, choice.projects());
	}

	private static Checked ticks(Budget budget, Map<Long, BigDecimal> onBallot, @Nullable List<Long> projects) {
		List<Long> ticked = projects == null ? List.of() : projects.stream().filter(Objects::nonNull).toList();
		var errors = Errors.none();
		requireKnown(errors, "projects", ticked, onBallot);
		if (new HashSet<>(ticked).size() != ticked.size()) {
			errors.reject("projects", "error.ballot.duplicate");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		int count = ticked.size();
		if (budget.ballotType() == BallotKind.KNAPSACK) {
			BigDecimal total = ticked.stream().map(onBallot::get).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (count == 0) {
				errors.reject("projects", "error.ballot.empty");
			}
			else if (total.compareTo(budget.amount()) > 0) {
				errors.reject("projects", "error.ballot.over-budget", total.toPlainString(),
						budget.amount().toPlainString() + " " + budget.currency());
			}
		}
		else {
			int min = budget.minCount() == null ? 1 : budget.minCount();
			if (count < min) {
				errors.reject("projects", min == 1 ? "error.ballot.empty" : "error.ballot.too-few", min);
			}
			if (budget.maxCount() != null && count > budget.maxCount()) {
				errors.reject("projects", "error.ballot.too-many", budget.maxCount());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return new Checked(sorted(ticked), null);
	}

	private static Checked points(Budget budget, Map<Long, BigDecimal> onBallot, @Nullable Map<Long, Integer> given) {
		var errors = Errors.none();
		Map<Long, Integer> points = new TreeMap<>();
		if (given != null) {
			given.forEach((project, p) -> {
				if (project != null && p != null) {
					points.put(project, p);
				}
			});
		}
		requireKnown(errors, "points", List.copyOf(points.keySet()), onBallot);
		if (points.values().stream().anyMatch(p -> p < 0)) {
			errors.reject("points", "error.ballot.points-negative");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		points.values().removeIf(p -> p == 0);
		int perProject = budget.maxPointsPerProject() == null ? Integer.MAX_VALUE : budget.maxPointsPerProject();
		int maxTotal = budget.maxPointsTotal() == null ? Integer.MAX_VALUE : budget.maxPointsTotal();
		long total = points.values().stream().mapToLong(Integer::longValue).sum();
		if (points.isEmpty()) {
			errors.reject("points", "error.ballot.empty");
		}
		if (points.values().stream().anyMatch(p -> p > perProject)) {
			errors.reject("points", "error.ballot.points-per-project", perProject);
		}
		if (total > maxTotal) {
			errors.reject("points", "error.ballot.points-total", total, maxTotal);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		var ordered = new LinkedHashMap<>(points);
		return new Checked(List.copyOf(ordered.keySet()),
				ordered.values().stream().map(BigDecimal::valueOf).toList());
	}

	private static void requireKnown(Errors errors, String field, List<Long> projects, Map<Long, BigDecimal> onBallot) {
		Set<Long> unknown = new java.util.TreeSet<>();
		for (Long p : projects) {
			if (!onBallot.containsKey(p)) {
				unknown.add(p);
			}
		}
		if (!unknown.isEmpty()) {
			errors.reject(field, "error.ballot.not-on-ballot", String.join(", ", unknown.stream().map(String::valueOf).toList()));
		}
	}

	private static List<Long> sorted(List<Long> ids) {
		var copy = new ArrayList<>(ids);
		copy.sort(null);
		return List.copyOf(copy);
	}
}
