package org.cocreate.content;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Version 1 of the one public content event: what happened to one piece of public content.
 * Everything in it may be shown to whoever may see its space; nothing private (a sealed bid's
 * amount, an e-mail address) ever goes in it. A withdrawal ({@link Type#HIDDEN},
 * {@link Type#REMOVED}) carries no title or summary.
 *
 * @param version      the shape of this record, {@value #VERSION}; consumers storing it keep it
 * @param key          unique per happening, so a redelivered event is recorded once
 * @param kind         the content kind, as its capability declares it ({@code idea}, {@code request} …)
 * @param id           the item's id within its kind
 * @param type         what happened
 * @param space        the space it lives in, or null for content outside spaces (requests, organisations)
 * @param actor        who did it, or null when the platform or its moderators did (moderators are not named in public)
 * @param title        a plain-text title (empty for a withdrawal)
 * @param summary      plain text made from the Markdown, at most {@value #SUMMARY_LENGTH} characters
 * @param path         where it is in the application, for example {@code /ideas/42}
 * @param url          the canonical absolute address ({@code COCREATE_BASE_URL} + path)
 * @param language     the language it was written in (the author's), a BCP 47 tag
 * @param tags         its hashtags, normalised
 * @param organisations slugs of organisations it concerns (a space's host, an awarded seller)
 * @param counts       public counts after it happened, for example {@code bids} on a request
 * @param sentence     how a feed says it, or null when it is not worth a line in a feed (an edit, a comment)
 * @param occurredAt   when it happened
 */
public record ContentEvent(int version, String key, String kind, long id, Type type, @Nullable Space space, @Nullable Actor actor,
		String title, String summary, String path, String url, String language, List<String> tags,
		List<String> organisations, Map<String, Long> counts, @Nullable Sentence sentence, Instant occurredAt) {

	public static final int VERSION = 1;

	public static final int SUMMARY_LENGTH = 500;

	/**
	 * The kind of events about spaces themselves. Only such an event, published when a space is
	 * created or changed, says what a space's visibility is now ({@link #speaksForItsSpace()});
	 * every other event carries its space's visibility as its publisher saw it, which may be stale.
	 */
	public static final String SPACE_KIND = "space";

	/** What happened to the item. */
	public enum Type {

		PUBLISHED, UPDATED, STATUS_CHANGED, ANSWERED, JOINED, HIDDEN, RESTORED, REMOVED;

		/** Whether the item may no longer be shown after it. */
		public boolean withdraws() {
			return this == HIDDEN || this == REMOVED;
		}

		/** The name used in the API, for example {@code status-changed}. */
		public String apiName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** Who may see a space's content: anyone, anyone with its link, or its members. */
	public enum Visibility {
		PUBLIC, UNLISTED, PRIVATE
	}

	/** The space an item lives in, with the space's visibility when the event happened. */
	public record Space(String slug, Visibility visibility) {
	}

	/** The member who did it. */
	public record Actor(long id, String handle) {
	}

	/** A feed's sentence: a message key whose arguments follow the actor's name. */
	public record Sentence(String message, List<String> args) {

		public static Sentence of(String message, String... args) {
			return new Sentence(message, List.of(args));
		}
	}

	public ContentEvent {
		tags = List.copyOf(tags);
		organisations = List.copyOf(organisations);
		counts = Map.copyOf(counts);
		if (type.withdraws()) {
			title = "";
			summary = "";
		}
	}

	/**
	 * Whether the event says what its space's visibility is now: a space was created or changed,
	 * in the transaction that changed it. Consumers move their idea of a space's visibility only
	 * on such events.
	 */
	public boolean speaksForItsSpace() {
		return SPACE_KIND.equals(kind) && (type == Type.PUBLISHED || type == Type.UPDATED);
	}

	/** Whether the item lives in a space only some may see. */
	public boolean restricted() {
		return space != null && space.visibility() != Visibility.PUBLIC;
	}

	/** A draft of an event about one item; {@link ContentEvents#publish} completes and publishes it. */
	public static Draft about(String kind, long id, Type type) {
		return new Draft(kind, id, type);
	}
}
