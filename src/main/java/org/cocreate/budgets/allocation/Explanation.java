package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Why a project was or was not funded, in terms of the rule that decided. Every project of an
 * {@link Outcome} has one.
 */
public sealed interface Explanation {

	/** One English sentence for people. */
	String describe();

	/** Greedy rules: the project's place in the ranking and what happened there. */
	record Greedy(int rank, BigDecimal score, BigDecimal cost, BigDecimal moneyLeft, GreedyStatus status)
			implements Explanation {

		@Override
		public String describe() {
			String head = "rank " + this.rank + " with score " + this.score.toPlainString() + ", cost "
					+ this.cost.toPlainString() + ": ";
			return head + switch (this.status) {
				case FUNDED -> "funded; " + this.moneyLeft.toPlainString() + " was left before it";
				case DID_NOT_FIT -> "not funded, only " + this.moneyLeft.toPlainString() + " was left";
				case STOPPED_HERE -> "not funded, only " + this.moneyLeft.toPlainString()
						+ " was left, and the rule stops at the first project that does not fit";
				case NOT_REACHED -> "not funded, the rule had stopped at a higher-ranked project that did not fit";
				case BELOW_THRESHOLD -> "not eligible, its score is below the minimum score threshold";
				case WITHDRAWN -> "not eligible, its cost 999999999 marks a withdrawn project in pabulib data";
			};
		}
	}

	/** What happened to a project under a greedy rule. */
	enum GreedyStatus {
		FUNDED, DID_NOT_FIT, STOPPED_HERE, NOT_REACHED, BELOW_THRESHOLD, WITHDRAWN
	}

	/**
	 * Method of Equal Shares: bought in {@code round} (1-based) at price {@code rho} per unit of
	 * utility, each supporter paying at most {@code maxPayment}.
	 */
	record Funded(int round, Rational rho, Rational maxPayment) implements Explanation {

		@Override
		public String describe() {
			return "funded in round " + this.round + " at rho = " + this.rho + " per unit of utility; each supporter paid at most "
					+ this.maxPayment + " (about " + this.maxPayment.toDecimal(2).toPlainString() + ")";
		}
	}

	/**
	 * Method of Equal Shares: affordable until round {@code round}, when buying
	 * {@code byProject} spent so much of its supporters' money that the rest could no longer
	 * pay for it.
	 */
	record Outbid(int round, String byProject) implements Explanation {

		@Override
		public String describe() {
			return "not funded: outbid by project " + this.byProject + " in round " + this.round
					+ ", which took so much of its supporters' money that they could no longer pay for it";
		}
	}

	/**
	 * Method of Equal Shares: even before any purchase its supporters' money, {@code money} in
	 * all, did not reach its cost.
	 */
	record Unaffordable(Rational money) implements Explanation {

		@Override
		public String describe() {
			return "not funded: its supporters ran out of money, all of it together (" + this.money.toDecimal(2).toPlainString()
					+ ") was less than its cost from the start";
		}
	}

	/** Method of Equal Shares: not a candidate at all (no supporter, or no cost). */
	record NotEligible(String reason) implements Explanation {

		@Override
		public String describe() {
			return "not considered: " + this.reason;
		}
	}

	/** Added after the Method of Equal Shares by the greedy completion, at this rank. */
	record Completion(int rank, BigDecimal score) implements Explanation {

		@Override
		public String describe() {
			return String.format(Locale.ROOT, "funded in the greedy completion (rank %d by score %s) with money Equal Shares left unspent",
					this.rank, this.score.toPlainString());
		}
	}

	/** Not funded under Equal Shares after the money left was used by greedy completion. */
	record NotCompleted(Explanation before) implements Explanation {

		@Override
		public String describe() {
			return this.before.describe() + "; it did not fit in the greedy completion either";
		}
	}
}
