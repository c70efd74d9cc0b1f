package org.cocreate.requests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.requests.internal.AwardScore.Candidate;
import org.cocreate.requests.internal.AwardScore.Winner;
import org.cocreate.requests.internal.RequestRepository.ActiveBid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes due auctions, on every node, exactly once. Each close is one transaction: the due row is
 * taken with {@code FOR UPDATE SKIP LOCKED} (another node closing it, or a bid in flight, makes
 * this node pass it by), checked again against the database's clock, moved out of OPEN by a
 * guarded update and — AUTO — awarded by a row keyed by the request. A node that dies inside the
 * transaction leaves nothing behind: PostgreSQL rolls it back and the next tick of any node
 * closes the request. State lives only in the database, so a restart changes nothing.
 */
@Component
class AuctionCloser {

	private static final Logger log = LoggerFactory.getLogger(AuctionCloser.class);

	/** How many requests one tick closes at most, so a backlog does not hold the scheduler thread for long. */
	static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final RequestRepository requests;

	private final Awards awards;

	private final Sellers sellers;

	private final RequestSettings settings;

	private final TransactionTemplate transactions;

	AuctionCloser(JdbcClient jdbc, RequestRepository requests, Awards awards, Sellers sellers, RequestSettings settings,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.awards = awards;
		this.sellers = sellers;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${cocreate.requests.close-interval-ms:1000}", initialDelayString = "${cocreate.requests.close-interval-ms:1000}")
	void tick() {
		if (!settings.closing()) {
			return;
		}
		try {
			closeDue();
			expireDue();
		}
		catch (RuntimeException ex) {
			// the transaction rolled back; the next tick (here or on another node) tries again
			log.warn("Closing auctions failed, will retry: {}", ex.toString());
		}
	}

	/** Closes every due request this node can lock; returns how many it closed. */
	int closeDue() {
		int closed = 0;
		while (closed < BATCH) {
			Boolean one = transactions.execute(status -> closeOne());
			if (!Boolean.TRUE.equals(one)) {
				break;
			}
			closed++;
		}
		return closed;
	}

	private boolean closeOne() {
		Optional<Long> due = jdbc.sql("""
				select id from request where status = 'OPEN' and deadline <= clock_timestamp()
				order by deadline limit 1 for update skip locked""")
			.query(Long.class)
			.optional();
		if (due.isEmpty()) {
			return false;
		}
		Request request = requests.get(due.get());
		Instant now = requests.now();
		if (request.takesBidsAt(now)) {
			return true;
		}
		List<ActiveBid> bids = requests.activeBids(request.id());
		if (bids.isEmpty()) {
			guarded(request, RequestStatus.NO_BIDS, now, null);
			requests.log(request.id(), "CLOSED", null, null);
			awards.notifyClosed(request, RequestStatus.NO_BIDS, now);
		}
		else if (request.awardMode() == AwardMode.AUTO) {
			var ratings = sellers.ratings(bids.stream().map(ActiveBid::organisationId).toList());
			List<Candidate> candidates = bids.stream()
				.map(b -> new Candidate(b.id(), b.unitPrice(), b.deliveryDays(), ratings.get(b.organisationId()).averageOrNull()))
				.toList();
			Winner winner = AwardScore.best(candidates, request.weights()).orElseThrow();
			ActiveBid won = bids.stream().filter(b -> b.id() == winner.bidId()).findFirst().orElseThrow();
			requests.log(request.id(), "CLOSED", null, null);
			awards.award(request, won.id(), won.organisationId(), AwardMode.AUTO, winner.score(), RequestStatus.OPEN, now, now);
		}
		else {
			guarded(request, RequestStatus.AWAITING_AWARD, now, now.plus(Duration.ofDays(settings.manualAwardDays())));
			requests.log(request.id(), "CLOSED", null, null);
			awards.notifyClosed(request, RequestStatus.AWAITING_AWARD, now);
		}
		return true;
	}

	/** Expires MANUAL requests whose requester did not pick a bid in time. */
	int expireDue() {
		int expired = 0;
		while (expired < BATCH) {
			Boolean one = transactions.execute(status -> {
				Optional<Long> due = jdbc.sql("""
						select id from request where status = 'AWAITING_AWARD' and award_due_at <= clock_timestamp()
						order by award_due_at limit 1 for update skip locked""")
					.query(Long.class)
					.optional();
				if (due.isEmpty()) {
					return false;
				}
				Request request = requests.get(due.get());
				if (awards.transition(request.id(), RequestStatus.AWAITING_AWARD, RequestStatus.EXPIRED, null, null)) {
					requests.log(request.id(), "EXPIRED", null, null);
					awards.notifyClosed(request, RequestStatus.EXPIRED, requests.now());
				}
				return true;
			});
			if (!Boolean.TRUE.equals(one)) {
				break;
			}
			expired++;
		}
		return expired;
	}

	private void guarded(Request request, RequestStatus to, Instant now, @Nullable Instant due) {
		if (!awards.transition(request.id(), RequestStatus.OPEN, to, now, due)) {
			throw new IllegalStateException("Request " + request.id() + " left OPEN while locked");
		}
	}
}
