package org.cocreate.budgets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.cocreate.budgets.allocation.EqualSharesRule.Options;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.junit.jupiter.api.Test;

class EqualSharesRuleTest {

	/**
	 * pabulib checker's example: budget 10, a (6) approved by v1 v2 v3, b (4) by v1 v2, c (4) by
	 * v3 v4.
	 */
	private static Election checkerExample() {
		return Election.builder(BallotType.APPROVAL, BigDecimal.TEN)
			.project("a", 6)
			.project("b", 4)
			.project("c", 4)
			.ballot("a", "b")
			.ballot("a", "b")
			.ballot("a", "c")
			.ballot("c")
			.build();
	}

	@Test
	void plainMethodBuysWhatEqualSharesCanPayFor() throws Exception {
		Outcome outcome = EqualSharesRule.run(checkerExample(), Options.plain());
		assertThat(outcome.rule()).isEqualTo("equalshares");
		assertThat(outcome.selected()).containsExactly("a");
		Explanation.Funded a = (Explanation.Funded) outcome.explanation("a");
		assertThat(a.round()).isEqualTo(1);
		assertThat(a.rho()).isEqualTo(Rational.of(1, 3)); // each of 3 pays 2 for a utility of 6
		assertThat(a.maxPayment()).isEqualTo(Rational.of(2));
		// b's supporters v1, v2 had 2.5 each, paid 2 for a, and 1 together is not 4
		assertThat(outcome.explanation("b")).isEqualTo(new Explanation.Outbid(1, "a"));
		assertThat(outcome.explanation("c")).isEqualTo(new Explanation.Outbid(1, "a"));
		assertThat(outcome.notes()).contains("Equal Shares endowment per voter: 5/2 = 2.5000 (virtual budget 10)");
	}

	@Test
	void add1RaisesTheShareWhileTheOutcomeFits() throws Exception {
		Outcome outcome = EqualSharesRule.run(checkerExample(), Options.withAdd1());
		assertThat(outcome.rule()).isEqualTo("equalshares/add1");
		// share 3 buys a then c (10); share 4 would buy all three (14 > 10)
		assertThat(outcome.selected()).containsExactly("a", "c");
		assertThat(outcome.totalCost()).isEqualByComparingTo("10");
		assertThat(outcome.notes()).contains("Equal Shares endowment per voter: 3 (virtual budget 12)");
		Explanation.Funded c = (Explanation.Funded) outcome.explanation("c");
		assertThat(c.round()).isEqualTo(2);
		// v3 has 1 left and pays it, v4 pays 3: rho = 3/4 per unit of utility 4
		assertThat(c.rho()).isEqualTo(Rational.of(3, 4));
		assertThat(c.maxPayment()).isEqualTo(Rational.of(3));
		assertThat(outcome.explanation("b")).isEqualTo(new Explanation.Outbid(1, "a"));
	}

	@Test
	void comparisonStepTakesGreedyWhenMoreVotersPreferIt() throws Exception {
		// pabulib checker's example: MES funds a only, greedy funds a and b; v3 prefers greedy
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(2))
			.project("a", 1)
			.project("b", 1)
			.project("c", 1)
			.ballot("a")
			.ballot("a")
			.ballot("b")
			.build();
		assertThat(EqualSharesRule.run(election, Options.plain()).selected()).containsExactly("a");
		Outcome compared = Rules.apply("equalshares-comparison", election);
		assertThat(compared.selected()).containsExactly("a", "b");
		assertThat(compared.notes()).contains(
				"comparison step: 0 voters prefer the Equal Shares outcome, 1 prefer the greedy outcome",
				"comparison step: the greedy outcome is taken");
		assertThat(compared.explanation("b")).isInstanceOf(Explanation.Greedy.class);
	}

	@Test
	void comparisonStepKeepsEqualSharesOnATie() throws Exception {
		Outcome outcome = Rules.apply("equalshares/add1-comparison", checkerExample());
		// greedy funds a (3 votes) then b (2 votes, declared before c): v1 v2 prefer greedy,
		// v3 v4 prefer Equal Shares
		assertThat(outcome.notes()).contains(
				"comparison step: 2 voters prefer the Equal Shares outcome, 2 prefer the greedy outcome");
		assertThat(outcome.selected()).containsExactly("a", "c");
	}

	@Test
	void tiesInRhoGoToTheCheaperProject() throws Exception {
		// x and y: two supporters each, so both cost 1/2 per unit of utility
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(12))
			.project("x", 4)
			.project("y", 2)
			.ballot("x")
			.ballot("x")
			.ballot("y")
			.ballot("y")
			.build();
		Outcome outcome = EqualSharesRule.run(election, Options.plain());
		assertThat(((Explanation.Funded) outcome.explanation("y")).round()).isEqualTo(1);
		assertThat(((Explanation.Funded) outcome.explanation("x")).round()).isEqualTo(2);
	}

	@Test
	void tiesInRhoAndCostGoToMoreSupporters() throws Exception {
		// x: two supporters with 3 points each; y: one supporter with 6 points; rho 1 for both
		Election election = Election.builder(BallotType.CUMULATIVE, BigDecimal.valueOf(24))
			.project("y", 6)
			.project("x", 6)
			.ballot(List.of("x"), List.of(new BigDecimal(3)))
			.ballot(List.of("x"), List.of(new BigDecimal(3)))
			.ballot(List.of("y"), List.of(new BigDecimal(6)))
			.ballot(List.of(), List.of())
			.build();
		Outcome outcome = EqualSharesRule.run(election, Options.plain());
		assertThat(((Explanation.Funded) outcome.explanation("x")).round()).isEqualTo(1);
		assertThat(((Explanation.Funded) outcome.explanation("y")).round()).isEqualTo(2);
		assertThat(((Explanation.Funded) outcome.explanation("x")).rho()).isEqualTo(Rational.ONE);
	}

	@Test
	void fullTiesGoToTheProjectDeclaredFirst() throws Exception {
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(8))
			.project("p", 4)
			.project("q", 4)
			.ballot("q")
			.ballot("p")
			.build();
		Outcome outcome = EqualSharesRule.run(election, Options.plain());
		assertThat(((Explanation.Funded) outcome.explanation("p")).round()).isEqualTo(1);
		assertThat(((Explanation.Funded) outcome.explanation("q")).round()).isEqualTo(2);
	}

	@Test
	void costAndCardinalityUtilitiesCanDisagree() throws Exception {
		// big: 60 for 3 supporters (20 each); small: 10 for 1 (10 each); the voter supporting both
		// can pay for only one. Cost utility: rho 1/3 vs 1, big wins; cardinality: 20 vs 10,
		// small wins.
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(80))
			.project("big", 60)
			.project("small", 10)
			.ballot("big", "small")
			.ballot("big")
			.ballot("big")
			.ballot()
			.build();
		Outcome cost = EqualSharesRule.run(election, Options.plain());
		Outcome cardinality = EqualSharesRule.run(election, Options.plain().withUtility(Utility.CARDINALITY));
		assertThat(cost.selected()).containsExactly("big");
		assertThat(cost.explanation("small")).isEqualTo(new Explanation.Outbid(1, "big"));
		assertThat(((Explanation.Funded) cardinality.explanation("small")).round()).isEqualTo(1);
		assertThat(cardinality.selected()).containsExactly("small");
		assertThat(cardinality.explanation("big")).isEqualTo(new Explanation.Outbid(1, "small"));
	}

	@Test
	void projectsNobodyCanAffordAreExplained() throws Exception {
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(10))
			.project("dear", 9)
			.project("free", 0)
			.project("orphan", 1)
			.ballot("dear", "free")
			.ballot()
			.build();
		Outcome outcome = EqualSharesRule.run(election, Options.plain());
		assertThat(outcome.selected()).isEmpty();
		assertThat(outcome.explanation("dear")).isEqualTo(new Explanation.Unaffordable(Rational.of(5)));
		assertThat(outcome.explanation("free")).isEqualTo(new Explanation.NotEligible("it costs nothing"));
		assertThat(outcome.explanation("orphan")).isEqualTo(new Explanation.NotEligible("nobody supports it"));
	}

	@Test
	void greedyCompletionSpendsWhatIsLeft() throws Exception {
		Outcome outcome = Rules.apply("equalshares/add1u", checkerExample());
		assertThat(outcome.selected()).containsExactly("a", "c");
		// as the checker example, with 1 more in the budget and an unsupported project costing 1:
		// Add1 still ends at a and c, and the completion buys d with the 1 left
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(11))
			.project("a", 6)
			.project("b", 4)
			.project("c", 4)
			.project("d", 1)
			.ballot("a", "b")
			.ballot("a", "b")
			.ballot("a", "c")
			.ballot("c")
			.build();
		assertThat(Rules.apply("equalshares/add1", election).selected()).containsExactly("a", "c");
		Outcome completed = Rules.apply("equalshares/add1u", election);
		assertThat(completed.selected()).containsExactly("a", "c", "d");
		assertThat(completed.explanation("d")).isEqualTo(new Explanation.Completion(4, BigDecimal.ZERO));
		assertThat(completed.explanation("b").describe()).endsWith("it did not fit in the greedy completion either");
	}

	@Test
	void add1StopsWhenEveryEligibleProjectIsFunded() throws Exception {
		// everything fits and is supported: the loop must end
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(100))
			.project("a", 10)
			.project("b", 20)
			.project("unsupported", 5)
			.ballot("a")
			.ballot("b")
			.build();
		assertThat(EqualSharesRule.run(election, Options.withAdd1()).selected()).containsExactly("a", "b");
	}

	@Test
	void exhaustiveStopEndsAdd1AtTheFirstExhaustiveOutcome() throws Exception {
		Outcome outcome = EqualSharesRule.run(checkerExample(), Options.withAdd1().withExhaustiveStop(true));
		assertThat(outcome.selected()).containsExactly("a", "c");
	}

	@Test
	void add1SkipsSharesThatCannotBuyAnything() throws Exception {
		// one voter with 1 unit; the only project costs 10^12: Add1 must not count to 10^12
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.ONE)
			.project("castle", 1_000_000_000_000L)
			.ballot("castle")
			.build();
		Outcome outcome = EqualSharesRule.run(election, Options.withAdd1());
		assertThat(outcome.selected()).isEmpty();
		assertThat(outcome.notes()).contains("Add1 computed 1 raised endowments");
	}

	@Test
	void add1ReportsWhenItCannotSettle() {
		// a cheap project is funded at once; the dear one would need 10^12 raised shares
		Election election = Election.builder(BallotType.APPROVAL, BigDecimal.TEN)
			.project("bench", 1)
			.project("castle", 1_000_000_000_000L)
			.ballot("bench", "castle")
			.build();
		assertThatThrownBy(() -> EqualSharesRule.run(election, Options.withAdd1().withMaxAdd1Steps(50)))
			.isInstanceOf(UnsupportedElectionException.class)
			.hasMessageStartingWith("Add1 did not settle within 50 raised endowments");
	}

	@Test
	void ordinalBallotsAreNotSupported() {
		Election election = Election.builder(BallotType.ORDINAL, BigDecimal.TEN).project("a", 1).ballot("a").build();
		assertThatThrownBy(() -> Rules.apply("equalshares/add1", election))
			.isInstanceOf(UnsupportedElectionException.class)
			.hasMessageContaining("ordinal");
	}

	@Test
	void unknownRulesAreNamed() {
		assertThatThrownBy(() -> Rules.apply("greedy-custom", checkerExample()))
			.isInstanceOf(UnsupportedElectionException.class)
			.hasMessageStartingWith("rule \"greedy-custom\" is not supported");
	}
}
