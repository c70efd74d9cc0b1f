package org.cocreate.ideas.internal;

import java.time.Instant;
import java.util.Optional;
import org.cocreate.content.ContentEvent;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.ContentSnapshot;
import org.cocreate.moderation.ModeratedContent;
import org.cocreate.moderation.SpamGuard;
import org.cocreate.moderation.SpamGuard.Screening;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments' side of the moderation contract (kind {@code idea-comment}): the state lives in
 * {@code idea_comment.moderation}. A held or hidden comment stays in its thread as a placeholder
 * for others (its author sees it with a banner) and is not counted in the idea's comments.
 */
@Component
public class CommentModeration implements ModeratedContent {

	public static final String KIND = "idea-comment";

	private record Row(long ideaId, long authorId, String body, Instant createdAt, long spaceId, @Nullable String state) {
	}

	private final JdbcClient jdbc;

	private final SpamGuard spam;

	private final Spaces spaces;

	private final IdeaContent content;

	CommentModeration(JdbcClient jdbc, SpamGuard spam, Spaces spaces, IdeaContent content) {
		this.content = content;
		this.jdbc = jdbc;
		this.spam = spam;
		this.spaces = spaces;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ContentSnapshot> find(long id) {
		return row(id).map(r -> new ContentSnapshot(new ContentRef(KIND, id), r.authorId(),
				spaces.slugOf(r.spaceId()).orElse(null), r.body(),
				"/ideas/" + r.ideaId() + "#comment-" + id, r.createdAt()));
	}

	@Override
	@Transactional
	public void hide(long id) {
		row(id).ifPresent(r -> {
			jdbc.sql("update idea_comment set moderation = 'HIDDEN' where id = ?").param(id).update();
			if (r.state() == null) {
				jdbc.sql("update idea set comment_count = comment_count - 1 where id = ? and comment_count > 0")
					.param(r.ideaId())
					.update();
				content.commentModerated(id, r.ideaId(), r.spaceId(), ContentEvent.Type.HIDDEN);
			}
		});
	}

	@Override
	@Transactional
	public void restore(long id) {
		row(id).ifPresent(r -> {
			jdbc.sql("update idea_comment set moderation = null where id = ?").param(id).update();
			if (r.state() != null) {
				jdbc.sql("update idea set comment_count = comment_count + 1 where id = ?").param(r.ideaId()).update();
				if ("HELD".equals(r.state())) {
					// held comments were never published: their restore is their publication, by their author
					content.commented(id, r.ideaId(), r.spaceId(), r.body(), r.authorId());
				}
				else {
					content.commentRestored(id, r.ideaId(), r.spaceId(), r.body());
				}
			}
		});
	}

	Screening screen(long authorId, String body) {
		return spam.screen(authorId, body);
	}

	/** Marks a just-stored comment as held (uncounting it) and puts it in the queue. */
	void hold(long id, long ideaId, Screening screening) {
		jdbc.sql("update idea_comment set moderation = 'HELD' where id = ?").param(id).update();
		jdbc.sql("update idea set comment_count = comment_count - 1 where id = ? and comment_count > 0").param(ideaId).update();
		spam.hold(new ContentRef(KIND, id), screening);
	}

	private Optional<Row> row(long id) {
		return jdbc.sql("""
				select c.idea_id, c.author_id, c.body, c.created_at, i.space_id, c.moderation
				from idea_comment c join idea i on i.id = c.idea_id where c.id = ? and c.deleted_at is null""")
			.param(id)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getLong(5), rs.getString(6)))
			.optional();
	}
}
