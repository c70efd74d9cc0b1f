package org.cocreate.budgets.internal;

import java.util.Locale;
import java.util.Optional;
import org.cocreate.budgets.allocation.BallotType;

/**
 * The ballot a budget asks for. Members can vote with the first three; ordinal and scoring
 * ballots only come with imported pabulib elections, whose outcome is computed as recorded.
 */
public enum BallotKind {

	/** Tick projects, between a minimum and a maximum number. */
	APPROVAL("approval"),

	/** Tick projects whose costs together fit in the budget. */
	KNAPSACK("approval"),

	/** Spread points over projects, at most so many per project and in all. */
	CUMULATIVE("cumulative"),

	/** A ranking (imported only). */
	ORDINAL("ordinal"),

	/** A score per project (imported only). */
	SCORING("scoring");

	private final String voteType;

	BallotKind(String voteType) {
		this.voteType = voteType;
	}

	/** The pabulib {@code vote_type} these ballots are written as. */
	public String voteType() {
		return voteType;
	}

	/** Whether members can vote with it in Cocreate. */
	public boolean votable() {
		return this == APPROVAL || this == KNAPSACK || this == CUMULATIVE;
	}

	/** Whether a ballot carries points rather than a set of ticks. */
	public boolean withPoints() {
		return this == CUMULATIVE || this == SCORING;
	}

	public String messageKey() {
		return "budgets.ballot-type." + name().toLowerCase(Locale.ROOT);
	}

	/** The kind for a pabulib vote type; {@code knapsack} when the file declares a cost limit. */
	static Optional<BallotKind> ofVoteType(String voteType, boolean costLimit) {
		return BallotType.fromPabulib(voteType).map(type -> switch (type) {
			case APPROVAL, CHOOSE_1 -> costLimit ? KNAPSACK : APPROVAL;
			case CUMULATIVE -> CUMULATIVE;
			case ORDINAL -> ORDINAL;
			case SCORING -> SCORING;
		});
	}

	public static Optional<BallotKind> parse(String name) {
		for (BallotKind kind : values()) {
			if (kind.name().equalsIgnoreCase(name.strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
