package org.cocreate.requests.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Markdown;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows an award: a private thread between the buyers (the requester and the joiners) and
 * the winning seller's people; both sides mark the request completed (the requester for the
 * buyers); then each side rates the other once, 1–5 stars with a text. The requester's rating of
 * the seller is public on the seller's page and feeds the AUTO score of later requests.
 */
@Service
public class AfterAward {

	/** Which side of an awarded request a member is on, if any. */
	public enum Side {
		REQUESTER, JOINER, SELLER
	}

	/** A message of the private thread. */
	public record Message(long id, MemberSummary author, boolean forSeller, String body, String bodyHtml, Instant at) {
	}

	/** A rating one side gave the other. */
	public record GivenRating(String direction, int stars, String body, MemberSummary author, Instant at) {
	}

	private final RequestRepository requests;

	private final Sellers sellers;

	private final Members members;

	private final JdbcClient jdbc;

	AfterAward(RequestRepository requests, Sellers sellers, Members members, JdbcClient jdbc) {
		this.requests = requests;
		this.sellers = sellers;
		this.members = members;
		this.jdbc = jdbc;
	}

	/** The winning seller's organisation id, once awarded. */
	public Optional<Long> winner(long requestId) {
		return jdbc.sql("select organisation_id from request_award where request_id = ?").param(requestId).query(Long.class).optional();
	}

	/** The member's side in the awarded request, or empty when they are not part of it (or it is not awarded). */
	@Transactional(readOnly = true)
	public Optional<Side> side(Request request, @Nullable Long memberId) {
		if (memberId == null) {
			return Optional.empty();
		}
		Optional<Long> winner = winner(request.id());
		if (winner.isEmpty()) {
			return Optional.empty();
		}
		if (request.requesterId() == memberId) {
			return Optional.of(Side.REQUESTER);
		}
		if (sellers.people(winner.get()).contains(memberId)) {
			return Optional.of(Side.SELLER);
		}
		if (requests.joinerIds(request.id()).contains(memberId)) {
			return Optional.of(Side.JOINER);
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<Message> messages(long requestId, @Nullable Long viewerId) {
		Request request = requests.get(requestId);
		side(request, viewerId).orElseThrow(() -> DomainException.forbidden("error.request.thread-private"));
		var rows = jdbc.sql("select id, author_id, organisation_id is not null, body, created_at from request_message where request_id = ? order by id")
			.param(requestId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
					rs.getTimestamp(5).toInstant() })
			.list();
		var authors = members.summaries(rows.stream().map(r -> (Long) r[1]).toList());
		return rows.stream()
			.map(r -> new Message((long) r[0], authors.get((Long) r[1]), (boolean) r[2], (String) r[3],
					Markdown.toSafeHtml((String) r[3]), (Instant) r[4]))
			.toList();
	}

	@Transactional
	public long write(long authorId, long requestId, @Nullable String body) {
		Request request = requests.get(requestId);
		Side side = side(request, authorId).orElseThrow(() -> DomainException.forbidden("error.request.thread-private"));
		String text = body == null ? "" : body.strip();
		var errors = Errors.none();
		errors.checkLength("body", text, 1, 5000);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return jdbc.sql("insert into request_message (request_id, author_id, organisation_id, body) values (?, ?, ?, ?) returning id")
			.params(requestId, authorId, side == Side.SELLER ? winner(requestId).orElseThrow() : null, text)
			.query(Long.class)
			.single();
	}

	/** Marks the request completed for one side; when both have, it is COMPLETED. */
	@Transactional
	public RequestStatus complete(long memberId, long requestId) {
		Request request = requests.lock(requestId);
		Side side = side(request, memberId).filter(s -> s != Side.JOINER)
			.orElseThrow(() -> DomainException.forbidden("error.request.complete-refused"));
		if (request.status() != RequestStatus.AWARDED) {
			throw DomainException.conflict("error.request.complete-not-awarded", request.status().name());
		}
		String column = side == Side.REQUESTER ? "requester_completed_at" : "seller_completed_at";
		jdbc.sql("update request set " + column + " = coalesce(" + column + ", clock_timestamp()) where id = ?").param(requestId).update();
		int done = jdbc.sql("""
				update request set status = 'COMPLETED'
				where id = ? and status = 'AWARDED' and requester_completed_at is not null and seller_completed_at is not null""")
			.param(requestId)
			.update();
		if (done == 1) {
			requests.log(requestId, "COMPLETED", null, null);
			return RequestStatus.COMPLETED;
		}
		return RequestStatus.AWARDED;
	}

	/** Rates the other side of a completed request, once: the requester rates the seller, the seller's people the requester. */
	@Transactional
	public void rate(long memberId, long requestId, @Nullable Integer stars, @Nullable String body) {
		var errors = Errors.none();
		if (stars == null) {
			errors.reject("stars", "error.required");
		}
		else if (stars < 1 || stars > 5) {
			errors.reject("stars", "error.request.stars-range");
		}
		String text = body == null ? "" : body.strip();
		errors.checkLength("body", text, 0, 2000);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		Request request = requests.lock(requestId);
		Side side = side(request, memberId).filter(s -> s != Side.JOINER)
			.orElseThrow(() -> DomainException.forbidden("error.request.rate-refused"));
		if (request.status() != RequestStatus.COMPLETED) {
			throw DomainException.conflict("error.request.rate-not-completed");
		}
		String direction = side == Side.REQUESTER ? "OF_SELLER" : "OF_REQUESTER";
		int inserted = jdbc.sql("""
				insert into request_rating (request_id, direction, organisation_id, author_id, stars, body)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(requestId, direction, winner(requestId).orElseThrow(), memberId, stars, text)
			.update();
		if (inserted == 0) {
			throw DomainException.conflict("error.request.rated-already");
		}
	}

	@Transactional(readOnly = true)
	public List<GivenRating> ratings(long requestId) {
		var rows = jdbc.sql("select direction, stars, body, author_id, created_at from request_rating where request_id = ? order by direction")
			.param(requestId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
					rs.getTimestamp(5).toInstant() })
			.list();
		var authors = members.summaries(rows.stream().map(r -> (Long) r[3]).toList());
		return rows.stream()
			.map(r -> new GivenRating((String) r[0], (int) r[1], (String) r[2], authors.get((Long) r[3]), (Instant) r[4]))
			.toList();
	}
}
