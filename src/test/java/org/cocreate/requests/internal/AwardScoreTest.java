package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cocreate.requests.internal.AwardScore.Candidate;
import org.cocreate.requests.internal.Request.ScoreWeights;
import org.junit.jupiter.api.Test;

/** The declared AUTO score: price, delivery and rating, weighted; ties to the lower price, then the earlier bid. */
class AwardScoreTest {

	@Test
	void onlyPriceCountsWhenOnlyPriceWeighs() {
		var winner = AwardScore.best(List.of(new Candidate(1, new BigDecimal("100"), 1, 5.0),
				new Candidate(2, new BigDecimal("90"), 30, 1.0)), new ScoreWeights(100, 0, 0)).orElseThrow();
		assertThat(winner.bidId()).isEqualTo(2);
		assertThat(winner.score()).isEqualByComparingTo("1");
	}

	@Test
	void fastDeliveryAndAGoodRatingCanBeatALowerPrice() {
		// bid 1: price 90/100 = 0.9, delivery (2+1)/(2+1) = 1, rating 5/5 = 1 → (0.9·50 + 1·30 + 1·20)/100 = 0.95
		// bid 2: price 1, delivery 3/31, rating unrated 0.5 → (50 + 2.903 + 10)/100 = 0.629
		var winner = AwardScore.best(List.of(new Candidate(1, new BigDecimal("100"), 2, 5.0),
				new Candidate(2, new BigDecimal("90"), 30, null)), new ScoreWeights(50, 30, 20)).orElseThrow();
		assertThat(winner.bidId()).isEqualTo(1);
		assertThat(winner.score()).isEqualByComparingTo("0.95000");
	}

	@Test
	void aTieGoesToTheLowerPriceThenTheEarlierBid() {
		var tie = AwardScore.best(List.of(new Candidate(5, new BigDecimal("10"), 3, null), new Candidate(4, new BigDecimal("10"), 3, null)),
				ScoreWeights.DEFAULT).orElseThrow();
		assertThat(tie.bidId()).isEqualTo(4);
		assertThat(AwardScore.best(List.of(), ScoreWeights.DEFAULT)).isEmpty();
	}
}
