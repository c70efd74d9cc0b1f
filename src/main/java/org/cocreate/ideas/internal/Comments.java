package org.cocreate.ideas.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.ideas.internal.IdeaPermissions.Action;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Markdown;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion under an idea: threads two levels deep (a reply to a reply joins the thread of its
 * top-level comment), Markdown, up-votes, edits within {@link #EDIT_WINDOW} and deletion that
 * leaves a placeholder so the thread stays readable.
 */
@Service
public class Comments {

	public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

	static final int BODY_MAX = 10_000;

	/** A comment as pages and the API show it; a deleted one has no body. */
	public record CommentView(long id, @Nullable Long parentId, MemberSummary author, String body, String bodyHtml,
			int upvotes, Instant createdAt, @Nullable Instant editedAt, boolean deleted, boolean editable,
			boolean upvotedByViewer, List<CommentView> replies, @Nullable String moderation) {
	}

	private record Row(long id, long ideaId, @Nullable Long parentId, long authorId, String body, int upvotes,
			Instant createdAt, @Nullable Instant editedAt, boolean deleted, @Nullable String moderation) {
	}

	private final JdbcClient jdbc;

	private final IdeaRepository ideas;

	private final IdeaPermissions permissions;

	private final IdeaFollowers followers;

	private final Members members;

	private final CommentModeration moderation;

	private final IdeaContent content;

	private final IdeaModeration ideaModeration;

	Comments(JdbcClient jdbc, IdeaRepository ideas, IdeaPermissions permissions, IdeaFollowers followers, Members members,
			CommentModeration moderation, IdeaContent content, IdeaModeration ideaModeration) {
		this.ideaModeration = ideaModeration;
		this.moderation = moderation;
		this.content = content;
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.permissions = permissions;
		this.followers = followers;
		this.members = members;
	}

	/** Adds a comment (a reply when {@code parentId} is given); the commenter follows the idea. */
	@Transactional
	public long comment(long memberId, long ideaId, @Nullable Long parentId, @Nullable String body) {
		return submit(memberId, ideaId, parentId, body).id();
	}

	/** A stored comment: its id, and whether it was held for review as suspected spam. */
	public record Commented(long id, boolean held) {
	}

	/** Adds a comment, screened for spam first: suspected spam is held for review, shown to its author only. */
	@Transactional
	public Commented submit(long memberId, long ideaId, @Nullable Long parentId, @Nullable String body) {
		Idea idea = ideas.get(ideaId);
		SpaceSummary space = permissions.space(idea, memberId);
		permissions.require(Action.PARTICIPATE, space, memberId);
		idea.requireLive();
		validate(body);
		Long root = null;
		if (parentId != null) {
			Row parent = row(parentId).filter(r -> r.ideaId() == ideaId)
				.orElseThrow(() -> DomainException.notFound("error.comment.not-found", String.valueOf(parentId)));
			root = parent.parentId() == null ? parent.id() : parent.parentId();
		}
		var screening = moderation.screen(memberId, body.strip());
		long id = jdbc.sql("insert into idea_comment (idea_id, parent_id, author_id, body) values (?, ?, ?, ?) returning id")
			.params(ideaId, root, memberId, body.strip())
			.query(Long.class)
			.single();
		jdbc.sql("update idea set comment_count = comment_count + 1 where id = ?").param(ideaId).update();
		followers.autoFollow(ideaId, memberId);
		if (screening.held()) {
			moderation.hold(id, ideaId, screening);
		}
		else {
			content.commented(id, idea.id(), idea.spaceId(), body.strip(), memberId);
		}
		return new Commented(id, screening.held());
	}

	/** The author changes a comment within the edit window. */
	@Transactional
	public void edit(long memberId, long commentId, @Nullable String body) {
		Row comment = live(commentId, memberId);
		if (comment.authorId() != memberId) {
			throw DomainException.forbidden("error.comment.not-yours");
		}
		if (Instant.now().isAfter(comment.createdAt().plus(EDIT_WINDOW))) {
			throw DomainException.conflict("error.comment.edit-window", EDIT_WINDOW.toMinutes());
		}
		validate(body);
		jdbc.sql("update idea_comment set body = ?, edited_at = now() where id = ?").params(body.strip(), commentId).update();
		if (comment.moderation() == null) {
			content.commentEdited(commentId, comment.ideaId(), ideas.get(comment.ideaId()).spaceId(), body.strip(), memberId);
		}
	}

	/** Deletes a comment (its author or a moderator); a placeholder stays in the thread. */
	@Transactional
	public void delete(long memberId, long commentId) {
		Row comment = live(commentId, memberId);
		if (comment.authorId() != memberId) {
			permissions.require(Action.MODERATE, permissions.space(ideas.get(comment.ideaId()), memberId), memberId);
		}
		jdbc.sql("update idea_comment set body = '', deleted_at = now() where id = ? and deleted_at is null").param(commentId).update();
		jdbc.sql("update idea set comment_count = comment_count - 1 where id = ? and comment_count > 0")
			.param(comment.ideaId())
			.update();
		content.commentModerated(commentId, comment.ideaId(), ideas.get(comment.ideaId()).spaceId(),
				org.cocreate.content.ContentEvent.Type.REMOVED);
	}

	/** Up-votes a comment once per member; true when this call added the vote. */
	@Transactional
	public boolean upvote(long memberId, long commentId) {
		Row comment = live(commentId, memberId);
		if (comment.authorId() == memberId) {
			throw DomainException.conflict("error.comment.own-vote");
		}
		int added = jdbc.sql("insert into idea_comment_vote (comment_id, member_id) values (?, ?) on conflict do nothing")
			.params(commentId, memberId)
			.update();
		if (added == 1) {
			jdbc.sql("update idea_comment set upvote_count = upvote_count + 1 where id = ?").param(commentId).update();
		}
		return added == 1;
	}

	@Transactional
	public boolean withdrawUpvote(long memberId, long commentId) {
		live(commentId, memberId);
		int removed = jdbc.sql("delete from idea_comment_vote where comment_id = ? and member_id = ?")
			.params(commentId, memberId)
			.update();
		if (removed == 1) {
			jdbc.sql("update idea_comment set upvote_count = upvote_count - 1 where id = ?").param(commentId).update();
		}
		return removed == 1;
	}

	/** The threads of an idea, oldest first, replies under their comment. */
	@Transactional(readOnly = true)
	public List<CommentView> of(long ideaId, @Nullable Long viewerId) {
		Idea idea = ideas.get(ideaId);
		// a hidden or held idea's discussion is as hidden as the idea: its author and moderators only
		ideaModeration.requireVisible(idea, permissions.space(idea, viewerId), viewerId);
		return threads(ideaId, viewerId);
	}

	/**
	 * The threads of an idea the viewer was just shown ({@code IdeaBoard.idea} checked that they
	 * may see it, hidden or held included), without checking it a second time: for the idea page.
	 */
	@Transactional(readOnly = true)
	public List<CommentView> of(org.cocreate.ideas.IdeaViews.IdeaView shown, @Nullable Long viewerId) {
		return threads(shown.id(), viewerId);
	}

	private List<CommentView> threads(long ideaId, @Nullable Long viewerId) {
		List<Row> rows = jdbc.sql("""
				select id, idea_id, parent_id, author_id, body, upvote_count, created_at, edited_at, deleted_at is not null,
				       moderation
				from idea_comment where idea_id = ? order by id""")
			.param(ideaId)
			.query((rs, i) -> row(rs))
			.list();
		var authors = members.summaries(rows.stream().map(Row::authorId).distinct().toList());
		List<Long> upvoted = viewerId == null ? List.of() : jdbc.sql("""
				select v.comment_id from idea_comment_vote v join idea_comment c on c.id = v.comment_id
				where c.idea_id = ? and v.member_id = ?""")
			.params(ideaId, viewerId)
			.query(Long.class)
			.list();
		Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
		var roots = new ArrayList<Row>();
		for (Row r : rows) {
			if ("HELD".equals(r.moderation()) && (viewerId == null || viewerId != r.authorId())) {
				continue; // held for review: not published, so not even a placeholder for others
			}
			if (r.parentId() == null) {
				roots.add(r);
			}
			else {
				replies.computeIfAbsent(r.parentId(), k -> new ArrayList<>())
					.add(view(r, authors.get(r.authorId()), viewerId, upvoted, List.of()));
			}
		}
		return roots.stream()
			.map(r -> view(r, authors.get(r.authorId()), viewerId, upvoted, replies.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static CommentView view(Row r, MemberSummary author, @Nullable Long viewerId, List<Long> upvoted,
			List<CommentView> replies) {
		boolean editable = !r.deleted() && viewerId != null && viewerId == r.authorId()
				&& Instant.now().isBefore(r.createdAt().plus(EDIT_WINDOW));
		// held or hidden by moderation: the author sees it (with a banner), others a placeholder
		boolean withheld = r.moderation() != null && (viewerId == null || viewerId != r.authorId());
		return new CommentView(r.id(), r.parentId(), author, r.deleted() || withheld ? "" : r.body(),
				r.deleted() || withheld ? "" : Markdown.toSafeHtml(r.body()), r.upvotes(), r.createdAt(), r.editedAt(),
				r.deleted(), editable, upvoted.contains(r.id()), replies, r.moderation());
	}

	private Row live(long commentId, long memberId) {
		var notFound = DomainException.notFound("error.comment.not-found", String.valueOf(commentId));
		Row comment = row(commentId).orElseThrow(() -> notFound);
		Idea idea = ideas.get(comment.ideaId());
		// A comment the member may not see is simply not there: the answer names no idea (not even its number).
		SpaceSummary space = permissions.visibleSpace(idea, memberId).orElseThrow(() -> notFound);
		permissions.require(Action.PARTICIPATE, space, memberId);
		if (comment.deleted()) {
			throw DomainException.conflict("error.comment.deleted");
		}
		idea.requireLive();
		return comment;
	}

	private java.util.Optional<Row> row(long id) {
		return jdbc.sql("""
				select id, idea_id, parent_id, author_id, body, upvote_count, created_at, edited_at, deleted_at is not null,
				       moderation
				from idea_comment where id = ?""")
			.param(id)
			.query((rs, i) -> row(rs))
			.optional();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long parent = rs.getLong(3);
		boolean noParent = rs.wasNull();
		Timestamp edited = rs.getTimestamp(8);
		return new Row(rs.getLong(1), rs.getLong(2), noParent ? null : parent, rs.getLong(4), rs.getString(5), rs.getInt(6),
				rs.getTimestamp(7).toInstant(), edited == null ? null : edited.toInstant(), rs.getBoolean(9), rs.getString(10));
	}

	private static void validate(@Nullable String body) {
		var errors = Errors.none();
		if (errors.checkLength("body", body, 1, BODY_MAX) && Scripts.inMarkdown(body)) {
			errors.reject("body", "error.idea.script");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
	}
}
