package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A budget as stored: its settings, its phase and dates, and (once in RESULTS) the outcome's
 * totals — {@code resultsStale} when moderators voided ballots after it was computed. It guards
 * its own transitions: only forward, one phase at a time.
 */
record Budget(long id, long spaceId, String name, String description, BigDecimal amount, String currency, String rule,
		Utility utility, @Nullable BigDecimal minScore, BallotKind ballotType, @Nullable Integer minCount,
		@Nullable Integer maxCount, @Nullable Integer maxPointsPerProject, @Nullable Integer maxPointsTotal,
		BudgetPhase phase, @Nullable Instant proposalsEnd, @Nullable Instant reviewEnd, @Nullable Instant votingEnd,
		Instant phaseChangedAt, boolean imported, @Nullable List<String> pbMetaKeys, @Nullable List<String> pbMetaValues,
		@Nullable List<String> pbProjectColumns, @Nullable List<String> pbVoteColumns, @Nullable String resultRule,
		@Nullable BigDecimal resultTotal, @Nullable Integer resultVoters, @Nullable List<String> resultNotes,
		@Nullable Instant resultsAt, boolean resultsStale, long createdBy, Instant createdAt) {

	/** When the current phase ends on its own, if it has a date. */
	@Nullable Instant currentEnd() {
		return switch (phase) {
			case PROPOSALS -> proposalsEnd;
			case REVIEW -> reviewEnd;
			case VOTING -> votingEnd;
			case RESULTS -> null;
		};
	}

	/** The phase its dates say it should be in by {@code now}: never behind the stored one. */
	BudgetPhase phaseByDates(Instant now) {
		BudgetPhase p = phase;
		while (p != BudgetPhase.RESULTS) {
			Instant end = switch (p) {
				case PROPOSALS -> proposalsEnd;
				case REVIEW -> reviewEnd;
				case VOTING -> votingEnd;
				case RESULTS -> null;
			};
			if (end == null || now.isBefore(end)) {
				break;
			}
			p = p.next().orElseThrow();
		}
		return p;
	}

	/** Whether members may cast or change a ballot at {@code now}. */
	boolean votingOpen(Instant now) {
		return phase == BudgetPhase.VOTING && (votingEnd == null || now.isBefore(votingEnd));
	}

	/** Whether projects may still be proposed by members at {@code now}. */
	boolean proposalsOpen(Instant now) {
		return phase == BudgetPhase.PROPOSALS && (proposalsEnd == null || now.isBefore(proposalsEnd));
	}

	/** Refuses anything but the next phase. */
	BudgetPhase requireNext(@Nullable BudgetPhase target) {
		Optional<BudgetPhase> next = phase.next();
		if (next.isEmpty()) {
			throw DomainException.conflict("error.budget.phase-final");
		}
		if (target != null && target != next.get()) {
			throw DomainException.conflict("error.budget.phase-transition", phase.name(), target.name());
		}
		return next.get();
	}

	String path() {
		return "/budgets/" + id;
	}
}
