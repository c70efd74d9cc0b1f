package org.cocreate.ideas.internal;

import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvent.Type;
import org.cocreate.content.ContentEvents;
import org.cocreate.content.Draft;
import org.cocreate.ideas.internal.Idea.StatusChange;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Visibility;
import org.springframework.stereotype.Component;

/**
 * What ideas and their comments tell the platform, as {@link ContentEvent}s: posted, edited,
 * answered, hidden, restored, removed. Called inside the transaction that made the change.
 */
@Component
class IdeaContent {

	private final ContentEvents events;

	private final Spaces spaces;

	IdeaContent(ContentEvents events, Spaces spaces) {
		this.events = events;
		this.spaces = spaces;
	}

	void posted(Idea idea) {
		events.publish(about(idea, Type.PUBLISHED, idea.authorId()).occurredAt(idea.createdAt())
			.key("idea-posted:" + idea.id())
			.feed("activity.idea-posted", idea.title()));
	}

	void edited(Idea idea, long editorId) {
		events.publish(about(idea, Type.UPDATED, editorId).key("idea-revised:" + idea.id() + ":" + idea.revision()));
	}

	/** Staff answered in public; the summary is their response, as the feed shows it. */
	void answered(Idea idea, StatusChange change, long responderId, java.time.Instant at) {
		events.publish(about(idea, Type.ANSWERED, responderId).markdown(change.response())
			.occurredAt(at)
			.key("idea-status:" + idea.id() + ":" + change.to() + ":" + at.toEpochMilli())
			.feed(change.mergedInto() != null ? "activity.idea-merged" : "activity.idea-status-changed", idea.title()));
	}

	/** Hidden by moderation, removed, or shown again (a restore carries the text again). */
	void moderated(Idea idea, Type type) {
		events.publish(type == Type.RESTORED ? about(idea, type, 0) : located(IdeaModeration.KIND, idea.id(), type, idea.spaceId()));
	}

	void commented(long commentId, Idea idea, String body, long authorId) {
		events.publish(located(CommentModeration.KIND, commentId, Type.PUBLISHED, idea.spaceId()).by(authorId)
			.markdown(body)
			.at(commentPath(idea.id(), commentId)));
	}

	/** A comment hidden, removed or shown again (a restore carries its text again). */
	void commentModerated(long commentId, long ideaId, long spaceId, Type type) {
		events.publish(located(CommentModeration.KIND, commentId, type, spaceId).at(commentPath(ideaId, commentId)));
	}

	void commentRestored(long commentId, long ideaId, long spaceId, String body) {
		events.publish(located(CommentModeration.KIND, commentId, Type.RESTORED, spaceId).markdown(body)
			.at(commentPath(ideaId, commentId)));
	}

	private Draft about(Idea idea, Type type, long actorId) {
		return located(IdeaModeration.KIND, idea.id(), type, idea.spaceId()).by(actorId)
			.title(idea.title())
			.markdown(idea.body())
			.tags(idea.tags())
			.at("/ideas/" + idea.id());
	}

	private Draft located(String kind, long id, Type type, long spaceId) {
		var draft = ContentEvent.about(kind, id, type).at(kind.equals(IdeaModeration.KIND) ? "/ideas/" + id : "");
		spaces.slugOf(spaceId)
			.ifPresent(slug -> draft.in(slug, spaces.visibilityOf(spaceId).orElse(Visibility.PRIVATE)));
		return draft;
	}

	private static String commentPath(long ideaId, long commentId) {
		return "/ideas/" + ideaId + "#comment-" + commentId;
	}
}
