package org.cocreate.notifications;

import java.time.Instant;
import java.util.List;

/**
 * The contract by which any module tells members something in their in-app inbox: its events
 * implement this interface and are published as usual. The inbox stores a snapshot (message key,
 * arguments, link) per recipient, so it never calls back into the module that published it.
 * The publisher names the recipients, because only it knows who cares (an idea's followers, a
 * request's joiners, the author of hidden content).
 */
public interface Notice {

	/** Unique per happening, so that a redelivered event notifies each recipient once. */
	String noticeKey();

	Instant occurredAt();

	/** Member ids to notify. The actor ({@link #actorId()}) is never notified of their own act. */
	List<Long> recipientIds();

	/** The member who caused it, or 0 when the platform did (a deadline passed, say). */
	long actorId();

	/** Message key of the sentence, for example {@code notice.idea-status-changed}; arguments follow. */
	String noticeMessage();

	/** The sentence's arguments, as plain text. */
	List<String> noticeArgs();

	/** Where the reader goes to see it. */
	String noticeLink();

	/**
	 * The kind of public content it is about, as in its {@code ContentEvent}s, or null. While that
	 * item is withdrawn (hidden, removed), the notice is not shown: its sentence names the item.
	 */
	default @org.jspecify.annotations.Nullable String contentKind() {
		return null;
	}

	/** The id of the content it is about, with {@link #contentKind()}. */
	default long contentId() {
		return 0;
	}
}
