package org.cocreate.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What moderation needs to know about a piece of content, as its owning module tells it.
 *
 * @param authorId the member who wrote it (warned, suspended, notified, allowed to appeal)
 * @param spaceSlug the space it belongs to, whose organisation's moderators review it; null for
 *     content outside spaces (a profile), which only platform admins review
 * @param text its text as plain text (title and body together), for the queue and the classifier
 * @param link where a reader sees it, for example {@code /ideas/42#comment-7}
 */
public record ContentSnapshot(ContentRef ref, long authorId, @Nullable String spaceSlug, String text, String link,
		Instant createdAt) {
}
