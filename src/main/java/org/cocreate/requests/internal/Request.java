package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A request as stored: what is needed, how the auction runs, where it stands. The rules about
 * bidding, withdrawing and extending the deadline live here, so that they read (and are tested)
 * in one place; the services apply them under the request's row lock, with the database's clock.
 * {@code moderation} is null (visible) or {@code HIDDEN} (see {@link RequestModeration}).
 */
public record Request(long id, long requesterId, String title, Category category, String specification, int quantity,
		String unit, String location, @Nullable Double latitude, @Nullable Double longitude, String currency,
		@Nullable BigDecimal ceilingPrice, AuctionFormat format, @Nullable BigDecimal minimumDecrement,
		int antiSnipingSeconds, AwardMode awardMode, ScoreWeights weights, long totalQuantity, boolean joiningOpen,
		Instant deadline, Instant originalDeadline, RequestStatus status, @Nullable Instant closedAt,
		@Nullable Instant awardDueAt, @Nullable Instant requesterCompletedAt, @Nullable Instant sellerCompletedAt,
		Instant createdAt, @Nullable String moderation) {

	/** How AUTO weighs a bid: whole-number weights for price, delivery days and the seller's rating. */
	public record ScoreWeights(int price, int delivery, int rating) {

		public static final ScoreWeights DEFAULT = new ScoreWeights(70, 20, 10);
	}

	public Duration antiSnipingWindow() {
		return Duration.ofSeconds(antiSnipingSeconds);
	}

	/** Whether bids are still taken at {@code now}: open and before the (live) deadline. */
	public boolean takesBidsAt(Instant now) {
		return status == RequestStatus.OPEN && now.isBefore(deadline);
	}

	/** Seconds until the (live) deadline at {@code now}; zero once it has passed. */
	public long secondsLeft(Instant now) {
		return Math.max(0, Duration.between(now, deadline).toSeconds());
	}

	/** Whether {@code now} lies in the final anti-sniping window before the deadline. */
	public boolean inFinalWindow(Instant now) {
		return !now.isBefore(deadline.minus(antiSnipingWindow()));
	}

	/** The deadline after a bid accepted at {@code now}: moved to now + window when the bid landed in the window. */
	public Instant deadlineAfterBidAt(Instant now) {
		if (antiSnipingSeconds > 0 && inFinalWindow(now)) {
			Instant extended = now.plus(antiSnipingWindow());
			return extended.isAfter(deadline) ? extended : deadline;
		}
		return deadline;
	}

	/**
	 * Refuses a bid that breaks the auction's rules (409 with the reason): too late, above the
	 * ceiling, not below the best by the decrement (OPEN), or not an improvement of the seller's
	 * own bid (SEALED). {@code best} is the lowest active price, {@code own} the seller's active bid.
	 */
	public void checkBid(Instant now, BigDecimal unitPrice, int deliveryDays, @Nullable BigDecimal best,
			@Nullable OwnBid own) {
		if (!takesBidsAt(now)) {
			throw DomainException.conflict("error.request.bid-too-late");
		}
		if (ceilingPrice != null && unitPrice.compareTo(ceilingPrice) > 0) {
			throw DomainException.conflict("error.request.bid-above-ceiling", ceilingPrice.toPlainString(), currency);
		}
		if (format == AuctionFormat.OPEN && best != null) {
			BigDecimal highestAllowed = best.subtract(minimumDecrement == null ? BigDecimal.ZERO : minimumDecrement);
			if (unitPrice.compareTo(highestAllowed) > 0) {
				throw DomainException.conflict("error.request.bid-not-low-enough", highestAllowed.toPlainString(), currency);
			}
		}
		if (format == AuctionFormat.SEALED && own != null) {
			boolean noWorse = unitPrice.compareTo(own.unitPrice()) <= 0 && deliveryDays <= own.deliveryDays();
			boolean better = unitPrice.compareTo(own.unitPrice()) < 0 || deliveryDays < own.deliveryDays();
			if (!(noWorse && better)) {
				throw DomainException.conflict("error.request.bid-not-an-improvement");
			}
		}
	}

	/** A withdrawal is allowed only while open and before the final anti-sniping window. */
	public void checkWithdrawal(Instant now) {
		if (!takesBidsAt(now) || inFinalWindow(now)) {
			throw DomainException.conflict("error.request.withdraw-too-late");
		}
	}

	/** Whether everyone may see bid prices: OPEN shows them while running, both formats after the close. */
	public boolean pricesVisible() {
		return status != RequestStatus.OPEN || format == AuctionFormat.OPEN;
	}

	/** The seller's current bid, as the rules need it. */
	public record OwnBid(long id, BigDecimal unitPrice, int deliveryDays) {
	}

	/** A new request after its fields were checked: what {@link RequestRepository#insert} stores. */
	public record Draft(String title, Category category, String specification, int quantity, String unit, String location,
			@Nullable Double latitude, @Nullable Double longitude, String currency, @Nullable BigDecimal ceilingPrice,
			AuctionFormat format, @Nullable BigDecimal minimumDecrement, int antiSnipingSeconds, AwardMode awardMode,
			ScoreWeights weights, Instant deadline) {
	}

	public String path() {
		return "/requests/" + id;
	}
}
