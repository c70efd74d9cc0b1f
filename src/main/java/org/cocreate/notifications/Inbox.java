package org.cocreate.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentProjection;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every member's in-app inbox. Stores each {@link Notice} once per recipient (a redelivered event
 * changes nothing), and reads, counts and marks notifications as read.
 */
@Service
public class Inbox {

	static final int PAGE = 30;

	/** Which items are withdrawn, as inboxes know them (notices need no space visibility). */
	private static final ContentProjection PROJECTION = ContentProjection.in("notification_content_state", null);

	/** Notices about withdrawn items are kept but not shown (and not counted as unread). */
	private static final String SHOWN = """
			 not exists (select 1 from notification_content_state c where c.content_kind = n.content_kind
			             and c.content_id = n.content_id and c.state <> 'RESTORED')
			""";

	private final JdbcClient jdbc;

	private final Members members;

	Inbox(JdbcClient jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	@ApplicationModuleListener
	void on(Notice notice) {
		deliver(notice);
	}

	/** A withdrawn item's notices disappear from every inbox until it is restored. */
	@ApplicationModuleListener
	void on(ContentEvent event) {
		PROJECTION.apply(jdbc, event);
	}

	/** Puts a notice in each recipient's inbox, except the actor's; returns how many were new. */
	@Transactional
	public int deliver(Notice notice) {
		var recipients = new LinkedHashSet<>(notice.recipientIds());
		recipients.remove(notice.actorId());
		if (recipients.isEmpty()) {
			return 0;
		}
		// Members deleted meanwhile are skipped (identity says who still exists); then one statement
		// for any number of recipients.
		Long[] existing = members.summaries(recipients).keySet().toArray(Long[]::new);
		if (existing.length == 0) {
			return 0;
		}
		return jdbc.sql("""
				insert into notification (member_id, notice_key, actor_id, message, args, link, created_at, content_kind, content_id)
				select recipient, :key, :actor, :message, :args, :link, :at, :kind, :id from unnest(:recipients) as recipient
				on conflict (member_id, notice_key) do nothing""")
			.param("key", notice.noticeKey())
			.param("actor", notice.actorId() == 0 ? null : notice.actorId())
			.param("message", notice.noticeMessage())
			.param("args", notice.noticeArgs().toArray(String[]::new))
			.param("link", notice.noticeLink())
			.param("at", Timestamp.from(notice.occurredAt()))
			.param("recipients", existing)
			.param("kind", notice.contentKind())
			.param("id", notice.contentKind() == null ? null : notice.contentId())
			.update();
	}

	/** A member's notifications, newest first, before the given id (0 for the first page). */
	@Transactional(readOnly = true)
	public PageOf<Notification> of(long memberId, long before) {
		List<Row> rows = jdbc.sql("""
				select id, created_at, actor_id, message, args, link, read_at is not null as read
				from notification n where member_id = :me and id < :before and""" + SHOWN + """
				order by id desc limit :limit""")
			.param("me", memberId)
			.param("before", before <= 0 ? Long.MAX_VALUE : before)
			.param("limit", PAGE + 1)
			.query(Inbox::row)
			.list();
		var shown = rows.subList(0, Math.min(PAGE, rows.size()));
		var actors = members.summaries(shown.stream().map(Row::actorId).filter(a -> a != null).distinct().toList());
		List<Notification> items = shown.stream()
			.map(r -> new Notification(r.id(), r.createdAt(), r.actorId() == null ? null : actors.get(r.actorId()),
					r.message(), r.args(), r.link(), r.read()))
			.toList();
		return new PageOf<>(items, rows.size() > PAGE ? Long.toString(shown.getLast().id()) : null);
	}

	/** How many of a member's notifications are unread (the badge on every page). */
	@Transactional(readOnly = true)
	public long unread(long memberId) {
		return jdbc.sql("select count(*) from notification n where member_id = ? and read_at is null and" + SHOWN)
			.param(memberId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one notification read and returns where it links to. Another member's notification is
	 * reported as missing, so ids reveal nothing.
	 */
	@Transactional
	public String open(long memberId, long notificationId) {
		Optional<String> link = jdbc.sql("""
				update notification set read_at = coalesce(read_at, now())
				where id = ? and member_id = ? returning link""")
			.params(notificationId, memberId)
			.query(String.class)
			.optional();
		return link.orElseThrow(() -> DomainException.notFound("error.notification.not-found"));
	}

	/** Marks every notification of a member read; returns how many were unread. */
	@Transactional
	public int readAll(long memberId) {
		return jdbc.sql("update notification set read_at = now() where member_id = ? and read_at is null")
			.param(memberId)
			.update();
	}

	private record Row(long id, Instant createdAt, @Nullable Long actorId, String message, List<String> args, String link,
			boolean read) {
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Array args = rs.getArray("args");
		long actor = rs.getLong("actor_id");
		return new Row(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.wasNull() ? null : actor,
				rs.getString("message"), args == null ? List.of() : Arrays.asList((String[]) args.getArray()),
				rs.getString("link"), rs.getBoolean("read"));
	}
}
