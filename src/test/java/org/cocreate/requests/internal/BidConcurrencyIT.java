package org.cocreate.requests.internal;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A hundred sellers bid at once on one OPEN request, each up to three times, through the HTTP API.
 * From the stored rows: every accepted bid beat the best at the moment it was accepted (by the
 * minimum decrement), the final best is the lowest accepted bid, and every 201 is a row — no
 * accepted bid is lost, no refused one is stored.
 */
@PostgresTest
class BidConcurrencyIT extends RequestsTestBase {

	record Attempt(int status, String code, BigDecimal price, long bidId) {
	}

	record Row(long id, long organisationId, BigDecimal price, String status, Instant placedAt) {
	}

	@Test
	void aHundredSellersBiddingAtOnceAreOrderedExactlyOnce() throws Exception {
		Caller requester = caller("crowd");
		BigDecimal decrement = new BigDecimal("0.50");
		var body = requestBody(Duration.ofMinutes(30));
		body.put("ceilingPrice", new BigDecimal("1000.00"));
		body.put("minimumDecrement", decrement);
		long id = post(requester, body);
		// Set-up one after another: a hundred sign-ups at once (each an Argon2 hash) only wait for the
		// connection pool; the race under test is the bidding below.
		List<Seller> sellers = IntStream.range(0, 100).mapToObj(i -> seller("s" + i)).toList();

		List<List<Attempt>> perSeller = all(sellers.stream().map(s -> (Callable<List<Attempt>>) () -> {
			var attempts = new ArrayList<Attempt>();
			for (int round = 0; round < 3; round++) {
				var live = http().apiGet("/api/v1/requests/" + id + "/live", null).json();
				BigDecimal best = live.get("bestUnitPrice").isNull() ? new BigDecimal("1000.00") : live.get("bestUnitPrice").decimalValue();
				BigDecimal price = best.subtract(decrement.multiply(BigDecimal.valueOf(1 + ThreadLocalRandom.current().nextInt(4))));
				var response = bid(s.owner(), id, price, 1 + ThreadLocalRandom.current().nextInt(30), null);
				boolean ok = response.status() == 201;
				attempts.add(new Attempt(response.status(), ok ? "" : code(response), price, ok ? response.json().get("id").asLong() : 0));
			}
			return attempts;
		}).toList());

		List<Attempt> attempts = perSeller.stream().flatMap(List::stream).toList();
		assertThat(attempts).extracting(Attempt::status).containsOnly(201, 409);
		assertThat(attempts.stream().filter(a -> a.status() == 409).map(Attempt::code).distinct())
			.containsOnly("error.request.bid-not-low-enough");
		List<Attempt> accepted = attempts.stream().filter(a -> a.status() == 201).toList();
		System.out.printf("BidConcurrencyIT: %d attempts by %d sellers, %d accepted, %d refused as not low enough%n",
				attempts.size(), sellers.size(), accepted.size(), attempts.size() - accepted.size());

		List<Row> rows = jdbc.sql("select id, organisation_id, unit_price, status, placed_at from bid where request_id = ? order by id")
			.param(id)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		// no accepted bid is lost and nothing refused is stored
		Set<Long> acceptedIds = new HashSet<>(accepted.stream().map(Attempt::bidId).toList());
		assertThat(rows).extracting(Row::id).containsExactlyInAnyOrderElementsOf(acceptedIds);
		assertThat(accepted.size()).as("several bids accepted under contention").isGreaterThan(1);

		// in the order the row lock admitted them, each beat the best before it by the decrement
		BigDecimal best = null;
		Instant previous = Instant.MIN;
		for (Row row : rows) {
			if (best != null) {
				assertThat(row.price()).as("bid %d", row.id()).isLessThanOrEqualTo(best.subtract(decrement));
			}
			assertThat(row.placedAt()).as("bid %d accepted in lock order", row.id()).isAfterOrEqualTo(previous);
			best = row.price();
			previous = row.placedAt();
		}
		BigDecimal lowest = rows.stream().map(Row::price).min(BigDecimal::compareTo).orElseThrow();
		assertThat(best).isEqualByComparingTo(lowest);
		assertThat(get(id, null).get("bestBid").get("unitPrice").decimalValue()).isEqualByComparingTo(lowest);
		// each seller has at most one active bid: its latest
		long sellersWithBids = rows.stream().map(Row::organisationId).distinct().count();
		assertThat(rows.stream().filter(r -> r.status().equals("ACTIVE")).count()).isEqualTo(sellersWithBids);
		assertThat(count("select count(*) from request_log where request_id = ? and kind = 'BID_PLACED'", id)).isEqualTo(rows.size());
		assertThat(jdbc.sql("select deadline from request where id = ?").param(id).query(Timestamp.class).single().toInstant())
			.as("no bid came near the deadline").isEqualTo(Instant.parse((String) body.get("deadline")));
	}
}
