package org.cocreate.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a ballot may hold, for each ballot type, and the message when it may not. */
class BallotRulesTest {

	/** Projects 1, 2, 3 on the ballot, costing 400, 300 and 500. */
	static final Map<Long, BigDecimal> ON_BALLOT = new LinkedHashMap<>(
			Map.of(1L, new BigDecimal("400"), 2L, new BigDecimal("300"), 3L, new BigDecimal("500")));

	static Budget budget(BallotKind kind, @Nullable Integer min, @Nullable Integer max, @Nullable Integer perProject,
			@Nullable Integer total) {
		return new Budget(1, 1, "Test", "", new BigDecimal("1000"), "EUR", "greedy", Utility.COST, null, kind, min, max,
				perProject, total, BudgetPhase.VOTING, null, null, null, Instant.now(), false, null, null, null, null, null,
				null, null, null, null, false, 1, Instant.now());
	}

	static Errors refused(Budget budget, BallotChoice choice) {
		try {
			BallotRules.check(budget, ON_BALLOT, choice);
		}
		catch (InvalidCommand invalid) {
			return invalid.errors();
		}
		throw new AssertionError("the ballot was accepted: " + choice);
	}

	static List<String> codes(Errors errors) {
		return errors.all().stream().map(e -> e.field() + ":" + e.code()).toList();
	}

	@Test
	void approvalWithinTheCountsIsKeptSortedAndWithoutPoints() {
		var checked = BallotRules.check(budget(BallotKind.APPROVAL, 1, 2, null, null), ON_BALLOT, BallotChoice.ticks(List.of(3L, 1L)));
		assertThat(checked.projectIds()).containsExactly(1L, 3L);
		assertThat(checked.points()).isNull();
	}

	@Test
	void approvalOverTheMaximumOrUnderTheMinimumIsRefused() {
		assertThat(codes(refused(budget(BallotKind.APPROVAL, 1, 2, null, null), BallotChoice.ticks(List.of(1L, 2L, 3L)))))
			.containsExactly("projects:error.ballot.too-many");
		assertThat(codes(refused(budget(BallotKind.APPROVAL, 2, 3, null, null), BallotChoice.ticks(List.of(1L)))))
			.containsExactly("projects:error.ballot.too-few");
		assertThat(codes(refused(budget(BallotKind.APPROVAL, 1, null, null, null), BallotChoice.ticks(List.of()))))
			.containsExactly("projects:error.ballot.empty");
	}

	@Test
	void anApprovalBallotMayBeEmptyWhenTheMinimumIsZero() {
		var checked = BallotRules.check(budget(BallotKind.APPROVAL, 0, null, null, null), ON_BALLOT, BallotChoice.ticks(List.of()));
		assertThat(checked.projectIds()).isEmpty();
	}

	@Test
	void projectsNotOnTheBallotAndDuplicatesAreRefused() {
		Errors unknown = refused(budget(BallotKind.APPROVAL, 1, null, null, null), BallotChoice.ticks(List.of(1L, 99L)));
		assertThat(codes(unknown)).containsExactly("projects:error.ballot.not-on-ballot");
		assertThat(unknown.all().getFirst().args()).containsExactly("99");
		assertThat(codes(refused(budget(BallotKind.APPROVAL, 1, null, null, null), BallotChoice.ticks(List.of(2L, 2L)))))
			.containsExactly("projects:error.ballot.duplicate");
	}

	@Test
	void knapsackMustFitTheBudgetExactlyAtMost() {
		Budget knapsack = budget(BallotKind.KNAPSACK, null, null, null, null);
		// 400 + 500 = 900 fits, 400 + 300 + 500 = 1200 does not; exactly the budget fits
		assertThat(BallotRules.check(knapsack, ON_BALLOT, BallotChoice.ticks(List.of(1L, 3L))).projectIds()).containsExactly(1L, 3L);
		var exact = new LinkedHashMap<>(ON_BALLOT);
		exact.put(4L, new BigDecimal("100"));
		assertThat(BallotRules.check(knapsack, exact, BallotChoice.ticks(List.of(1L, 2L, 4L))).projectIds()).hasSize(3);
		Errors over = refused(knapsack, BallotChoice.ticks(List.of(1L, 2L, 3L)));
		assertThat(codes(over)).containsExactly("projects:error.ballot.over-budget");
		assertThat(over.all().getFirst().args()).containsExactly("1200", "1000 EUR");
		assertThat(codes(refused(knapsack, BallotChoice.ticks(List.of())))).containsExactly("projects:error.ballot.empty");
	}

	@Test
	void cumulativePointsAreCheckedPerProjectAndInAll() {
		Budget cumulative = budget(BallotKind.CUMULATIVE, null, null, 5, 8);
		var checked = BallotRules.check(cumulative, ON_BALLOT, BallotChoice.points(Map.of(3L, 5, 1L, 3, 2L, 0)));
		assertThat(checked.projectIds()).containsExactly(1L, 3L);
		assertThat(checked.points()).containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(5));
		assertThat(codes(refused(cumulative, BallotChoice.points(Map.of(1L, 6)))))
			.containsExactly("points:error.ballot.points-per-project");
		assertThat(codes(refused(cumulative, BallotChoice.points(Map.of(1L, 5, 2L, 4)))))
			.containsExactly("points:error.ballot.points-total");
		assertThat(codes(refused(cumulative, BallotChoice.points(Map.of(1L, -1)))))
			.containsExactly("points:error.ballot.points-negative");
		assertThat(codes(refused(cumulative, BallotChoice.points(Map.of(1L, 0))))).containsExactly("points:error.ballot.empty");
		assertThat(codes(refused(cumulative, BallotChoice.points(Map.of(42L, 1)))))
			.containsExactly("points:error.ballot.not-on-ballot");
	}

	@Test
	void settingsDefaultToEqualSharesWithCostUtilitiesAndRefuseNonsense() {
		var valid = new BudgetSettings("Park budget", null, new BigDecimal("50000"), "eur", null, null, null, null, null,
				null, null, null, null, null, null).validate();
		assertThat(valid.rule()).isEqualTo("equalshares/add1");
		assertThat(valid.utility()).isEqualTo(Utility.COST);
		assertThat(valid.ballotType()).isEqualTo(BallotKind.APPROVAL);
		assertThat(valid.currency()).isEqualTo("EUR");
		assertThatThrownBy(() -> new BudgetSettings("P", null, new BigDecimal("-1"), "euro", "lottery", "bits", null,
				"ORDINAL", null, null, null, null, "2027-05-01", "2027-04-01", "soon").validate())
			.isInstanceOfSatisfying(InvalidCommand.class, ex -> assertThat(ex.errors().all().stream().map(Errors.Error::field))
				.contains("name", "amount", "currency", "rule", "utility", "ballotType", "reviewEnd", "votingEnd"));
		assertThatThrownBy(() -> new BudgetSettings("Threshold", null, BigDecimal.TEN, "EUR", "greedy-threshold", null,
				null, null, null, null, null, null, null, null, null).validate())
			.isInstanceOfSatisfying(InvalidCommand.class,
					ex -> assertThat(codes(ex.errors())).containsExactly("minScore:error.budget.min-score-required"));
	}

	@Test
	void datesMoveABudgetOnPhaseByPhase() {
		Instant t = Instant.parse("2027-01-10T00:00:00Z");
		Budget b = new Budget(1, 1, "Dated", "", BigDecimal.TEN, "EUR", "greedy", Utility.COST, null, BallotKind.APPROVAL,
				1, null, null, null, BudgetPhase.PROPOSALS, t, t.plusSeconds(86_400), t.plusSeconds(2 * 86_400), t, false,
				null, null, null, null, null, null, null, null, null, false, 1, t);
		assertThat(b.phaseByDates(t.minusSeconds(1))).isEqualTo(BudgetPhase.PROPOSALS);
		assertThat(b.phaseByDates(t)).isEqualTo(BudgetPhase.REVIEW);
		assertThat(b.phaseByDates(t.plusSeconds(86_400 + 5))).isEqualTo(BudgetPhase.VOTING);
		assertThat(b.phaseByDates(t.plusSeconds(3 * 86_400))).isEqualTo(BudgetPhase.RESULTS);
		assertThat(b.votingOpen(t)).isFalse();
	}
}
