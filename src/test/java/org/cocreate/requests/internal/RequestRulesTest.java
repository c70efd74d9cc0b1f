package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.cocreate.requests.internal.Request.OwnBid;
import org.cocreate.requests.internal.Request.ScoreWeights;
import org.cocreate.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The auction's rules on one request: too late, ceiling, decrement, sealed improvements, anti-sniping, withdrawal. */
class RequestRulesTest {

	static final Instant DEADLINE = Instant.parse("2030-01-01T12:00:00Z");

	static Request request(AuctionFormat format, RequestStatus status, String ceiling, int windowSeconds) {
		return new Request(1, 2, "Twelve bikes", Category.VEHICLES, "", 12, "bikes", "Riverton", null, null, "EUR",
				ceiling == null ? null : new BigDecimal(ceiling), format, format == AuctionFormat.OPEN ? new BigDecimal("1.00") : null,
				windowSeconds, AwardMode.AUTO, ScoreWeights.DEFAULT, 12, true, DEADLINE, DEADLINE, status, null, null, null, null,
				DEADLINE.minusSeconds(86400), null);
	}

	static String refusal(Runnable r) {
		try {
			r.run();
		}
		catch (DomainException ex) {
			assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
			return ex.code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void anOpenBidMustBeatTheBestByTheDecrement() {
		Request r = request(AuctionFormat.OPEN, RequestStatus.OPEN, null, 120);
		Instant early = DEADLINE.minusSeconds(3600);
		assertThat(refusal(() -> r.checkBid(early, new BigDecimal("99.01"), 5, new BigDecimal("100.00"), null)))
			.isEqualTo("error.request.bid-not-low-enough");
		assertThatCode(() -> r.checkBid(early, new BigDecimal("99.00"), 5, new BigDecimal("100.00"), null)).doesNotThrowAnyException();
		assertThatCode(() -> r.checkBid(early, new BigDecimal("500.00"), 5, null, null)).doesNotThrowAnyException();
	}

	@Test
	void aBidAtOrAfterTheDeadlineOrOnAClosedRequestIsTooLate() {
		Request r = request(AuctionFormat.OPEN, RequestStatus.OPEN, null, 120);
		assertThat(refusal(() -> r.checkBid(DEADLINE, BigDecimal.TEN, 1, null, null))).isEqualTo("error.request.bid-too-late");
		Request closed = request(AuctionFormat.OPEN, RequestStatus.AWARDED, null, 120);
		assertThat(refusal(() -> closed.checkBid(DEADLINE.minusSeconds(3600), BigDecimal.TEN, 1, null, null)))
			.isEqualTo("error.request.bid-too-late");
	}

	@Test
	void aBidAboveTheCeilingIsRefused() {
		Request r = request(AuctionFormat.SEALED, RequestStatus.OPEN, "50.00", 120);
		assertThat(refusal(() -> r.checkBid(DEADLINE.minusSeconds(3600), new BigDecimal("50.01"), 1, null, null)))
			.isEqualTo("error.request.bid-above-ceiling");
		assertThatCode(() -> r.checkBid(DEADLINE.minusSeconds(3600), new BigDecimal("50.00"), 1, null, null)).doesNotThrowAnyException();
	}

	@Test
	void aSealedSellerMayOnlyImproveItsOwnBid() {
		Request r = request(AuctionFormat.SEALED, RequestStatus.OPEN, null, 120);
		Instant t = DEADLINE.minusSeconds(3600);
		var own = new OwnBid(7, new BigDecimal("40.00"), 10);
		assertThat(refusal(() -> r.checkBid(t, new BigDecimal("41.00"), 5, null, own))).isEqualTo("error.request.bid-not-an-improvement");
		assertThat(refusal(() -> r.checkBid(t, new BigDecimal("40.00"), 10, null, own))).isEqualTo("error.request.bid-not-an-improvement");
		assertThatCode(() -> r.checkBid(t, new BigDecimal("40.00"), 9, null, own)).doesNotThrowAnyException();
		assertThatCode(() -> r.checkBid(t, new BigDecimal("39.99"), 10, null, own)).doesNotThrowAnyException();
		// the best of other sellers does not bind a sealed bid: nobody sees it
		assertThatCode(() -> r.checkBid(t, new BigDecimal("90.00"), 10, new BigDecimal("10.00"), null)).doesNotThrowAnyException();
	}

	@Test
	void aBidInTheWindowMovesTheDeadlineToItsTimePlusTheWindow() {
		Request r = request(AuctionFormat.OPEN, RequestStatus.OPEN, null, 120);
		assertThat(r.deadlineAfterBidAt(DEADLINE.minusSeconds(121))).isEqualTo(DEADLINE);
		assertThat(r.deadlineAfterBidAt(DEADLINE.minusSeconds(120))).isEqualTo(DEADLINE);
		assertThat(r.deadlineAfterBidAt(DEADLINE.minusSeconds(30))).isEqualTo(DEADLINE.plusSeconds(90));
		assertThat(r.deadlineAfterBidAt(DEADLINE.minusMillis(1))).isEqualTo(DEADLINE.plusSeconds(120).minusMillis(1));
		Request noWindow = request(AuctionFormat.OPEN, RequestStatus.OPEN, null, 0);
		assertThat(noWindow.deadlineAfterBidAt(DEADLINE.minusMillis(1))).isEqualTo(DEADLINE);
	}

	@Test
	void withdrawingIsAllowedOnlyBeforeTheFinalWindow() {
		Request r = request(AuctionFormat.OPEN, RequestStatus.OPEN, null, 120);
		assertThatCode(() -> r.checkWithdrawal(DEADLINE.minusSeconds(121))).doesNotThrowAnyException();
		assertThatThrownBy(() -> r.checkWithdrawal(DEADLINE.minusSeconds(120))).isInstanceOf(DomainException.class)
			.hasMessage("error.request.withdraw-too-late");
		assertThatThrownBy(() -> r.checkWithdrawal(DEADLINE.plusSeconds(1))).isInstanceOf(DomainException.class);
	}
}
