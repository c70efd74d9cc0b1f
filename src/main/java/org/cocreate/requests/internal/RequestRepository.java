package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.requests.internal.Request.ScoreWeights;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests and their bids in PostgreSQL, read and locked with explicit SQL. */
@Repository
class RequestRepository {

	static final String COLUMNS = """
			id, requester_id, title, category, specification, quantity, unit, location, latitude, longitude, currency,
			ceiling_price, format, minimum_decrement, anti_sniping_seconds, award_mode, weight_price, weight_delivery,
			weight_rating, total_quantity, joining_open, deadline, original_deadline, status, closed_at, award_due_at,
			requester_completed_at, seller_completed_at, created_at, moderation""";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Request> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from request where id = ?").param(id).query(RequestRepository::map).optional();
	}

	Request get(long id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * Takes the request's row lock for the rest of the transaction and returns the row as it is
	 * then: every bid, join, withdrawal and the close of one request queue here, one at a time.
	 */
	Request lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from request where id = ? for update")
			.param(id)
			.query(RequestRepository::map)
			.optional()
			.orElseThrow(() -> notFound(id));
	}

	/** The database's clock now (not the transaction's start): the one clock every node agrees on. */
	Instant now() {
		return jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
	}

	long insert(long requesterId, Request.Draft d) {
		return jdbc.sql("""
				insert into request (requester_id, title, category, specification, quantity, unit, location, latitude, longitude,
				  currency, ceiling_price, format, minimum_decrement, anti_sniping_seconds, award_mode, weight_price,
				  weight_delivery, weight_rating, total_quantity, deadline, original_deadline)
				values (:requester, :title, :category, :spec, :quantity, :unit, :location, :lat, :lon, :currency, :ceiling,
				  :format, :decrement, :window, :mode, :wp, :wd, :wr, :quantity, :deadline, :deadline)
				returning id""")
			.param("requester", requesterId)
			.param("title", d.title())
			.param("category", d.category().id())
			.param("spec", d.specification())
			.param("quantity", d.quantity())
			.param("unit", d.unit())
			.param("location", d.location())
			.param("lat", d.latitude())
			.param("lon", d.longitude())
			.param("currency", d.currency())
			.param("ceiling", d.ceilingPrice())
			.param("format", d.format().name())
			.param("decrement", d.minimumDecrement())
			.param("window", d.antiSnipingSeconds())
			.param("mode", d.awardMode().name())
			.param("wp", d.weights().price())
			.param("wd", d.weights().delivery())
			.param("wr", d.weights().rating())
			.param("deadline", Timestamp.from(d.deadline()))
			.query(Long.class)
			.single();
	}

	void log(long requestId, String kind, @Nullable BigDecimal amount, @Nullable Instant until) {
		jdbc.sql("insert into request_log (request_id, kind, amount, until) values (?, ?, ?, ?)")
			.params(requestId, kind, amount, until == null ? null : Timestamp.from(until))
			.update();
	}

	/** The lowest active price, or null without bids. */
	@Nullable BigDecimal bestPrice(long requestId) {
		return jdbc.sql("select min(unit_price) from bid where request_id = ? and status = 'ACTIVE'")
			.param(requestId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	Optional<Request.OwnBid> activeBidOf(long requestId, long organisationId) {
		return jdbc.sql("select id, unit_price, delivery_days from bid where request_id = ? and organisation_id = ? and status = 'ACTIVE'")
			.params(requestId, organisationId)
			.query((rs, i) -> new Request.OwnBid(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3)))
			.optional();
	}

	/** The active bids with the seller's id, for the close. */
	List<ActiveBid> activeBids(long requestId) {
		return jdbc.sql("""
				select id, organisation_id, unit_price, delivery_days from bid
				where request_id = ? and status = 'ACTIVE' order by id""")
			.param(requestId)
			.query((rs, i) -> new ActiveBid(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getInt(4)))
			.list();
	}

	record ActiveBid(long id, long organisationId, BigDecimal unitPrice, int deliveryDays) {
	}

	List<Long> joinerIds(long requestId) {
		return jdbc.sql("select member_id from request_join where request_id = ? order by joined_at")
			.param(requestId)
			.query(Long.class)
			.list();
	}

	static DomainException notFound(long id) {
		return DomainException.notFound("error.request.not-found", String.valueOf(id));
	}

	static Request map(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getLong("id"), rs.getLong("requester_id"), rs.getString("title"),
				Category.valueOf(rs.getString("category").toUpperCase(java.util.Locale.ROOT)), rs.getString("specification"),
				rs.getInt("quantity"), rs.getString("unit"), rs.getString("location"), nullableDouble(rs, "latitude"),
				nullableDouble(rs, "longitude"), rs.getString("currency"), rs.getBigDecimal("ceiling_price"),
				AuctionFormat.valueOf(rs.getString("format")), rs.getBigDecimal("minimum_decrement"),
				rs.getInt("anti_sniping_seconds"), AwardMode.valueOf(rs.getString("award_mode")),
				new ScoreWeights(rs.getInt("weight_price"), rs.getInt("weight_delivery"), rs.getInt("weight_rating")),
				rs.getLong("total_quantity"), rs.getBoolean("joining_open"), instant(rs, "deadline"),
				instant(rs, "original_deadline"), RequestStatus.valueOf(rs.getString("status")), instant(rs, "closed_at"),
				instant(rs, "award_due_at"), instant(rs, "requester_completed_at"), instant(rs, "seller_completed_at"),
				instant(rs, "created_at"), rs.getString("moderation"));
	}

	private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double v = rs.getDouble(column);
		return rs.wasNull() ? null : v;
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
