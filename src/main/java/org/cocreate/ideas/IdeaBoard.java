package org.cocreate.ideas;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cocreate.ideas.BoardQuery.Cursor;
import org.cocreate.ideas.IdeaViews.IdeaCard;
import org.cocreate.ideas.IdeaViews.IdeaView;
import org.cocreate.ideas.IdeaViews.RevisionView;
import org.cocreate.ideas.IdeaViews.StatusChangeView;
import org.cocreate.ideas.IdeaViews.Viewer;
import org.cocreate.ideas.internal.EditProposals;
import org.cocreate.ideas.internal.Idea;
import org.cocreate.ideas.internal.IdeaFollowers;
import org.cocreate.ideas.internal.IdeaModeration;
import org.cocreate.ideas.internal.IdeaPermissions;
import org.cocreate.ideas.internal.IdeaPermissions.Action;
import org.cocreate.ideas.internal.IdeaRepository;
import org.cocreate.ideas.internal.Ideas;
import org.cocreate.ideas.internal.Supports;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Markdown;
import org.cocreate.shared.PageOf;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading ideas: boards in each ordering, one idea, its timeline and revisions, similar titles. */
@Service
public class IdeaBoard {

	private static final String LIVE = "i.deleted_at is null and i.merged_into is null and i.moderation is null";

	private static final String CARD_COLUMNS = "i.id, i.title, left(i.body, 600) as body, i.status, i.support_count, "
			+ "i.comment_count, i.author_id, i.tags, i.created_at";

	private record Row(long id, String title, String body, IdeaStatus status, int supportCount, int commentCount,
			long authorId, List<String> tags, Instant createdAt, double key) {
	}

	private final JdbcClient jdbc;

	private final IdeaRepository ideas;

	private final IdeaPermissions permissions;

	private final IdeaFollowers followers;

	private final Supports supports;

	private final Members members;

	private final EditProposals proposals;

	private final IdeaModeration moderation;

	IdeaBoard(JdbcClient jdbc, IdeaRepository ideas, IdeaPermissions permissions, IdeaFollowers followers,
			Supports supports, Members members, EditProposals proposals, IdeaModeration moderation) {
		this.moderation = moderation;
		this.proposals = proposals;
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.permissions = permissions;
		this.followers = followers;
		this.supports = supports;
		this.members = members;
	}

	/** One page of a space's board. */
	@Transactional(readOnly = true)
	public PageOf<IdeaCard> board(String spaceSlug, @Nullable Long viewerId, BoardQuery query) {
		SpaceSummary space = permissions.space(spaceSlug, viewerId);
		Ideas.requireBoard(space);
		String key = switch (query.sort()) {
			case HOT -> "i.hot";
			case TOP -> "i.support_count";
			case NEW -> "i.id";
			case DISCUSSED -> "i.comment_count";
			case CONTROVERSIAL -> "(i.comment_count::float8 / (i.support_count + 1))";
			case TRENDING -> "t.score";
		};
		var sql = new StringBuilder();
		if (query.sort() == BoardSort.TRENDING) {
			sql.append("""
					with t as (
					    select s.idea_id, (count(*) filter (where s.created_at >= now() - interval '24 hours')
					           - count(*) filter (where s.created_at < now() - interval '24 hours') / 7.0)::float8 as score,
					           count(*) filter (where s.created_at >= now() - interval '24 hours') as day
					    from idea_support s join idea i on i.id = s.idea_id
					    where i.space_id = :space and s.created_at >= now() - interval '8 days'
					    group by s.idea_id)
					""");
		}
		sql.append("select ").append(CARD_COLUMNS).append(", ").append(key).append("::float8 as sort_key from idea i ");
		if (query.sort() == BoardSort.TRENDING) {
			sql.append("join t on t.idea_id = i.id and t.day > 0 ");
		}
		sql.append("where i.space_id = :space and ").append(LIVE);
		if (query.status() != null) {
			sql.append(" and i.status = :status");
		}
		if (query.tag() != null) {
			sql.append(" and i.tags @> array[cast(:tag as text)]");
		}
		if (query.sort() == BoardSort.TOP && query.period().length != null) {
			sql.append(" and i.created_at >= :since");
		}
		Cursor cursor = query.cursor();
		if (cursor != null) {
			sql.append(query.sort() == BoardSort.NEW ? " and i.id < :id" : " and (" + key + ", i.id) < (:value, :id)");
		}
		sql.append(" order by ").append(key).append(" desc, i.id desc limit :limit");
		var statement = jdbc.sql(sql.toString()).param("space", space.id()).param("limit", query.size() + 1);
		if (query.status() != null) {
			statement = statement.param("status", query.status().name());
		}
		if (query.tag() != null) {
			statement = statement.param("tag", query.tag());
		}
		if (query.sort() == BoardSort.TOP && query.period().length != null) {
			statement = statement.param("since", Timestamp.from(Instant.now().minus(query.period().length)));
		}
		if (cursor != null) {
			statement = statement.param("id", cursor.id());
			if (query.sort() != BoardSort.NEW) {
				statement = statement.param("value", query.sort() == BoardSort.TOP || query.sort() == BoardSort.DISCUSSED
						? (Object) (long) cursor.value() : (Object) cursor.value());
			}
		}
		List<Row> rows = statement.query(IdeaBoard::row).list();
		boolean more = rows.size() > query.size();
		List<Row> shown = more ? rows.subList(0, query.size()) : rows;
		String next = more ? new Cursor(shown.getLast().key(), shown.getLast().id()).encode() : null;
		return new PageOf<>(cards(shown), next);
	}

	/** Up to five live ideas of the space whose titles resemble {@code title} (pg_trgm), to prevent duplicates. */
	@Transactional(readOnly = true)
	public List<IdeaCard> similar(String spaceSlug, @Nullable Long viewerId, @Nullable String title) {
		String q = title == null ? "" : title.strip();
		if (q.length() < 3) {
			return List.of();
		}
		SpaceSummary space = permissions.space(spaceSlug, viewerId);
		List<Row> rows = jdbc.sql("select " + CARD_COLUMNS + """
				, greatest(similarity(i.title, :q), word_similarity(:q, i.title)) as sort_key from idea i
				where i.space_id = :space and i.deleted_at is null and i.merged_into is null and i.moderation is null
				  and (i.title % :q or :q <% i.title)
				order by sort_key desc, i.id desc limit 5""")
			.param("q", q.length() > 150 ? q.substring(0, 150) : q)
			.param("space", space.id())
			.query(IdeaBoard::row)
			.list();
		return cards(rows);
	}

	/** One idea as the viewer may see it; a removed idea is "not found". */
	@Transactional(readOnly = true)
	public IdeaView idea(long id, @Nullable Long viewerId) {
		Idea idea = ideas.get(id);
		SpaceSummary space = permissions.space(idea, viewerId);
		if (idea.deleted()) {
			throw DomainException.notFound("error.idea.removed", String.valueOf(id));
		}
		String moderated = moderation.requireVisible(idea, space, viewerId);
		var counts = jdbc.sql("""
				select support_count, comment_count, threshold_reached_at, answer_due_at from idea where id = ?""")
			.param(id)
			.query((rs, i) -> new Object[] { rs.getInt(1), rs.getInt(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)) })
			.single();
		Viewer viewer = viewerId == null ? Viewer.ANONYMOUS
				: new Viewer(true, idea.authorId() == viewerId, supports.supports(viewerId, id), followers.follows(id, viewerId),
						permissions.allowed(Action.ANSWER, space, viewerId), permissions.allowed(Action.MODERATE, space, viewerId));
		return new IdeaView(id, space, idea.title(), idea.body(), Markdown.toSafeHtml(idea.body()), idea.tags(),
				idea.status(), idea.mergedInto(), (Integer) counts[0], (Integer) counts[1], members.byId(idea.authorId()),
				proposals.coAuthors(id), idea.revision(), idea.createdAt(), (Instant) counts[2], (Instant) counts[3], idea.firstAnsweredAt(), false,
				viewer, moderated);
	}

	/** The public answers, oldest first. */
	@Transactional(readOnly = true)
	public List<StatusChangeView> timeline(long id, @Nullable Long viewerId) {
		permissions.space(ideas.get(id), viewerId);
		record Change(IdeaStatus from, IdeaStatus to, String response, long responder, @Nullable Long merged, Instant at) {
		}
		List<Change> changes = jdbc.sql("""
				select from_status, to_status, response, responder_id, merged_into, created_at
				from idea_status_change where idea_id = ? order by id""")
			.param(id)
			.query((rs, i) -> {
				long merged = rs.getLong(5);
				return new Change(IdeaStatus.valueOf(rs.getString(1)), IdeaStatus.valueOf(rs.getString(2)), rs.getString(3),
						rs.getLong(4), merged == 0 ? null : merged, rs.getTimestamp(6).toInstant());
			})
			.list();
		Map<Long, MemberSummary> responders = members.summaries(changes.stream().map(Change::responder).distinct().toList());
		return changes.stream()
			.map(c -> new StatusChangeView(c.from(), c.to(), c.response(), Markdown.toSafeHtml(c.response()),
					responders.get(c.responder()), c.merged(), c.at()))
			.toList();
	}

	/** Every version of the text, newest first. */
	@Transactional(readOnly = true)
	public List<RevisionView> revisions(long id, @Nullable Long viewerId) {
		permissions.space(ideas.get(id), viewerId);
		record Rev(int number, String title, String body, long author, Instant at) {
		}
		List<Rev> revs = jdbc.sql("""
				select number, title, body, author_id, created_at from idea_revision where idea_id = ? order by number desc""")
			.param(id)
			.query((rs, i) -> new Rev(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		Map<Long, MemberSummary> authors = members.summaries(revs.stream().map(Rev::author).distinct().toList());
		return revs.stream().map(r -> new RevisionView(r.number(), r.title(), r.body(), authors.get(r.author()), r.at())).toList();
	}

	private List<IdeaCard> cards(List<Row> rows) {
		Map<Long, MemberSummary> authors = members.summaries(rows.stream().map(Row::authorId).distinct().toList());
		var cards = new ArrayList<IdeaCard>(rows.size());
		for (Row r : rows) {
			cards.add(new IdeaCard(r.id(), r.title(), Markdown.toPlainText(r.body(), 200), r.status(), r.supportCount(),
					r.commentCount(), authors.get(r.authorId()), r.tags(), r.createdAt()));
		}
		return cards;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Array tags = rs.getArray("tags");
		return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("body"), IdeaStatus.valueOf(rs.getString("status")),
				rs.getInt("support_count"), rs.getInt("comment_count"), rs.getLong("author_id"),
				tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), rs.getTimestamp("created_at").toInstant(),
				rs.getDouble("sort_key"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
