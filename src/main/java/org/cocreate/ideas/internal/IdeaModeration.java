package org.cocreate.ideas.internal;

import java.util.Optional;
import org.cocreate.content.ContentEvent;
import org.cocreate.ideas.internal.IdeaPermissions.Action;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.ContentSnapshot;
import org.cocreate.moderation.ModeratedContent;
import org.cocreate.moderation.SpamGuard;
import org.cocreate.moderation.SpamGuard.Screening;
import org.cocreate.moderation.VoteEvents.VotesVoided;
import org.cocreate.shared.DomainException;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas' side of the moderation contract (kind {@code idea}): the state lives in
 * {@code idea.moderation} — null (visible), {@code HELD} (suspected spam, never published yet) or
 * {@code HIDDEN}. Held and hidden ideas leave the boards; their page shows the author a banner and
 * others a placeholder. Also removes voided supports, keeping each count equal to its rows.
 */
@Component
public class IdeaModeration implements ModeratedContent {

	public static final String KIND = "idea";

	private final JdbcClient jdbc;

	private final IdeaRepository ideas;

	private final IdeaPermissions permissions;

	private final SpamGuard spam;

	private final IdeaContent content;

	private final Spaces spaces;

	IdeaModeration(JdbcClient jdbc, IdeaRepository ideas, IdeaPermissions permissions, SpamGuard spam,
			IdeaContent content, Spaces spaces) {
		this.spaces = spaces;
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.permissions = permissions;
		this.spam = spam;
		this.content = content;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ContentSnapshot> find(long id) {
		return ideas.find(id).filter(i -> !i.deleted()).map(i -> new ContentSnapshot(new ContentRef(KIND, id), i.authorId(),
				spaceSlug(i), i.title() + "\n\n" + i.body(), "/ideas/" + id, i.createdAt()));
	}

	@Override
	@Transactional
	public void hide(long id) {
		String before = state(id);
		jdbc.sql("update idea set moderation = 'HIDDEN' where id = ?").param(id).update();
		Idea idea = ideas.get(id);
		if (before == null && !idea.deleted()) {
			content.moderated(idea, ContentEvent.Type.HIDDEN);
		}
	}

	@Override
	@Transactional
	public void restore(long id) {
		String before = state(id);
		jdbc.sql("update idea set moderation = null where id = ?").param(id).update();
		Idea idea = ideas.get(id);
		if (idea.deleted()) {
			return; // removed by its author meanwhile: it stays removed everywhere
		}
		if ("HELD".equals(before)) {
			content.posted(idea);
		}
		else if ("HIDDEN".equals(before)) {
			content.moderated(idea, ContentEvent.Type.RESTORED);
		}
	}

	/** Null (visible), HELD or HIDDEN. */
	@Transactional(readOnly = true)
	public @Nullable String state(long id) {
		return jdbc.sql("select moderation from idea where id = ?").param(id).query(String.class).optional().orElse(null);
	}

	/** Screens a new idea before it is stored. */
	Screening screen(long authorId, String title, String body) {
		return spam.screen(authorId, title + "\n\n" + body);
	}

	/** Marks a just-stored idea as held and puts it in the queue. */
	void hold(long id, Screening screening) {
		jdbc.sql("update idea set moderation = 'HELD' where id = ?").param(id).update();
		spam.hold(new ContentRef(KIND, id), screening);
	}

	/**
	 * A held or hidden idea is shown to its author and the space's moderators only; others get a
	 * placeholder (hidden) or nothing (held: it was never published).
	 */
	public @Nullable String requireVisible(Idea idea, SpaceSummary space, @Nullable Long viewerId) {
		String state = state(idea.id());
		if (state == null || viewerId != null && (viewerId == idea.authorId()
				|| permissions.allowed(Action.MODERATE, space, viewerId))) {
			return state;
		}
		throw "HELD".equals(state) ? DomainException.notFound("error.idea.not-found", String.valueOf(idea.id()))
				: DomainException.notFound("moderation.placeholder.idea", String.valueOf(idea.id()));
	}

	/** Moderators voided supports: remove them and recount from the rows, under the idea's lock. */
	@ApplicationModuleListener
	void on(VotesVoided voided) {
		if (!KIND.equals(voided.target().kind()) || voided.memberIds().isEmpty()) {
			return;
		}
		long id = voided.target().id();
		jdbc.sql("select id from idea where id = ? for no key update").param(id).query(Long.class).optional();
		jdbc.sql("delete from idea_support where idea_id = :idea and member_id in (:members)")
			.param("idea", id)
			.param("members", voided.memberIds())
			.update();
		jdbc.sql("""
				update idea i set support_count = s.n, hot = idea_hot(s.n, i.created_at)
				from (select count(*) as n from idea_support where idea_id = :idea) s where i.id = :idea""")
			.param("idea", id)
			.update();
	}

	private @Nullable String spaceSlug(Idea idea) {
		return spaces.slugOf(idea.spaceId()).orElse(null);
	}
}
