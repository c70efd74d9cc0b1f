package org.cocreate.ideas.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.ideas.internal.Idea.StatusChange;
import org.cocreate.ideas.internal.IdeaEvents.IdeaStatusChanged;
import org.cocreate.ideas.internal.IdeaPermissions.Action;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.Hashtags;
import org.cocreate.shared.Images;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting, editing, answering, merging and removing ideas: one use case per method. */
@Service
public class Ideas {

	/** A new idea for the space {@code spaceSlug}; {@code tags} are added to the body's #hashtags. */
	public record PostIdea(String spaceSlug, @Nullable String title, @Nullable String body, @Nullable List<String> tags) {
	}

	/** The author's new text for an idea. */
	public record EditIdea(@Nullable String title, @Nullable String body, @Nullable List<String> tags) {
	}

	/** A status change with its public response. */
	public record ChangeStatus(@Nullable IdeaStatus status, @Nullable String response) {
	}

	/** Merging one idea into another, with the public response shown on the merged one. */
	public record MergeIdea(long into, @Nullable String response) {
	}

	private final IdeaRepository ideas;

	private final IdeaPermissions permissions;

	private final IdeaFollowers followers;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final IdeaImages images;

	private final IdeaModeration moderation;

	private final IdeaContent content;

	Ideas(IdeaRepository ideas, IdeaPermissions permissions, IdeaFollowers followers, JdbcClient jdbc,
			ApplicationEventPublisher events, IdeaImages images, IdeaModeration moderation, IdeaContent content) {
		this.content = content;
		this.images = images;
		this.moderation = moderation;
		this.ideas = ideas;
		this.permissions = permissions;
		this.followers = followers;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Posts an idea without pictures (see {@link #submit}); its author follows it. Returns the new idea's id. */
	@Transactional
	public long post(long authorId, PostIdea command) {
		return submit(authorId, command, List.of()).id();
	}

	/** A posted idea: its id, and whether it was held for review as suspected spam instead of published. */
	public record Posted(long id, boolean held) {
	}

	/**
	 * Posts an idea with up to four pictures (see {@link IdeaImages}), screened for spam first:
	 * suspected spam is stored but held for review (not on the board, not in feeds) and its author
	 * is told, never silently dropped. The text and the pictures are checked together, so every
	 * problem is reported at once, and nothing is stored unless all is well.
	 */
	@Transactional
	public Posted submit(long authorId, PostIdea command, List<byte[]> images) {
		SpaceSummary space = permissions.space(command.spaceSlug(), authorId);
		requireBoard(space);
		permissions.require(Action.PARTICIPATE, space, authorId);
		List<String> tags = tags(command.title(), command.body(), command.tags());
		Errors errors = Idea.validate(command.title(), command.body(), tags);
		List<Images.Encoded> pictures = List.of();
		try {
			pictures = IdeaImages.prepare(images, 0);
		}
		catch (InvalidCommand refused) {
			refused.errors().all().forEach(e -> errors.reject(e.field(), e.code(), e.args().toArray()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		var screening = moderation.screen(authorId, Objects.requireNonNullElse(command.title(), ""), Objects.requireNonNullElse(command.body(), ""));
		Idea idea = ideas.insert(Idea.post(space.id(), authorId, Objects.requireNonNullElse(command.title(), ""), Objects.requireNonNullElse(command.body(), ""), tags));
		this.images.store(idea.id(), authorId, pictures, idea.title());
		followers.autoFollow(idea.id(), authorId);
		if (screening.held()) {
			moderation.hold(idea.id(), screening);
			return new Posted(idea.id(), true);
		}
		content.posted(idea);
		return new Posted(idea.id(), false);
	}

	/** The author changes the text; the previous text stays as a revision anyone can compare. */
	@Transactional
	public void edit(long editorId, long ideaId, EditIdea command) {
		Idea idea = ideas.lock(ideaId).getFirst();
		permissions.space(idea, editorId);
		if (idea.authorId() != editorId) {
			throw DomainException.forbidden("error.idea.edit-refused");
		}
		List<String> tags = tags(command.title(), command.body(), command.tags());
		Errors errors = Idea.validate(command.title(), command.body(), tags);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		revise(idea, editorId, Objects.requireNonNullElse(command.title(), ""), Objects.requireNonNullElse(command.body(), ""), tags);
	}

	/** Stores a new revision of the idea's text, by {@code authorId} (the author, or an accepted proposer). */
	void revise(Idea idea, long authorId, String title, String body, List<String> tags) {
		idea.revise(title, body, tags);
		ideas.update(idea);
		jdbc.sql("insert into idea_revision (idea_id, number, title, body, author_id) values (?, ?, ?, ?, ?)")
			.params(idea.id(), idea.revision(), idea.title(), idea.body(), authorId)
			.update();
		if (moderation.state(idea.id()) == null) {
			content.edited(idea, authorId);
		}
	}

	/** Staff answer in public: a legal move to the next status with a response text. */
	@Transactional
	public void changeStatus(long responderId, long ideaId, ChangeStatus command) {
		Idea idea = ideas.lock(ideaId).getFirst();
		SpaceSummary space = permissions.space(idea, responderId);
		permissions.require(Action.ANSWER, space, responderId);
		StatusChange change = idea.changeStatus(command.status(), command.response());
		ideas.update(idea);
		record(idea, change, responderId, space);
	}

	/**
	 * Merges a duplicate into another idea of the same space. Both are locked in id order; the
	 * duplicate's supporters and followers move over (a member who supported both counts once,
	 * the target's author is not made to support their own idea) and its page links to the target.
	 */
	@Transactional
	public void merge(long actorId, long ideaId, MergeIdea command) {
		List<Idea> locked = ideas.lock(ideaId, command.into());
		if (locked.size() < 2) {
			throw DomainException.conflict("error.idea.merge-self");
		}
		Idea duplicate = locked.stream().filter(i -> i.id() == ideaId).findFirst().orElseThrow();
		Idea target = locked.stream().filter(i -> i.id() == command.into()).findFirst().orElseThrow();
		SpaceSummary space = permissions.space(duplicate, actorId);
		permissions.require(Action.ANSWER, space, actorId);
		StatusChange change = duplicate.mergeInto(target, command.response());
		ideas.update(duplicate);
		jdbc.sql("""
				insert into idea_support (idea_id, member_id, created_at)
				select :target, member_id, created_at from idea_support where idea_id = :duplicate and member_id <> :author
				on conflict do nothing""")
			.param("target", target.id())
			.param("duplicate", duplicate.id())
			.param("author", target.authorId())
			.update();
		jdbc.sql("delete from idea_support where idea_id = ?").param(duplicate.id()).update();
		jdbc.sql("""
				update idea i set support_count = s.n, hot = idea_hot(s.n, i.created_at)
				from (select count(*) as n from idea_support where idea_id = :target) s where i.id = :target""")
			.param("target", target.id())
			.update();
		jdbc.sql("update idea set support_count = 0, hot = idea_hot(0, created_at) where id = ?")
			.param(duplicate.id())
			.update();
		followers.moveAll(duplicate.id(), target.id());
		record(duplicate, change, actorId, space);
	}

	/** Removes an idea: its author, or a moderator. Its page then says it was removed. */
	@Transactional
	public void delete(long actorId, long ideaId) {
		Idea idea = ideas.lock(ideaId).getFirst();
		SpaceSummary space = permissions.space(idea, actorId);
		if (idea.authorId() != actorId) {
			permissions.require(Action.MODERATE, space, actorId);
		}
		boolean published = !"HELD".equals(moderation.state(idea.id()));
		idea.delete();
		ideas.update(idea);
		if (published) {
			content.moderated(idea, org.cocreate.content.ContentEvent.Type.REMOVED);
		}
	}

	/** Turns following an idea on or off; off is remembered (supporting later does not switch it back on). */
	@Transactional
	public void follow(long memberId, long ideaId, boolean active) {
		Idea idea = ideas.get(ideaId);
		permissions.require(Action.PARTICIPATE, permissions.space(idea, memberId), memberId);
		if (idea.deleted()) {
			throw DomainException.conflict("error.idea.deleted");
		}
		followers.set(ideaId, memberId, active);
	}

	private void record(Idea idea, StatusChange change, long responderId, SpaceSummary space) {
		jdbc.sql("""
				insert into idea_status_change (idea_id, from_status, to_status, response, responder_id, merged_into)
				values (?, ?, ?, ?, ?, ?)""")
			.params(idea.id(), change.from().name(), change.to().name(), change.response(), responderId, change.mergedInto())
			.update();
		Instant now = Instant.now();
		if (moderation.state(idea.id()) == null) {
			content.answered(idea, change, responderId, now);
		}
		events.publishEvent(new IdeaStatusChanged(idea.id(), idea.title(), change.to(), change.mergedInto(), responderId, now,
				followers.active(change.mergedInto() != null ? change.mergedInto() : idea.id())));
	}

	public static void requireBoard(SpaceSummary space) {
		if (!space.capabilities().contains(IdeasCapability.ID)) {
			throw DomainException.notFound("error.idea.board-off", space.slug());
		}
	}

	/** The explicit tags (with or without #) plus the #hashtags of title and body, normalised and distinct. */
	static List<String> tags(@Nullable String title, @Nullable String body, @Nullable List<String> explicit) {
		var tags = new LinkedHashSet<String>();
		var invalid = new ArrayList<String>();
		if (explicit != null) {
			for (String t : explicit) {
				if (t == null || t.isBlank()) {
					continue;
				}
				String tag = Hashtags.normalise(t.strip());
				if (Hashtags.isValid(tag)) {
					tags.add(tag);
				}
				else {
					invalid.add(t.strip());
				}
			}
		}
		if (!invalid.isEmpty()) {
			throw new InvalidCommand(Errors.of("tags", "error.idea.invalid-tags", String.join(", ", invalid)));
		}
		tags.addAll(Hashtags.in(Objects.requireNonNullElse(title, "")));
		tags.addAll(Hashtags.in(Objects.requireNonNullElse(body, "")));
		return List.copyOf(tags);
	}

}
