package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing and withdrawing bids. Each runs in one short transaction holding the request's row lock,
 * so the bids of one request are ordered exactly once: the best price, the deadline check and the
 * anti-sniping extension are read and written under the same lock, with the database's clock.
 * A bid racing the deadline is therefore either accepted (and, inside the window, extends the
 * deadline) or refused as too late — the close takes the same lock and re-reads the deadline.
 */
@Service
public class Bids {

	/** A seller's offer: a price per unit in the request's currency, days to deliver, terms; {@code organisation} is the seller's slug. */
	public record PlaceBid(@Nullable BigDecimal unitPrice, @Nullable BigDecimal deliveryDays, @Nullable String terms,
			@Nullable String organisation) {
	}

	/** An accepted bid, and the deadline after it (moved when the bid landed in the anti-sniping window). */
	public record Placed(long bidId, String organisation, Instant placedAt, Instant deadline, boolean extended) {
	}

	private final RequestRepository requests;

	private final Sellers sellers;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final RequestContent content;

	Bids(RequestRepository requests, Sellers sellers, Organisations organisations, JdbcClient jdbc, RequestContent content) {
		this.content = content;
		this.requests = requests;
		this.sellers = sellers;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@Transactional
	public Placed place(long bidderId, long requestId, PlaceBid command) {
		var errors = Errors.none();
		BigDecimal price = Numbers.amount(errors, "unitPrice", command.unitPrice());
		Integer days = Numbers.whole(errors, "deliveryDays", command.deliveryDays(), 0, 3650);
		String terms = command.terms() == null ? "" : command.terms().strip();
		errors.checkLength("terms", terms, 0, 2000);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		// the request is read once, locked: every check below and the insert see the same row
		Request request = requests.lock(requestId);
		OrganisationSummary seller = sellers.bidderOrganisation(bidderId, command.organisation());
		Instant now = requests.now();
		if (!request.takesBidsAt(now)) {
			throw DomainException.conflict("error.request.bid-too-late");
		}
		if (request.requesterId() == bidderId || organisations.roleOf(seller.id(), request.requesterId()).isPresent()) {
			throw DomainException.conflict("error.request.bid-own-organisation", seller.name());
		}
		var own = requests.activeBidOf(requestId, seller.id());
		request.checkBid(now, price, days, requests.bestPrice(requestId), own.orElse(null));
		own.ifPresent(o -> jdbc.sql("update bid set status = 'SUPERSEDED' where id = ?").param(o.id()).update());
		long bidId = jdbc.sql("""
				insert into bid (request_id, organisation_id, bidder_id, unit_price, delivery_days, terms, placed_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(requestId, seller.id(), bidderId, price, days, terms, Timestamp.from(now))
			.query(Long.class)
			.single();
		requests.log(requestId, "BID_PLACED", request.format() == AuctionFormat.OPEN ? price : null, null);
		Instant deadline = request.deadlineAfterBidAt(now);
		boolean extended = deadline.isAfter(request.deadline());
		if (extended) {
			jdbc.sql("update request set deadline = ? where id = ?").params(Timestamp.from(deadline), requestId).update();
			requests.log(requestId, "DEADLINE_EXTENDED", null, deadline);
		}
		content.bidsChanged(request, activeBids(requestId), bidderId);
		return new Placed(bidId, seller.slug(), now, deadline, extended);
	}

	/**
	 * Withdraws a seller's active bid: only while the auction runs and before its final
	 * anti-sniping window. Logged publicly as "a bid was withdrawn", without the seller's name.
	 */
	@Transactional
	public void withdraw(long memberId, long requestId, long bidId) {
		Request request = requests.lock(requestId);
		var bid = jdbc.sql("select organisation_id, status from bid where id = ? and request_id = ?")
			.params(bidId, requestId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.request.bid-not-found", String.valueOf(bidId)));
		OrganisationSummary seller = organisations.byId((long) bid[0]);
		if (!sellers.mayBid(seller, memberId)) {
			throw DomainException.forbidden("error.request.withdraw-refused");
		}
		if (!"ACTIVE".equals(bid[1])) {
			throw DomainException.conflict("error.request.bid-not-active");
		}
		request.checkWithdrawal(requests.now());
		jdbc.sql("update bid set status = 'WITHDRAWN', withdrawn_at = clock_timestamp() where id = ?").param(bidId).update();
		requests.log(requestId, "BID_WITHDRAWN", null, null);
		content.bidsChanged(request, activeBids(requestId), memberId);
	}

	private long activeBids(long requestId) {
		return jdbc.sql("select count(*) from bid where request_id = ? and status = 'ACTIVE'").param(requestId).query(Long.class).single();
	}
}
