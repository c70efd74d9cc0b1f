package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cocreate.requests.internal.Request.ScoreWeights;
import org.jspecify.annotations.Nullable;

/**
 * The declared score by which an AUTO request is awarded. Each part is between 0 and 1, best 1:
 * price = lowest price ÷ this price; delivery = (fewest days + 1) ÷ (these days + 1); rating =
 * the seller's average stars ÷ 5, or 0.5 for a seller nobody has rated yet. The score is their
 * average weighted by the request's weights. The highest score wins; on a tie the lower price,
 * then the earlier bid.
 */
public final class AwardScore {

	private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

	static final BigDecimal UNRATED = new BigDecimal("0.5");

	/** A bid as the score sees it. */
	public record Candidate(long bidId, BigDecimal unitPrice, int deliveryDays, @Nullable Double sellerRating) {
	}

	/** The winning bid and its score, rounded to five decimals. */
	public record Winner(long bidId, BigDecimal score) {
	}

	private AwardScore() {
	}

	public static Optional<Winner> best(List<Candidate> candidates, ScoreWeights weights) {
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal lowest = candidates.stream().map(Candidate::unitPrice).min(Comparator.naturalOrder()).orElseThrow();
		int fewest = candidates.stream().mapToInt(Candidate::deliveryDays).min().orElseThrow();
		Candidate winner = null;
		BigDecimal winning = null;
		for (Candidate c : candidates) {
			BigDecimal s = score(c, lowest, fewest, weights);
			if (winner == null || s.compareTo(winning) > 0 || s.compareTo(winning) == 0 && beatsOnTie(c, winner)) {
				winner = c;
				winning = s;
			}
		}
		return Optional.of(new Winner(winner.bidId(), winning.setScale(5, RoundingMode.HALF_EVEN)));
	}

	static BigDecimal score(Candidate c, BigDecimal lowest, int fewest, ScoreWeights w) {
		BigDecimal price = lowest.divide(c.unitPrice(), PRECISION);
		BigDecimal delivery = BigDecimal.valueOf(fewest + 1L).divide(BigDecimal.valueOf(c.deliveryDays() + 1L), PRECISION);
		BigDecimal rating = c.sellerRating() == null ? UNRATED
				: BigDecimal.valueOf(c.sellerRating()).divide(BigDecimal.valueOf(5), PRECISION);
		int total = w.price() + w.delivery() + w.rating();
		if (total == 0) {
			return price;
		}
		BigDecimal sum = price.multiply(BigDecimal.valueOf(w.price()))
			.add(delivery.multiply(BigDecimal.valueOf(w.delivery())))
			.add(rating.multiply(BigDecimal.valueOf(w.rating())));
		return sum.divide(BigDecimal.valueOf(total), PRECISION);
	}

	private static boolean beatsOnTie(Candidate c, Candidate current) {
		int byPrice = c.unitPrice().compareTo(current.unitPrice());
		return byPrice < 0 || byPrice == 0 && c.bidId() < current.bidId();
	}
}
