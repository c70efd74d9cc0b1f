package org.cocreate.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.moderation.ModerationViews.LogEntry;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log: every action is one inserted row, never changed (a database trigger
 * refuses UPDATE and DELETE on {@code moderation_action}).
 */
@Component
class AuditLog {

	/** What an action concerns; fields that do not apply are null. */
	record Subject(@Nullable Long caseId, @Nullable ContentRef content, @Nullable Long memberId, @Nullable String spaceSlug) {

		static Subject of(Cases.Case kase) {
			return new Subject(kase.id(), kase.ref(), kase.authorId(), kase.spaceSlug());
		}

		static Subject member(long memberId) {
			return new Subject(null, null, memberId, null);
		}
	}

	private static final String COLUMNS = """
			id, created_at, actor_id, action, case_id, content_kind, content_id, member_id, space_slug, reason, until, details""";

	private record Row(long id, Instant at, @Nullable Long actor, ActionType action, @Nullable Long caseId,
			@Nullable ContentRef content, @Nullable Long member, @Nullable String space, String reason,
			@Nullable Instant until, String details) {
	}

	private final JdbcClient jdbc;

	private final Members members;

	AuditLog(JdbcClient jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** Writes one action; returns its id. A blank reason is refused by the caller before this. */
	long record(@Nullable Long actorId, ActionType action, Subject subject, String reason, @Nullable Instant until,
			String details) {
		return jdbc.sql("""
				insert into moderation_action (actor_id, action, case_id, content_kind, content_id, member_id, space_slug,
				                               reason, until, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(actorId, action.name(), subject.caseId(), subject.content() == null ? null : subject.content().kind(),
					subject.content() == null ? null : subject.content().id(), subject.memberId(), subject.spaceSlug(),
					reason.strip(), until == null ? null : Timestamp.from(until), details)
			.query(Long.class)
			.single();
	}

	LogEntry get(long id) {
		return entries(select("where id = ?", id)).stream()
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("moderation.error.action-not-found", String.valueOf(id)));
	}

	/** The entries with these ids, by id: one read for a list of appeals, each of which shows its action. */
	Map<Long, LogEntry> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return entries(jdbc.sql("select " + COLUMNS + " from moderation_action where id in (:ids)")
			.param("ids", ids)
			.query(AuditLog::row)
			.list()).stream().collect(Collectors.toMap(LogEntry::id, Function.identity()));
	}

	/** Newest first; {@code spaces} null means every entry (platform admins). */
	List<LogEntry> latest(@Nullable Collection<String> spaces, long before, int limit) {
		if (spaces != null && spaces.isEmpty()) {
			return List.of();
		}
		String where = spaces == null ? "where id < :before" : "where id < :before and space_slug in (:spaces)";
		var statement = jdbc.sql("select " + COLUMNS + " from moderation_action " + where + " order by id desc limit :limit")
			.param("before", before)
			.param("limit", Math.clamp(limit, 1, 200));
		if (spaces != null) {
			statement = statement.param("spaces", spaces);
		}
		return entries(statement.query(AuditLog::row).list());
	}

	List<LogEntry> ofContent(ContentRef ref) {
		return entries(jdbc.sql("select " + COLUMNS + " from moderation_action where content_kind = ? and content_id = ? order by id")
			.params(ref.kind(), ref.id())
			.query(AuditLog::row)
			.list());
	}

	List<LogEntry> ofMember(long memberId) {
		return entries(select("where member_id = ? order by id desc", memberId));
	}

	/** The public entries: votes voided, newest first. */
	List<LogEntry> voids(int limit) {
		return entries(jdbc.sql("select " + COLUMNS + " from moderation_action where action = 'VOID_VOTES' order by id desc limit ?")
			.param(Math.clamp(limit, 1, 200))
			.query(AuditLog::row)
			.list());
	}

	private List<Row> select(String where, Object... params) {
		return jdbc.sql("select " + COLUMNS + " from moderation_action " + where).params(params).query(AuditLog::row).list();
	}

	List<LogEntry> entries(List<Row> rows) {
		var ids = new ArrayList<Long>();
		rows.forEach(r -> {
			if (r.actor() != null) {
				ids.add(r.actor());
			}
			if (r.member() != null) {
				ids.add(r.member());
			}
		});
		Map<Long, MemberSummary> people = members.summaries(ids.stream().distinct().toList());
		return rows.stream()
			.map(r -> new LogEntry(r.id(), r.at(), r.actor() == null ? null : people.get(r.actor()), r.action(), r.caseId(),
					r.content(), r.member() == null ? null : people.get(r.member()), r.space(), r.reason(), r.until(),
					r.details()))
			.toList();
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Timestamp until = rs.getTimestamp("until");
		String kind = rs.getString("content_kind");
		return new Row(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), nullableLong(rs, "actor_id"),
				ActionType.valueOf(rs.getString("action")), nullableLong(rs, "case_id"),
				kind == null ? null : new ContentRef(kind, rs.getLong("content_id")), nullableLong(rs, "member_id"),
				rs.getString("space_slug"), rs.getString("reason"), until == null ? null : until.toInstant(),
				rs.getString("details"));
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
