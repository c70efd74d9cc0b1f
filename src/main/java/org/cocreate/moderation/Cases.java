package org.cocreate.moderation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.moderation.ModerationViews.CaseView;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Markdown;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Review cases, one per piece of content, stored with explicit SQL. */
@Component
class Cases {

	static final int EXCERPT = 500;

	/** A case as the use cases work with it. */
	record Case(long id, ContentRef ref, long authorId, @Nullable String spaceSlug, String excerpt, String link,
			String status, String contentState, int reportCount, boolean reviewed, @Nullable Double spamScore,
			List<String> signals, Instant openedAt, @Nullable Instant closedAt) {
	}

	private static final String COLUMNS = """
			id, content_kind, content_id, author_id, space_slug, excerpt, link, status, content_state, report_count, reviewed,
			spam_score, signals, opened_at, closed_at""";

	private final JdbcClient jdbc;

	private final Members members;

	Cases(JdbcClient jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** The content's case, opened (or reopened) and locked for this transaction. */
	Case openAndLock(ContentSnapshot content) {
		jdbc.sql("""
				insert into moderation_case (content_kind, content_id, author_id, space_slug, excerpt, link)
				values (?, ?, ?, ?, ?, ?)
				on conflict (content_kind, content_id) do update
				set status = 'OPEN', closed_at = null, excerpt = excluded.excerpt, link = excluded.link""")
			.params(content.ref().kind(), content.ref().id(), content.authorId(), content.spaceSlug(),
					excerpt(content.text()), content.link())
			.update();
		return lock(content.ref()).orElseThrow();
	}

	Optional<Case> lock(ContentRef ref) {
		return jdbc.sql("select " + COLUMNS + " from moderation_case where content_kind = ? and content_id = ? for update")
			.params(ref.kind(), ref.id())
			.query(Cases::row)
			.optional();
	}

	Case lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from moderation_case where id = ? for update")
			.param(id)
			.query(Cases::row)
			.optional()
			.orElseThrow(() -> DomainException.notFound("moderation.error.case-not-found", String.valueOf(id)));
	}

	Case get(long id) {
		return jdbc.sql("select " + COLUMNS + " from moderation_case where id = ?")
			.param(id)
			.query(Cases::row)
			.optional()
			.orElseThrow(() -> DomainException.notFound("moderation.error.case-not-found", String.valueOf(id)));
	}

	Optional<Case> find(ContentRef ref) {
		return jdbc.sql("select " + COLUMNS + " from moderation_case where content_kind = ? and content_id = ?")
			.params(ref.kind(), ref.id())
			.query(Cases::row)
			.optional();
	}

	void counted(long id) {
		jdbc.sql("update moderation_case set report_count = report_count + 1 where id = ?").param(id).update();
	}

	void contentState(long id, String state) {
		jdbc.sql("update moderation_case set content_state = ? where id = ?").params(state, id).update();
	}

	/** A moderator decided: the case leaves the queue; restored or approved content is not hidden by reports again. */
	void close(long id, String contentState, boolean reviewed) {
		jdbc.sql("""
				update moderation_case set status = 'CLOSED', closed_at = now(), content_state = ?, reviewed = reviewed or ?
				where id = ?""")
			.params(contentState, reviewed, id)
			.update();
	}

	void assessed(long id, double score, List<String> signals) {
		jdbc.sql("update moderation_case set spam_score = ?, signals = ?, content_state = 'HELD' where id = ?")
			.params(score, signals.toArray(String[]::new), id)
			.update();
	}

	/** Open cases of the given spaces (null: all), held first, then oldest first. */
	List<CaseView> open(@Nullable Collection<String> spaces, int limit) {
		if (spaces != null && spaces.isEmpty()) {
			return List.of();
		}
		String where = spaces == null ? "" : " and space_slug in (:spaces)";
		var statement = jdbc.sql("select " + COLUMNS + " from moderation_case where status = 'OPEN'" + where
				+ " order by (content_state = 'HELD') desc, opened_at limit :limit")
			.param("limit", Math.clamp(limit, 1, 500));
		if (spaces != null) {
			statement = statement.param("spaces", spaces);
		}
		return views(statement.query(Cases::row).list());
	}

	CaseView view(Case kase) {
		return views(List.of(kase)).getFirst();
	}

	List<CaseView> views(List<Case> cases) {
		Map<Long, MemberSummary> authors = members.summaries(cases.stream().map(Case::authorId).distinct().toList());
		return cases.stream()
			.map(c -> new CaseView(c.id(), c.ref(), authors.get(c.authorId()), c.spaceSlug(), c.excerpt(), c.link(),
					c.status(), c.contentState(), c.reportCount(), c.spamScore(), c.signals(), c.openedAt(), c.closedAt()))
			.toList();
	}

	static String excerpt(String text) {
		return Markdown.toPlainText(text, EXCERPT);
	}

	private static Case row(ResultSet rs, int i) throws SQLException {
		Array signals = rs.getArray("signals");
		double score = rs.getDouble("spam_score");
		boolean noScore = rs.wasNull();
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Case(rs.getLong("id"), new ContentRef(rs.getString("content_kind"), rs.getLong("content_id")),
				rs.getLong("author_id"), rs.getString("space_slug"), rs.getString("excerpt"), rs.getString("link"),
				rs.getString("status"), rs.getString("content_state"), rs.getInt("report_count"), rs.getBoolean("reviewed"),
				noScore ? null : score, signals == null ? List.of() : Arrays.asList((String[]) signals.getArray()),
				rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
	}
}
