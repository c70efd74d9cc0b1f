package org.cocreate.budgets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.cocreate.budgets.allocation.Explanation.GreedyStatus;
import org.cocreate.budgets.pabulib.PbReader;
import org.junit.jupiter.api.Test;

class GreedyRuleTest {

	/** a: 300 with 10 votes, b: 400 with 8, c: 200 with 6, d: 100 with 3. */
	private static Election.Builder fourProjects(long budget) {
		Election.Builder b = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(budget))
			.project("a", 300)
			.project("b", 400)
			.project("c", 200)
			.project("d", 100);
		approvals(b, 10, "a");
		approvals(b, 8, "b");
		approvals(b, 6, "c");
		approvals(b, 3, "d");
		return b;
	}

	static void approvals(Election.Builder builder, int voters, String... projects) {
		for (int i = 0; i < voters; i++) {
			builder.ballot(projects);
		}
	}

	@Test
	void greedySkipsWhatDoesNotFitAndGoesOn() throws Exception {
		Outcome outcome = GreedyRule.run(fourProjects(600).build(), GreedyRule.Variant.GREEDY);
		assertThat(outcome.selected()).containsExactly("a", "c", "d");
		assertThat(outcome.totalCost()).isEqualByComparingTo("600");
		Explanation.Greedy b = (Explanation.Greedy) outcome.explanation("b");
		assertThat(b.rank()).isEqualTo(2);
		assertThat(b.score()).isEqualByComparingTo("8");
		assertThat(b.moneyLeft()).isEqualByComparingTo("300");
		assertThat(b.status()).isEqualTo(GreedyStatus.DID_NOT_FIT);
		assertThat(b.describe()).isEqualTo("rank 2 with score 8, cost 400: not funded, only 300 was left");
		assertThat(((Explanation.Greedy) outcome.explanation("d")).status()).isEqualTo(GreedyStatus.FUNDED);
	}

	@Test
	void noSkipStopsAtTheFirstProjectThatDoesNotFit() throws Exception {
		Outcome outcome = GreedyRule.run(fourProjects(600).build(), GreedyRule.Variant.NO_SKIP);
		assertThat(outcome.selected()).containsExactly("a");
		assertThat(((Explanation.Greedy) outcome.explanation("b")).status()).isEqualTo(GreedyStatus.STOPPED_HERE);
		assertThat(((Explanation.Greedy) outcome.explanation("c")).status()).isEqualTo(GreedyStatus.NOT_REACHED);
	}

	@Test
	void thresholdExcludesLowScores() throws Exception {
		Election election = fourProjects(1000).threshold(new BigDecimal("6")).build();
		Outcome outcome = GreedyRule.run(election, GreedyRule.Variant.THRESHOLD);
		assertThat(outcome.selected()).containsExactly("a", "b", "c");
		assertThat(((Explanation.Greedy) outcome.explanation("d")).status()).isEqualTo(GreedyStatus.BELOW_THRESHOLD);
	}

	@Test
	void thresholdRuleNeedsAThreshold() {
		assertThatThrownBy(() -> GreedyRule.run(fourProjects(1000).build(), GreedyRule.Variant.THRESHOLD))
			.isInstanceOf(UnsupportedElectionException.class)
			.hasMessageContaining("min_project_score_threshold");
	}

	@Test
	void aThresholdInTheElectionAppliesToEveryVariant() throws Exception {
		Election election = fourProjects(1000).threshold(new BigDecimal("7")).build();
		assertThat(GreedyRule.run(election, GreedyRule.Variant.NO_SKIP).selected()).containsExactly("a", "b");
		assertThat(GreedyRule.run(election, GreedyRule.Variant.GREEDY).selected()).containsExactly("a", "b");
	}

	@Test
	void tiesGoToTheProjectDeclaredFirstByDefault() throws Exception {
		// x and y tie on 5 votes; only one of them fits
		Election.Builder builder = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(500))
			.project("x", 400)
			.project("y", 300);
		approvals(builder, 5, "x");
		approvals(builder, 5, "y");
		Election election = builder.build();
		assertThat(GreedyRule.run(election, GreedyRule.Variant.GREEDY).selected()).containsExactly("x");
		assertThat(GreedyRule.run(election, GreedyRule.Variant.GREEDY, GreedyRule.TieBreak.LOWER_COST).selected())
			.containsExactly("y");
	}

	@Test
	void withdrawnProjectsNeverStopNoSkip() throws Exception {
		Election.Builder builder = Election.builder(BallotType.APPROVAL, BigDecimal.valueOf(500))
			.project("a", 300)
			.project("gone", 999_999_999)
			.project("c", 200);
		approvals(builder, 10, "a");
		approvals(builder, 6, "gone");
		approvals(builder, 5, "c");
		Outcome outcome = GreedyRule.run(builder.build(), GreedyRule.Variant.NO_SKIP);
		assertThat(outcome.selected()).containsExactly("a", "c");
		assertThat(((Explanation.Greedy) outcome.explanation("gone")).status()).isEqualTo(GreedyStatus.WITHDRAWN);
	}

	@Test
	void cumulativeBallotsScoreTheirPoints() throws Exception {
		// a: 3 voters with 1 point; b: one voter with 5 points
		Election.Builder builder = Election.builder(BallotType.CUMULATIVE, BigDecimal.valueOf(100))
			.project("a", 100)
			.project("b", 100);
		for (int i = 0; i < 3; i++) {
			builder.ballot(List.of("a"), List.of(BigDecimal.ONE));
		}
		builder.ballot(List.of("b", "a"), List.of(new BigDecimal("5"), BigDecimal.ZERO));
		Election election = builder.build();
		assertThat(election.score(0)).isEqualByComparingTo("3");
		assertThat(election.score(1)).isEqualByComparingTo("5");
		assertThat(election.supporters(0)).isEqualTo(4);
		assertThat(GreedyRule.run(election, GreedyRule.Variant.GREEDY).selected()).containsExactly("b");
	}

	@Test
	void ordinalBallotsScoreBordaPointsCountedFromTheNumberOfPlaces() throws Exception {
		// three places: 3, 2, 1 points; a ballot ranking one project still gives it 3
		Election election = Election.builder(BallotType.ORDINAL, BigDecimal.valueOf(100))
			.maxLength(3)
			.project("a", 100)
			.project("b", 100)
			.project("c", 100)
			.ballot("a", "b", "c")
			.ballot("b", "a", "c")
			.ballot("c")
			.build();
		assertThat(election.score(0)).isEqualByComparingTo("5");
		assertThat(election.score(1)).isEqualByComparingTo("5");
		assertThat(election.score(2)).isEqualByComparingTo("5");
		assertThat(GreedyRule.run(election, GreedyRule.Variant.GREEDY).selected()).containsExactly("a");
	}

	@Test
	void scoringBallotsAddTheDefaultScoreForUnlistedProjects() throws Exception {
		String text = """
				META
				key;value
				budget;100
				vote_type;scoring
				default_score;2
				PROJECTS
				project_id;cost
				a;100
				b;100
				VOTES
				voter_id;vote;points
				1;a;5
				2;a,b;1,3
				3;b;4
				""";
		Election election = Election.from(new PbReader().read(text));
		assertThat(election.score(0)).isEqualByComparingTo("8"); // 5 + 1 + default 2
		assertThat(election.score(1)).isEqualByComparingTo("9"); // default 2 + 3 + 4
		assertThat(GreedyRule.run(election, GreedyRule.Variant.GREEDY).selected()).containsExactly("b");
	}

	@Test
	void theRecordedTallyRanksWhenTheBallotsAreOnlyPartOfTheVote() throws Exception {
		// the VOTES section holds 2 ballots for a and 1 for b, but the official counts (which
		// include ballots not in the file) put b first; only one project fits
		String text = """
				META
				key;value
				budget;10
				vote_type;approval
				PROJECTS
				project_id;cost;votes
				a;10;2
				b;10;5
				VOTES
				voter_id;vote
				1;a
				2;a
				3;b
				""";
		Election election = Election.from(new PbReader().read(text));
		assertThat(election.score(1)).isEqualByComparingTo("5");
		assertThat(election.ballotScore(1)).isEqualByComparingTo("1");
		Outcome outcome = GreedyRule.run(election, GreedyRule.Variant.GREEDY);
		assertThat(outcome.selected()).containsExactly("b");
		assertThat(outcome.notes()).containsExactly("scores from the PROJECTS votes column",
				"the ballots add up to a different score for 1 project; the recorded tally was used");
		// Equal Shares (which funds nothing here) and its comparison step only ever count ballots:
		// the benchmark greedy outcome is a, preferred by its 2 voters
		Outcome compared = Rules.apply("equalshares-comparison", election);
		assertThat(compared.notes()).contains(
				"comparison step: 0 voters prefer the Equal Shares outcome, 2 prefer the greedy outcome");
		assertThat(compared.selected()).containsExactly("a");
	}

	@Test
	void decimalAmountsStayExact() throws Exception {
		Election.Builder builder = Election.builder(BallotType.APPROVAL, new BigDecimal("0.3"))
			.project("a", new BigDecimal("0.1"))
			.project("b", new BigDecimal("0.2"))
			.project("c", new BigDecimal("0.01"));
		approvals(builder, 3, "a");
		approvals(builder, 2, "b");
		approvals(builder, 1, "c");
		Outcome outcome = GreedyRule.run(builder.build(), GreedyRule.Variant.GREEDY);
		assertThat(outcome.selected()).containsExactly("a", "b");
		assertThat(outcome.totalCost()).isEqualByComparingTo("0.3");
	}

	@Test
	void choose1IsApproval() throws Exception {
		Election.Builder builder = Election.builder(BallotType.CHOOSE_1, BigDecimal.valueOf(10)).project("a", 10)
			.project("b", 10);
		approvals(builder, 2, "a");
		approvals(builder, 3, "b");
		assertThat(Rules.apply("greedy-no-skip", builder.build()).selected()).containsExactly("b");
	}
}
