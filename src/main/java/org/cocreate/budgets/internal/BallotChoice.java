package org.cocreate.budgets.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A member's ballot as sent: the ticked projects (approval, knapsack) or the points given to
 * projects (cumulative), by project id.
 */
public record BallotChoice(@Nullable List<Long> projects, @Nullable Map<Long, Integer> points) {

	public static BallotChoice ticks(List<Long> projects) {
		return new BallotChoice(projects, null);
	}

	public static BallotChoice points(Map<Long, Integer> points) {
		return new BallotChoice(null, points);
	}
}
