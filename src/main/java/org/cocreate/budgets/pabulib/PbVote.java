package org.cocreate.budgets.pabulib;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One row of the VOTES section.
 *
 * @param voterId the {@code voter_id}
 * @param projectIds the {@code vote} list in the order written (for ordinal ballots: most
 * preferred first); every id is a project of the instance and appears once
 * @param points the {@code points} list, one per project id, or {@code null} when the row has
 * none
 * @param values every field of the row as written, in the order of
 * {@link PbInstance#voteColumns()}
 */
public record PbVote(String voterId, List<String> projectIds, @Nullable List<BigDecimal> points, List<String> values) {

	public PbVote {
		Objects.requireNonNull(voterId, "voterId");
		projectIds = List.copyOf(projectIds);
		points = points == null ? null : List.copyOf(points);
		values = List.copyOf(values);
	}
}
