package org.cocreate.following;

import java.time.Instant;
import java.util.List;
import org.cocreate.identity.MemberSummary;

/** One line of a feed: who did what, where to see it. */
public record FeedItem(long id, Instant occurredAt, MemberSummary actor, String message, List<String> args, String link,
		String excerpt) {
}
