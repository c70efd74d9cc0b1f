package org.cocreate.budgets.allocation;

import java.util.List;
import java.util.Locale;

/**
 * The rules by name, as pabulib's META {@code rule} field writes them.
 *
 * <table>
 * <caption>Rule names</caption>
 * <tr><th>name</th><th>rule</th></tr>
 * <tr><td>{@code greedy}</td><td>{@link GreedyRule.Variant#GREEDY}</td></tr>
 * <tr><td>{@code greedy-no-skip}</td><td>{@link GreedyRule.Variant#NO_SKIP}</td></tr>
 * <tr><td>{@code greedy-threshold}</td><td>{@link GreedyRule.Variant#THRESHOLD}</td></tr>
 * <tr><td>{@code equalshares}</td><td>Equal Shares, no completion</td></tr>
 * <tr><td>{@code equalshares-comparison}</td><td>Equal Shares, then the comparison step</td></tr>
 * <tr><td>{@code equalshares/add1}</td><td>Equal Shares with Add1</td></tr>
 * <tr><td>{@code equalshares/add1-comparison}</td><td>Add1, then the comparison step</td></tr>
 * <tr><td>{@code equalshares/add1u}</td><td>Add1, then greedy completion (equalshares.net's
 * "Add1U")</td></tr>
 * </table>
 */
public final class Rules {

	/** Every name {@link #apply} accepts. */
	public static final List<String> NAMES = List.of("greedy", "greedy-no-skip", "greedy-threshold", "equalshares",
			"equalshares-comparison", "equalshares/add1", "equalshares/add1-comparison", "equalshares/add1u");

	private Rules() {
	}

	/** Applies the named rule with the default utility model. */
	public static Outcome apply(String rule, Election election) throws UnsupportedElectionException {
		return apply(rule, election, EqualSharesRule.Utility.COST);
	}

	/**
	 * Applies the named rule; {@code utility} is the utility model Equal Shares uses for
	 * approval ballots.
	 */
	public static Outcome apply(String rule, Election election, EqualSharesRule.Utility utility)
			throws UnsupportedElectionException {
		String name = rule.strip().toLowerCase(Locale.ROOT);
		return switch (name) {
			case "greedy" -> GreedyRule.run(election, GreedyRule.Variant.GREEDY);
			case "greedy-no-skip" -> GreedyRule.run(election, GreedyRule.Variant.NO_SKIP);
			case "greedy-threshold" -> GreedyRule.run(election, GreedyRule.Variant.THRESHOLD);
			case "equalshares" -> EqualSharesRule.run(election, EqualSharesRule.Options.plain().withUtility(utility), name);
			case "equalshares-comparison" -> EqualSharesRule.run(election,
					EqualSharesRule.Options.plain().withUtility(utility).withComparison(true), name);
			case "equalshares/add1" -> EqualSharesRule.run(election, EqualSharesRule.Options.withAdd1().withUtility(utility),
					name);
			case "equalshares/add1-comparison" -> EqualSharesRule.run(election,
					EqualSharesRule.Options.withAdd1().withUtility(utility).withComparison(true), name);
			case "equalshares/add1u" -> EqualSharesRule.run(election,
					EqualSharesRule.Options.withAdd1().withUtility(utility).withGreedyCompletion(true), name);
			case "" -> throw new UnsupportedElectionException("no rule given");
			default -> throw new UnsupportedElectionException("rule \"" + rule.strip() + "\" is not supported (supported: "
					+ String.join(", ", NAMES) + ")");
		};
	}
}
