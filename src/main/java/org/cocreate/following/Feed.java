package org.cocreate.following;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentProjection;
import org.cocreate.content.SpaceAudience;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.cocreate.identity.Members;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed's projection of the {@link ContentEvent}s that have a sentence: a member's home feed
 * (what they follow), and the activity of one target (a space's, a tag's, a member's page). A
 * withdrawal (hidden, removed) takes an item's lines out of every feed until it is restored, and
 * a space's visibility is the one it has now, not the one it had when a line was written.
 */
@Service
public class Feed {

	static final int PAGE = 30;

	/**
	 * An activity's visibility as of now: a line in a space takes the space's current visibility
	 * ({@code PUBLIC}, or {@code SPACE:slug} when only its audience may see it); lines of withdrawn
	 * items are left out.
	 */
	private static final String COLUMNS = """
			select a.id, a.occurred_at, a.actor_id, a.message, a.args, a.link, a.excerpt,
			       case when a.space_slug is null then a.visibility
			            when v.visibility = 'PUBLIC' then 'PUBLIC'
			            when v.visibility is null then a.visibility
			            else 'SPACE:' || a.space_slug end as visibility
			""";

	/** Joined to {@code activity a}: the space's visibility now. */
	private static final String SPACE_NOW = " left join activity_space_visibility v on v.slug = a.space_slug ";

	/** Leaves out the lines of withdrawn items. */
	private static final String NOT_WITHDRAWN = """
			 not exists (select 1 from activity_content_state c
			             where c.content_kind = a.content_kind and c.content_id = a.content_id and c.state <> 'RESTORED')
			""";

	private static final String VISIBLE_ROWS = COLUMNS + " from activity a " + SPACE_NOW + " where " + NOT_WITHDRAWN;

	/** Which items are withdrawn, and each space's visibility now, as feeds know them. */
	private static final ContentProjection PROJECTION = ContentProjection.in("activity_content_state",
			"activity_space_visibility");

	private final JdbcClient jdbc;

	private final Members members;

	private final Optional<SpaceAudience> audience;

	Feed(JdbcClient jdbc, Members members, Optional<SpaceAudience> audience) {
		this.jdbc = jdbc;
		this.members = members;
		this.audience = audience;
	}

	@ApplicationModuleListener
	void on(ContentEvent event) {
		record(event);
	}

	/** Records what an event changes for feeds; a second delivery of the same one changes nothing. */
	@Transactional
	public void record(ContentEvent event) {
		PROJECTION.apply(jdbc, event);
		if (event.sentence() != null && event.actor() != null) {
			line(event);
		}
	}

	private void line(ContentEvent event) {
		var sentence = event.sentence();
		Optional<Long> id = jdbc.sql("""
				insert into activity (occurred_at, actor_id, message, args, link, excerpt, visibility, event_key,
				    content_kind, content_id, space_slug)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key) do nothing returning id""")
			.params(Timestamp.from(event.occurredAt()), event.actor().id(), sentence.message(),
					sentence.args().toArray(String[]::new), event.path(), truncate(event.summary(), 300),
					event.restricted() ? "SPACE:" + event.space().slug() : "PUBLIC", truncate(event.key(), 120), event.kind(),
					event.id(), event.space() == null ? null : event.space().slug())
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return;
		}
		var targets = new LinkedHashSet<Target>();
		if (event.space() != null) {
			targets.add(Target.space(event.space().slug()));
		}
		event.organisations().forEach(o -> targets.add(Target.organisation(o)));
		event.tags().forEach(t -> targets.add(Target.tag(t)));
		targets.add(Target.member(event.actor().handle()));
		for (Target t : targets) {
			jdbc.sql("insert into activity_target (activity_id, target_kind, target_key) values (?, ?, ?) on conflict do nothing")
				.params(id.get(), t.kind().name(), t.key())
				.update();
		}
	}

	/** The home feed: what the member's follows did, newest first, before the given id. */
	@Transactional(readOnly = true)
	public PageOf<FeedItem> home(long memberId, long before) {
		List<Row> rows = jdbc.sql(VISIBLE_ROWS + """
				  and a.id < :before and exists (
				    select 1 from activity_target t join follow f
				      on f.target_kind = t.target_kind and f.target_key = t.target_key
				    where t.activity_id = a.id and f.follower_id = :me)
				order by a.id desc limit :limit""")
			.param("before", before <= 0 ? Long.MAX_VALUE : before)
			.param("me", memberId)
			.param("limit", PAGE * 2)
			.query(Feed::row)
			.list();
		return page(rows, memberId, null);
	}

	/** Everything that concerns one target, newest first: for its page. */
	@Transactional(readOnly = true)
	public PageOf<FeedItem> about(Target target, @Nullable Long viewerId, long before) {
		List<Row> rows = jdbc.sql(COLUMNS + " from activity_target t join activity a on a.id = t.activity_id " + SPACE_NOW
				+ " where " + NOT_WITHDRAWN + """
				  and t.target_kind = :kind and t.target_key = :key and t.activity_id < :before
				order by t.activity_id desc limit :limit""")
			.param("kind", target.kind().name())
			.param("key", target.key())
			.param("before", before <= 0 ? Long.MAX_VALUE : before)
			.param("limit", PAGE * 2)
			.query(Feed::row)
			.list();
		return page(rows, viewerId, target.kind() == Target.Kind.SPACE ? target.key() : null);
	}

	/** How many activities concern a target. */
	public record TargetCount(String key, long activities) {
	}

	/**
	 * The targets of one kind that most activities concern (for example the most used tags),
	 * counting only the activities the viewer may see.
	 */
	@Transactional(readOnly = true)
	public List<TargetCount> busiest(Target.Kind kind, @Nullable Long viewerId, int limit) {
		return jdbc.sql("with visible as (" + VISIBLE_ROWS + """
				)
				select t.target_key as key, count(*) as activities
				from activity_target t join visible a on a.id = t.activity_id
				where t.target_kind = :kind and (a.visibility = 'PUBLIC' or substr(a.visibility, 7) = any(:readable))
				group by t.target_key order by activities desc, t.target_key limit :limit""")
			.param("kind", kind.name())
			.param("readable", readable(viewerId))
			.param("limit", Math.clamp(limit, 1, 500))
			.query(TargetCount.class)
			.list();
	}

	/** Whether the viewer may see at least one activity that concerns the target. */
	@Transactional(readOnly = true)
	public boolean anyVisible(Target target, @Nullable Long viewerId) {
		return jdbc.sql("with visible as (" + VISIBLE_ROWS + """
				)
				select exists (select 1 from activity_target t join visible a on a.id = t.activity_id
				               where t.target_kind = :kind and t.target_key = :key
				                 and (a.visibility = 'PUBLIC' or substr(a.visibility, 7) = any(:readable)))""")
			.param("kind", target.kind().name())
			.param("key", target.key())
			.param("readable", readable(viewerId))
			.query(Boolean.class)
			.single();
	}

	private String[] readable(@Nullable Long viewerId) {
		if (viewerId == null || audience.isEmpty()) {
			return new String[0];
		}
		Set<String> spaces = audience.get().readableSpaces(viewerId);
		return spaces.toArray(String[]::new);
	}

	/**
	 * The rows the viewer may see: public ones, those of the non-public spaces they belong to or
	 * answer for ({@link SpaceAudience#readableSpaces}) and, on a space's own page, that space's
	 * when the viewer may see it (an unlisted space is open to whoever has its link, but its lines
	 * are never listed elsewhere).
	 */
	private PageOf<FeedItem> page(List<Row> rows, @Nullable Long viewerId, @Nullable String spacePage) {
		Set<String> readable = Set.of(readable(viewerId));
		boolean spacePageVisible = spacePage != null && viewerId != null
				&& audience.map(a -> a.canSee(viewerId, spacePage)).orElse(false);
		var visible = new ArrayList<Row>();
		for (Row r : rows) {
			if (visible.size() == PAGE) {
				break;
			}
			String visibility = r.visibility();
			String slug = visibility.startsWith("SPACE:") ? visibility.substring(6) : null;
			if ("PUBLIC".equals(visibility) || slug != null
					&& (readable.contains(slug) || spacePageVisible && slug.equals(spacePage))) {
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
