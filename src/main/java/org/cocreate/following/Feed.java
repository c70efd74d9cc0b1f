package org.cocreate.following;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cocreate.identity.Members;
import org.cocreate.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores every {@link Activity} once and reads feeds from it: a member's home feed (what they
 * follow), and the activity of one target (a space's, a tag's, a member's page).
 */
@Service
public class Feed {

	static final int PAGE = 30;

	private final JdbcClient jdbc;

	private final Members members;

	private final Optional<SpaceAudience> audience;

	Feed(JdbcClient jdbc, Members members, Optional<SpaceAudience> audience) {
		this.jdbc = jdbc;
		this.members = members;
		this.audience = audience;
	}

	@ApplicationModuleListener
	void on(Activity activity) {
		record(activity);
	}

	/** Records an activity; a second delivery of the same one changes nothing. */
	@Transactional
	public void record(Activity activity) {
		var actor = members.byId(activity.actorId());
		Optional<Long> id = jdbc.sql("""
				insert into activity (occurred_at, actor_id, message, args, link, excerpt, visibility, event_key)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing returning id""")
			.params(java.sql.Timestamp.from(activity.occurredAt()), activity.actorId(), activity.message(),
					activity.messageArgs().toArray(String[]::new), activity.link(), truncate(activity.excerpt(), 300),
					activity.privateToSpace() == null ? "PUBLIC" : "SPACE:" + activity.privateToSpace(),
					activity.activityKey())
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return;
		}
		var targets = new LinkedHashSet<Target>(activity.targets());
		targets.add(Target.member(actor.handle()));
		for (Target t : targets) {
			jdbc.sql("insert into activity_target (activity_id, target_kind, target_key) values (?, ?, ?) on conflict do nothing")
				.params(id.get(), t.kind().name(), t.key())
				.update();
		}
	}

	/** The home feed: what the member's follows did, newest first, before the given id. */
	@Transactional(readOnly = true)
	public PageOf<FeedItem> home(long memberId, long before) {
		List<Row> rows = jdbc.sql("""
				select a.id, a.occurred_at, a.actor_id, a.message, a.args, a.link, a.excerpt, a.visibility
				from activity a
				where a.id < :before and exists (
				    select 1 from activity_target t join follow f
				      on f.target_kind = t.target_kind and f.target_key = t.target_key
				    where t.activity_id = a.id and f.follower_id = :me)
				order by a.id desc limit :limit""")
			.param("before", before <= 0 ? Long.MAX_VALUE : before)
			.param("me", memberId)
			.param("limit", PAGE * 2)
			.query(Feed::row)
			.list();
		return page(rows, memberId);
	}

	/** Everything that concerns one target, newest first: for its page. */
	@Transactional(readOnly = true)
	public PageOf<FeedItem> about(Target target, @org.jspecify.annotations.Nullable Long viewerId, long before) {
		List<Row> rows = jdbc.sql("""
				select a.id, a.occurred_at, a.actor_id, a.message, a.args, a.link, a.excerpt, a.visibility
				from activity_target t join activity a on a.id = t.activity_id
				where t.target_kind = :kind and t.target_key = :key and t.activity_id < :before
				order by t.activity_id desc limit :limit""")
			.param("kind", target.kind().name())
			.param("key", target.key())
			.param("before", before <= 0 ? Long.MAX_VALUE : before)
			.param("limit", PAGE * 2)
			.query(Feed::row)
			.list();
		return page(rows, viewerId);
	}

	/** How many activities concern a target. */
	public record TargetCount(String key, long activities) {
	}

	/** The targets of one kind that most activities concern (for example the most used tags). */
	@Transactional(readOnly = true)
	public List<TargetCount> busiest(Target.Kind kind, int limit) {
		return jdbc.sql("""
				select target_key as key, count(*) as activities from activity_target
				where target_kind = ? group by target_key order by activities desc, target_key limit ?""")
			.params(kind.name(), Math.clamp(limit, 1, 500))
			.query(TargetCount.class)
			.list();
	}

	private PageOf<FeedItem> page(List<Row> rows, @org.jspecify.annotations.Nullable Long viewerId) {
		var visible = new ArrayList<Row>();
		for (Row r : rows) {
			if (visible.size() == PAGE) {
				break;
			}
			if (maySee(r.visibility(), viewerId)) {
				visible.add(r);
			}
		}
		var actors = members.summaries(visible.stream().map(Row::actorId).distinct().toList());
		List<FeedItem> items = visible.stream()
			.filter(r -> actors.containsKey(r.actorId()))
			.map(r -> new FeedItem(r.id(), r.occurredAt(), actors.get(r.actorId()), r.message(), r.args(), r.link(), r.excerpt()))
			.toList();
		// More may follow when a full page was shown, or when every fetched row was filtered out.
		String next = visible.size() == PAGE ? Long.toString(visible.getLast().id())
				: rows.size() == PAGE * 2 ? Long.toString(rows.getLast().id()) : null;
		return new PageOf<>(items, next);
	}

	private boolean maySee(String visibility, @org.jspecify.annotations.Nullable Long viewerId) {
		if ("PUBLIC".equals(visibility)) {
			return true;
		}
		if (viewerId == null || !visibility.startsWith("SPACE:")) {
			return false;
		}
		return audience.map(a -> a.canSee(viewerId, visibility.substring(6))).orElse(false);
	}

	private record Row(long id, java.time.Instant occurredAt, long actorId, String message, List<String> args, String link,
			String excerpt, String visibility) {
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Array args = rs.getArray("args");
		return new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getLong("actor_id"),
				rs.getString("message"), args == null ? List.of() : Arrays.asList((String[]) args.getArray()),
				rs.getString("link"), rs.getString("excerpt"), rs.getString("visibility"));
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
