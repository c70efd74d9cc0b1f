package org.cocreate.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.content.ContentEvent.Sentence;
import org.cocreate.content.ContentEvent.Space;
import org.cocreate.content.ContentEvent.Type;
import org.cocreate.content.ContentEvent.Visibility;
import org.cocreate.shared.Markdown;
import org.jspecify.annotations.Nullable;

/**
 * What a capability says about a happening; {@link ContentEvents#publish} adds what the platform
 * knows (the actor's handle and language, the canonical address, the version) and publishes it.
 */
public final class Draft {

	final String kind;

	final long id;

	final Type type;

	@Nullable Space space;

	long actorId;

	String title = "";

	String summary = "";

	String path = "";

	final List<String> tags = new ArrayList<>();

	final List<String> organisations = new ArrayList<>();

	final Map<String, Long> counts = new LinkedHashMap<>();

	@Nullable Sentence sentence;

	@Nullable String key;

	Instant occurredAt = Instant.now();

	Draft(String kind, long id, Type type) {
		this.kind = kind;
		this.id = id;
		this.type = type;
	}

	/** The space it lives in; its visibility by name ({@code PUBLIC}, {@code UNLISTED}, {@code PRIVATE}). */
	public Draft in(String spaceSlug, Enum<?> visibility) {
		this.space = new Space(spaceSlug, Visibility.valueOf(visibility.name()));
		return this;
	}

	/** Who did it; 0 (the default) when the platform or a moderator did, who are not named in public. */
	public Draft by(long actorId) {
		this.actorId = actorId;
		return this;
	}

	public Draft title(String title) {
		this.title = title;
		return this;
	}

	/** The summary, made from Markdown as plain text of at most {@value ContentEvent#SUMMARY_LENGTH} characters. */
	public Draft markdown(@Nullable String markdown) {
		this.summary = markdown == null ? "" : Markdown.toPlainText(markdown, ContentEvent.SUMMARY_LENGTH);
		return this;
	}

	public Draft at(String path) {
		this.path = path;
		return this;
	}

	public Draft tags(java.util.Collection<String> tags) {
		this.tags.addAll(tags);
		return this;
	}

	public Draft organisation(@Nullable String slug) {
		if (slug != null) {
			this.organisations.add(slug);
		}
		return this;
	}

	public Draft count(String name, long value) {
		this.counts.put(name, value);
		return this;
	}

	/** How a feed says it; without a sentence the event reaches the stream but not feeds. */
	public Draft feed(String message, String... args) {
		this.sentence = Sentence.of(message, args);
		return this;
	}

	public Draft occurredAt(Instant occurredAt) {
		this.occurredAt = occurredAt;
		return this;
	}

	/**
	 * The happening's key, for a happening that must be recorded once however often it is
	 * published (an idea's first publication, a budget's results); otherwise every publication is
	 * a happening of its own.
	 */
	public Draft key(String key) {
		this.key = key;
		return this;
	}
}
