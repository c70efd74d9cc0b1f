package org.cocreate.budgets.allocation;

import java.util.Optional;

/** How voters expressed their preferences; the pabulib {@code vote_type} values. */
public enum BallotType {

	/** A set of approved projects. */
	APPROVAL("approval"),

	/** Exactly one approved project: approval voting with a ballot of one. */
	CHOOSE_1("choose-1"),

	/** A ranking of some projects, most preferred first; scored by Borda points. */
	ORDINAL("ordinal"),

	/** Points spread over projects, projects not listed get none. */
	CUMULATIVE("cumulative"),

	/** A score per listed project; unlisted projects get the META {@code default_score}. */
	SCORING("scoring");

	private final String pabulibName;

	BallotType(String pabulibName) {
		this.pabulibName = pabulibName;
	}

	public String pabulibName() {
		return this.pabulibName;
	}

	/** Whether a ballot is a plain set of approved projects. */
	public boolean isApproval() {
		return this == APPROVAL || this == CHOOSE_1;
	}

	public static Optional<BallotType> fromPabulib(String voteType) {
		for (BallotType type : values()) {
			if (type.pabulibName.equals(voteType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
