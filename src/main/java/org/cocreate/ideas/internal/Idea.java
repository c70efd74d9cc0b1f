package org.cocreate.ideas.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;

/**
 * An idea: its text, its tags and where it stands. It guards its own transitions — a status
 * change needs a legal move and a public response, a merge needs two different live ideas of
 * one space. Supports and comments are counted by the database in the transactions that store
 * them, so they are not part of what this aggregate writes back.
 */
public class Idea {

	static final int TITLE_MAX = 150;

	static final int BODY_MAX = 20_000;

	static final int RESPONSE_MAX = 5_000;

	static final int TAGS_MAX = 10;

	/** A status change that happened, for the timeline and the event. */
	record StatusChange(IdeaStatus from, IdeaStatus to, String response, @Nullable Long mergedInto) {
	}

	private @Nullable Long id;

	private final long spaceId;

	private final long authorId;

	private String title;

	private String body;

	private List<String> tags;

	private IdeaStatus status;

	private @Nullable Long mergedInto;

	private int revision;

	private @Nullable Instant firstAnsweredAt;

	private final Instant createdAt;

	private @Nullable Instant deletedAt;

	private final int version;

	Idea(@Nullable Long id, long spaceId, long authorId, String title, String body, List<String> tags, IdeaStatus status,
			@Nullable Long mergedInto, int revision, @Nullable Instant firstAnsweredAt, Instant createdAt,
			@Nullable Instant deletedAt, int version) {
		this.id = id;
		this.spaceId = spaceId;
		this.authorId = authorId;
		this.title = title;
		this.body = body;
		this.tags = List.copyOf(tags);
		this.status = status;
		this.mergedInto = mergedInto;
		this.revision = revision;
		this.firstAnsweredAt = firstAnsweredAt;
		this.createdAt = createdAt;
		this.deletedAt = deletedAt;
		this.version = version;
	}

	/** A new idea; the caller has validated the text with {@link #validate}. */
	static Idea post(long spaceId, long authorId, String title, String body, List<String> tags) {
		return new Idea(null, spaceId, authorId, title.strip(), body.strip(), tags, IdeaStatus.OPEN, null, 1, null,
				Instant.now(), null, 0);
	}

	/** What is wrong with a title, body and tags, field by field. */
	static Errors validate(@Nullable String title, @Nullable String body, List<String> tags) {
		var errors = Errors.none();
		if (errors.checkLength("title", title, 1, TITLE_MAX) && Scripts.inText(title)) {
			errors.reject("title", "error.idea.script");
		}
		if (body != null && body.strip().length() > BODY_MAX) {
			errors.reject("body", "error.too-long", BODY_MAX);
		}
		else if (Scripts.inMarkdown(body)) {
			errors.reject("body", "error.idea.script");
		}
		if (tags.size() > TAGS_MAX) {
			errors.reject("tags", "error.idea.too-many-tags", TAGS_MAX);
		}
		return errors;
	}

	void revise(String newTitle, String newBody, List<String> newTags) {
		requireLive();
		this.title = newTitle.strip();
		this.body = newBody.strip();
		this.tags = List.copyOf(newTags);
		this.revision++;
	}

	/** Moves the idea to {@code next} with a public response; refuses illegal moves and empty responses. */
	StatusChange changeStatus(@Nullable IdeaStatus next, @Nullable String response) {
		requireLive();
		var errors = Errors.none();
		if (next == null) {
			errors.reject("status", "error.required");
		}
		if (errors.checkLength("response", response, 1, RESPONSE_MAX) && Scripts.inMarkdown(response)) {
			errors.reject("response", "error.idea.script");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		if (!status.mayMoveTo(Objects.requireNonNull(next))) {
			throw DomainException.conflict("error.idea.transition", status.name(), next.name());
		}
		var change = new StatusChange(status, next, Objects.requireNonNull(response).strip(), null);
		this.status = next;
		answered();
		return change;
	}

	/** Marks this idea as a duplicate of {@code target}; the caller moves supports and followers. */
	StatusChange mergeInto(Idea target, @Nullable String response) {
		var errors = Errors.none();
		errors.checkLength("response", response, 1, RESPONSE_MAX);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		if (id().equals(target.id())) {
			throw DomainException.conflict("error.idea.merge-self");
		}
		requireLive();
		target.requireLive();
		if (spaceId != target.spaceId) {
			throw DomainException.conflict("error.idea.merge-other-space");
		}
		var change = new StatusChange(status, IdeaStatus.MERGED, Objects.requireNonNull(response).strip(), target.id());
		this.status = IdeaStatus.MERGED;
		this.mergedInto = target.id();
		answered();
		return change;
	}

	void delete() {
		if (deletedAt == null) {
			this.deletedAt = Instant.now();
		}
	}

	/** Refuses anything but reading on a deleted or merged idea. */
	void requireLive() {
		if (deletedAt != null) {
			throw DomainException.conflict("error.idea.deleted");
		}
		if (mergedInto != null) {
			throw DomainException.conflict("error.idea.merged", String.valueOf(mergedInto));
		}
	}

	private void answered() {
		if (firstAnsweredAt == null) {
			firstAnsweredAt = Instant.now();
		}
	}

	Long id() {
		return Objects.requireNonNull(id);
	}

	void assignId(long newId) {
		this.id = newId;
	}

	long spaceId() {
		return spaceId;
	}

	public long authorId() {
		return authorId;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public List<String> tags() {
		return tags;
	}

	public IdeaStatus status() {
		return status;
	}

	public @Nullable Long mergedInto() {
		return mergedInto;
	}

	public int revision() {
		return revision;
	}

	public @Nullable Instant firstAnsweredAt() {
		return firstAnsweredAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant deletedAt() {
		return deletedAt;
	}

	public boolean deleted() {
		return deletedAt != null;
	}

	int version() {
		return version;
	}
}
