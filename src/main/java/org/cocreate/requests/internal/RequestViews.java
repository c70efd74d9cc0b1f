package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.identity.MemberSummary;
import org.cocreate.organisations.OrganisationSummary;
import org.jspecify.annotations.Nullable;

/** What pages and the API show of requests: records only, filled by {@link RequestQueries}. */
public final class RequestViews {

	private RequestViews() {
	}

	/**
	 * A bid as the viewer may see it; {@code seller} is null while the auction runs (never named
	 * before the close). {@code hidden}: moderators hid its terms; others get them empty (a placeholder).
	 */
	public record BidView(long id, BigDecimal unitPrice, int deliveryDays, String terms, @Nullable OrganisationSummary seller,
			String status, Instant placedAt, @Nullable BigDecimal score, boolean hidden) {
	}

	/** The award: who won, with which bid, how. */
	public record AwardView(long bidId, OrganisationSummary seller, BigDecimal unitPrice, int deliveryDays, AwardMode mode,
			@Nullable BigDecimal score, Instant awardedAt) {
	}

	/** One line of the public log. */
	public record LogLine(String kind, @Nullable BigDecimal amount, Instant at, @Nullable Instant until) {

		public String messageKey() {
			String key = "request.log." + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
			return "BID_PLACED".equals(kind) && amount == null ? key + "-sealed" : key;
		}
	}

	/** A member who joined, with their quantity. */
	public record Joiner(MemberSummary member, int quantity) {
	}

	/** What the viewer may do and has done. */
	public record Viewer(boolean signedIn, boolean requester, @Nullable Integer joinedQuantity,
			List<OrganisationSummary> mayBidFor, List<BidView> ownBids, Optional<AfterAward.Side> side) {

		public boolean mayJoin(Request r) {
			return signedIn && !requester && r.status() == RequestStatus.OPEN && r.joiningOpen();
		}

		public boolean mayBid(Request r) {
			return !requester && !mayBidFor.isEmpty() && r.status() == RequestStatus.OPEN;
		}

		public boolean inThread() {
			return side.isPresent();
		}

		public boolean completes() {
			return side.filter(s -> s != AfterAward.Side.JOINER).isPresent();
		}
	}

	/**
	 * A request as one viewer sees it. {@code best} is null when the format hides it (SEALED
	 * before the close); {@code bids} is empty until the close.
	 */
	public record RequestView(Request request, String specificationHtml, MemberSummary requester, List<Joiner> joiners,
			int bidCount, @Nullable BidView best, List<BidView> bids, @Nullable AwardView award, List<LogLine> log,
			Viewer viewer, Instant now) {

		public long secondsLeft() {
			return request.secondsLeft(now);
		}

		/** The live part of the page, from what this view already read (its best bid is the lowest active price). */
		public Live live() {
			return Live.of(request, now, bidCount, best == null ? null : best.unitPrice());
		}
	}

	/** A request in a list. */
	public record RequestCard(long id, String title, Category category, String location, long totalQuantity, String unit,
			String currency, AuctionFormat format, RequestStatus status, Instant deadline, int joiners, int bidCount,
			@Nullable BigDecimal bestUnitPrice) {

		public String path() {
			return "/requests/" + id;
		}
	}

	/** The live part of a request page: refreshed by polling, without a reload. */
	public record Live(long id, RequestStatus status, Instant deadline, long secondsLeft, long totalQuantity, String unit,
			int bidCount, @Nullable BigDecimal bestUnitPrice, String currency, boolean extended) {

		/** The request's live part at {@code now}; the lowest active price shows only where the format lets everyone see prices. */
		static Live of(Request r, Instant now, int bidCount, @Nullable BigDecimal lowestPrice) {
			return new Live(r.id(), r.status(), r.deadline(), r.secondsLeft(now),
					r.totalQuantity(), r.unit(), bidCount, r.pricesVisible() ? lowestPrice : null, r.currency(),
					r.deadline().isAfter(r.originalDeadline()));
		}
	}

	/** A rating of a seller, with the request it was for. */
	public record Review(long requestId, String requestTitle, int stars, String body, MemberSummary author, Instant at) {
	}
}
