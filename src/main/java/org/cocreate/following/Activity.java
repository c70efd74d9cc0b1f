package org.cocreate.following;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract by which any module puts what happened into feeds: its events implement this
 * interface and are published as usual. The feed stores a snapshot (message key, arguments,
 * link), so it never calls back into the module that published it.
 */
public interface Activity {

	/** Unique per happening, so that a redelivered event is stored once. */
	String activityKey();

	Instant occurredAt();

	/** The member who did it. */
	long actorId();

	/** Message key of the sentence, for example {@code activity.space-created}. */
	String message();

	/** The sentence's arguments after the actor's name, as plain text. */
	List<String> messageArgs();

	/** Where the reader goes to see it. */
	String link();

	/** What the activity concerns besides its actor; followers of any of them see it. */
	List<Target> targets();

	/** A short plain-text excerpt shown under the sentence. */
	default String excerpt() {
		return "";
	}

	/** The slug of the private space it happened in, or null when anyone may see it. */
	default @Nullable String privateToSpace() {
		return null;
	}
}
