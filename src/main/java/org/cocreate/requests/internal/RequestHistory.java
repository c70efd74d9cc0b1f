package org.cocreate.requests.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For demo data only: lets a seeded request end now and places its history in the past, so the
 * demo shows closed, awarded and rated requests without waiting for real deadlines. The close
 * itself is the real one.
 */
@Component
public class RequestHistory {

	private final JdbcClient jdbc;

	private final AuctionCloser closer;

	RequestHistory(JdbcClient jdbc, AuctionCloser closer) {
		this.jdbc = jdbc;
		this.closer = closer;
	}

	/** Moves the deadline of an open request to now and closes it as the job would. */
	public void endNow(long requestId) {
		jdbc.sql("update request set deadline = clock_timestamp() where id = ? and status = 'OPEN'").param(requestId).update();
		closer.closeDue();
	}

	/** Moves every time of the request, its bids, log, award, thread and ratings back by {@code by}. */
	@Transactional
	public void moveBack(long requestId, Duration by) {
		String interval = by.toSeconds() + " seconds";
		jdbc.sql("""
				update request set created_at = created_at - cast(:i as interval), deadline = deadline - cast(:i as interval),
				  original_deadline = original_deadline - cast(:i as interval), closed_at = closed_at - cast(:i as interval),
				  award_due_at = award_due_at - cast(:i as interval), requester_completed_at = requester_completed_at - cast(:i as interval),
				  seller_completed_at = seller_completed_at - cast(:i as interval)
				where id = :id""")
			.param("i", interval)
			.param("id", requestId)
			.update();
		for (String table : new String[] { "bid:placed_at", "request_log:at", "request_award:awarded_at", "request_message:created_at",
				"request_rating:created_at", "request_join:joined_at" }) {
			String[] t = table.split(":");
			jdbc.sql("update " + t[0] + " set " + t[1] + " = " + t[1] + " - cast(:i as interval) where request_id = :id")
				.param("i", interval)
				.param("id", requestId)
				.update();
		}
	}
}
