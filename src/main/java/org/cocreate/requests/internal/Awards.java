package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.requests.internal.RequestEvents.AwardNotified;
import org.cocreate.requests.internal.RequestEvents.RequestClosed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves a locked request out of a status, at most once: every change is an
 * {@code update … where status = :from}, and an award is a row whose primary key is the request.
 * Callers hold the request's row lock; a second attempt finds the status changed and is refused.
 */
@Component
class Awards {

	private final JdbcClient jdbc;

	private final RequestRepository requests;

	private final Organisations organisations;

	private final Sellers sellers;

	private final ApplicationEventPublisher events;

	private final RequestContent content;

	Awards(JdbcClient jdbc, RequestRepository requests, Organisations organisations, Sellers sellers,
			ApplicationEventPublisher events,
			RequestContent content) {
		this.content = content;
		this.jdbc = jdbc;
		this.requests = requests;
		this.organisations = organisations;
		this.sellers = sellers;
		this.events = events;
	}

	/** Changes the status from {@code from} to {@code to}; false when it was no longer {@code from}. */
	boolean transition(long requestId, RequestStatus from, RequestStatus to, @Nullable Instant closedAt,
			@Nullable Instant awardDueAt) {
		int changed = jdbc.sql("""
				update request set status = :to, closed_at = coalesce(:closed, closed_at), award_due_at = coalesce(:due, award_due_at)
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("closed", closedAt == null ? null : Timestamp.from(closedAt))
			.param("due", awardDueAt == null ? null : Timestamp.from(awardDueAt))
			.param("id", requestId)
			.param("from", from.name())
			.update();
		return changed == 1;
	}

	/**
	 * Awards the bid: the award row (one per request, by key), the status AWARDED, the public log,
	 * the feed activity and the notices. The request is locked and in {@code from}.
	 */
	void award(Request request, long bidId, long organisationId, AwardMode mode, @Nullable BigDecimal score,
			RequestStatus from, @Nullable Instant closedAt, Instant now) {
		try {
			jdbc.sql("""
					insert into request_award (request_id, bid_id, organisation_id, mode, score, awarded_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(request.id(), bidId, organisationId, mode.name(), score, Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException alreadyAwarded) {
			throw new IllegalStateException("Request " + request.id() + " is already awarded", alreadyAwarded);
		}
		if (!transition(request.id(), from, RequestStatus.AWARDED, closedAt, null)) {
			throw new IllegalStateException("Request " + request.id() + " left " + from + " while locked");
		}
		requests.log(request.id(), "AWARDED", null, null);
		OrganisationSummary seller = organisations.byId(organisationId);
		content.awarded(request, seller, mode, now);
		var recipients = new LinkedHashSet<Long>();
		recipients.addAll(buyers(request));
		recipients.addAll(sellers.people(organisationId));
		events.publishEvent(new AwardNotified(request.id(), request.title(), seller.name(),
				mode == AwardMode.AUTO ? 0 : request.requesterId(), List.copyOf(recipients), now));
	}

	void notifyClosed(Request request, RequestStatus status, Instant now) {
		content.closed(request, status, now);
		events.publishEvent(new RequestClosed(request.id(), request.title(), status, buyers(request), now));
	}

	/** The requester and everyone who joined. */
	List<Long> buyers(Request request) {
		var ids = new ArrayList<Long>();
		ids.add(request.requesterId());
		ids.addAll(requests.joinerIds(request.id()));
		return ids;
	}
}
