package org.cocreate.requests.internal;

import java.time.Instant;
import java.util.Optional;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.ContentSnapshot;
import org.cocreate.moderation.ModeratedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bids' side of the moderation contract (kind {@code bid}): the state lives in
 * {@code bid.moderation}, null (visible) or {@code HIDDEN}. What moderation judges is the bid's
 * text, its terms: a hidden bid's terms are replaced by a placeholder for everyone but the
 * bidding seller, while its price and delivery days still count in the auction — hiding words
 * must not change who wins; a fraudulent bid is a matter for withdrawing it or sanctioning its
 * author, not for moderation's "hide". Reviewed by platform admins (no space).
 */
@Component
public class BidModeration implements ModeratedContent {

	public static final String KIND = "bid";

	private record Row(long requestId, long bidderId, String terms, Instant placedAt) {
	}

	private final JdbcClient jdbc;

	BidModeration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ContentSnapshot> find(long id) {
		return jdbc.sql("select request_id, bidder_id, terms, placed_at from bid where id = ?")
			.param(id)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.optional()
			.map(b -> new ContentSnapshot(new ContentRef(KIND, id), b.bidderId(), null, b.terms(),
					"/requests/" + b.requestId() + "#bid-" + id, b.placedAt()));
	}

	@Override
	@Transactional
	public void hide(long id) {
		jdbc.sql("update bid set moderation = 'HIDDEN' where id = ?").param(id).update();
	}

	@Override
	@Transactional
	public void restore(long id) {
		jdbc.sql("update bid set moderation = null where id = ?").param(id).update();
	}
}
