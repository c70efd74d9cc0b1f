package org.cocreate.budgets.internal;

import java.util.Locale;
import java.util.Optional;

/** Where a budget stands. It only moves forward, one phase at a time. */
public enum BudgetPhase {

	/** Members propose projects with a cost; staff may promote ideas to projects. */
	PROPOSALS,

	/** Staff review each project: feasible or not, with a public reason. */
	REVIEW,

	/** Members vote on the feasible projects, one ballot each, changeable until the phase ends. */
	VOTING,

	/** The outcome, computed once on entering the phase, with the reason for every project. */
	RESULTS;

	public Optional<BudgetPhase> next() {
		return this == RESULTS ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	public String messageKey() {
		return "budgets.phase." + name().toLowerCase(Locale.ROOT);
	}

	/** The phase named, case-insensitively, or empty. */
	public static Optional<BudgetPhase> parse(String name) {
		for (BudgetPhase phase : values()) {
			if (phase.name().equalsIgnoreCase(name.strip())) {
				return Optional.of(phase);
			}
		}
		return Optional.empty();
	}
}
