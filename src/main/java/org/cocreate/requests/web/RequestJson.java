package org.cocreate.requests.web;

import java.math.BigDecimal;
import java.util.List;
import org.cocreate.identity.MemberSummary;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.requests.internal.Request;
import org.cocreate.requests.internal.RequestViews.AwardView;
import org.cocreate.requests.internal.RequestViews.BidView;
import org.cocreate.requests.internal.RequestViews.LogLine;
import org.cocreate.requests.internal.RequestViews.RequestCard;
import org.cocreate.requests.internal.RequestViews.RequestView;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the requests API. Prices are JSON numbers in the request's currency. */
final class RequestJson {

	private RequestJson() {
	}

	record Person(String handle, String displayName) {

		static Person of(MemberSummary m) {
			return new Person(m.handle(), m.displayName());
		}
	}

	record Seller(String slug, String name) {

		static @Nullable Seller of(@Nullable OrganisationSummary o) {
			return o == null ? null : new Seller(o.slug(), o.name());
		}
	}

	record Weights(int price, int delivery, int rating) {
	}

	/**
	 * A bid; {@code seller} is null until the close; {@code moderation} is HIDDEN when moderators hid
	 * its terms (then empty for all but the bidding seller).
	 */
	record Bid(long id, BigDecimal unitPrice, int deliveryDays, String terms, @Nullable Seller seller, String status,
			String placedAt, @Nullable BigDecimal score, @Nullable String moderation) {

		static Bid of(BidView b) {
			return new Bid(b.id(), b.unitPrice(), b.deliveryDays(), b.terms(), Seller.of(b.seller()), b.status(),
					b.placedAt().toString(), b.score(), b.hidden() ? "HIDDEN" : null);
		}
	}

	record Award(long bidId, Seller seller, BigDecimal unitPrice, int deliveryDays, String mode, @Nullable BigDecimal score,
			String awardedAt) {

		static @Nullable Award of(@Nullable AwardView a) {
			return a == null ? null : new Award(a.bidId(), Seller.of(a.seller()), a.unitPrice(), a.deliveryDays(), a.mode().name(),
					a.score(), a.awardedAt().toString());
		}
	}

	record Log(String kind, @Nullable BigDecimal amount, String at, @Nullable String until) {

		static Log of(LogLine l) {
			return new Log(l.kind(), l.amount(), l.at().toString(), l.until() == null ? null : l.until().toString());
		}
	}

	record Joiner(Person member, int quantity) {
	}

	/** What the caller may do and has done: null fields for anonymous callers. */
	record Me(boolean requester, @Nullable Integer joinedQuantity, List<String> mayBidFor, List<Bid> myBids,
			@Nullable String side) {
	}

	record Detail(long id, String title, String category, String specification, String specificationHtml, int quantity,
			String unit, String location, @Nullable Double latitude, @Nullable Double longitude, String currency,
			@Nullable BigDecimal ceilingPrice, String deadline, String originalDeadline, String format,
			@Nullable BigDecimal minimumDecrement, int antiSnipingSeconds, String awardMode, @Nullable Weights weights,
			long totalQuantity, boolean joiningOpen, List<Joiner> joiners, String status, @Nullable String closedAt,
			@Nullable String awardDueAt, int bidCount, @Nullable Bid bestBid, List<Bid> bids, @Nullable Award award,
			List<Log> log, Person requester, @Nullable Me me, String createdAt, String url, @Nullable String moderation) {

		static Detail of(RequestView v) {
			Request r = v.request();
			var viewer = v.viewer();
			Me me = viewer.signedIn() ? new Me(viewer.requester(), viewer.joinedQuantity(),
					viewer.mayBidFor().stream().map(OrganisationSummary::slug).toList(),
					viewer.ownBids().stream().map(Bid::of).toList(), viewer.side().map(Enum::name).orElse(null)) : null;
			return new Detail(r.id(), r.title(), r.category().id(), r.specification(), v.specificationHtml(), r.quantity(), r.unit(),
					r.location(), r.latitude(), r.longitude(), r.currency(), r.ceilingPrice(), r.deadline().toString(),
					r.originalDeadline().toString(), r.format().name(), r.minimumDecrement(), r.antiSnipingSeconds(),
					r.awardMode().name(),
					r.awardMode() == org.cocreate.requests.internal.AwardMode.AUTO
							? new Weights(r.weights().price(), r.weights().delivery(), r.weights().rating()) : null,
					r.totalQuantity(), r.joiningOpen(),
					v.joiners().stream().map(j -> new Joiner(Person.of(j.member()), j.quantity())).toList(), r.status().name(),
					r.closedAt() == null ? null : r.closedAt().toString(),
					r.awardDueAt() == null ? null : r.awardDueAt().toString(), v.bidCount(),
					v.best() == null ? null : Bid.of(v.best()), v.bids().stream().map(Bid::of).toList(), Award.of(v.award()),
					v.log().stream().map(Log::of).toList(), Person.of(v.requester()), me, r.createdAt().toString(), r.path(),
					r.moderation());
		}
	}

	record Card(long id, String title, String category, String location, long totalQuantity, String unit, String currency,
			String format, String status, String deadline, int joiners, int bidCount, @Nullable BigDecimal bestUnitPrice,
			String url) {

		static Card of(RequestCard c) {
			return new Card(c.id(), c.title(), c.category().id(), c.location(), c.totalQuantity(), c.unit(), c.currency(),
					c.format().name(), c.status().name(), c.deadline().toString(), c.joiners(), c.bidCount(), c.bestUnitPrice(),
					c.path());
		}
	}
}
