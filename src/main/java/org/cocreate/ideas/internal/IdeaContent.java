package org.cocreate.ideas.internal;

import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvent.Type;
import org.cocreate.content.ContentEvents;
import org.cocreate.content.Draft;
import org.cocreate.ideas.internal.Idea.StatusChange;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What ideas and their comments tell the platform, as {@link ContentEvent}s: posted, edited,
 * answered, hidden, restored, removed. Called inside the transaction that made the change.
 */
@Component
class IdeaContent {

	private final ContentEvents events;

	private final Spaces spaces;

	private final JdbcClient jdbc;

	IdeaContent(ContentEvents events, Spaces spaces, JdbcClient jdbc) {
		this.events = events;
		this.spaces = spaces;
		this.jdbc = jdbc;
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

	/**
	 * Hidden by moderation, removed, or shown again (a restore carries the text again). Its
	 * comments go and come back with it: each comment that is itself visible gets the same event.
	 */
	void moderated(Idea idea, Type type) {
		events.publish(type == Type.RESTORED ? about(idea, type, 0) : located(IdeaModeration.KIND, idea.id(), type, idea.spaceId()));
		for (var comment : visibleComments(idea.id())) {
			if (type == Type.RESTORED) {
				commentRestored(comment.id(), idea.id(), idea.spaceId(), comment.body());
			}
			else {
				commentModerated(comment.id(), idea.id(), idea.spaceId(), type);
			}
		}
	}

	void commented(long commentId, long ideaId, long spaceId, String body, long authorId) {
		events.publish(located(CommentModeration.KIND, commentId, Type.PUBLISHED, spaceId).by(authorId)
			.markdown(body)
			.at(commentPath(ideaId, commentId)));
	}

	/** The author changed a comment within the edit window: the stream gets the new text. */
	void commentEdited(long commentId, long ideaId, long spaceId, String body, long authorId) {
		events.publish(located(CommentModeration.KIND, commentId, Type.UPDATED, spaceId).by(authorId)
			.markdown(body)
			.at(commentPath(ideaId, commentId)));
	}

	private record VisibleComment(long id, String body) {
	}

	private java.util.List<VisibleComment> visibleComments(long ideaId) {
		return jdbc.sql("select id, body from idea_comment where idea_id = ? and deleted_at is null and moderation is null")
			.param(ideaId)
			.query(VisibleComment.class)
			.list();
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

	/** An event in the idea's space; a space that cannot be found is an error, never "no space" (public). */
	private Draft located(String kind, long id, Type type, long spaceId) {
		String slug = spaces.slugOf(spaceId).orElseThrow(() -> new IllegalStateException("no space " + spaceId));
		return ContentEvent.about(kind, id, type)
			.at(kind.equals(IdeaModeration.KIND) ? "/ideas/" + id : "")
			.in(slug, spaces.visibilityOf(spaceId).orElse(Visibility.PRIVATE));
	}

	private static String commentPath(long ideaId, long commentId) {
		return "/ideas/" + ideaId + "#comment-" + commentId;
	}
}
