package org.cocreate.content.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentProjection;
import org.cocreate.content.SpaceAudience;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public activity stream: every {@link ContentEvent}, recorded once, read in the order it
 * was recorded. Items withdrawn since (hidden, removed) show only as their withdrawal; items in
 * spaces the reader may not see (now, not when they happened) do not show at all.
 */
@Service
class ActivityStream {

	/** One entry of the stream, as a reader may see it. */
	record Entry(long seq, String kind, long id, ContentEvent.Type type, @Nullable String space, @Nullable String actor,
			String title, String summary, String url, String language, List<String> tags, Map<String, Long> counts,
			Instant occurredAt) {
	}

	/** What a reader asks for: entries after {@code after}, optionally of one space or kind. */
	record Query(long after, @Nullable String space, @Nullable String kind, int limit) {
	}

	/** Which items are withdrawn, and each space's visibility now, as the stream knows them. */
	private static final ContentProjection PROJECTION = ContentProjection.in("content_state", "content_space");

	/** A lock key held while an entry is recorded, so entries commit in the order of their numbers. */
	private static final long RECORDING_LOCK = 0x636f6e74656e74L;

	private final JdbcClient jdbc;

	private final SpaceAudience audience;

	private final JsonMapper json;

	ActivityStream(JdbcClient jdbc, SpaceAudience audience, JsonMapper json) {
		this.jdbc = jdbc;
		this.audience = audience;
		this.json = json;
	}

	@ApplicationModuleListener
	void on(ContentEvent event) {
		record(event);
	}

	/**
	 * Records an event; a second delivery changes nothing. Recording is serialised, so a reader
	 * that has seen entry n will never later find an entry below n appear (no follower skips one).
	 */
	@Transactional
	public void record(ContentEvent event) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(RECORDING_LOCK).query(Object.class).single();
		int added = jdbc.sql("""
				insert into content_event (event_key, kind, content_id, type, space_slug, actor_handle, title, summary, url,
				    language, tags, counts, occurred_at)
				values (:key, :kind, :id, :type, :space, :actor, :title, :summary, :url, :language, :tags, cast(:counts as jsonb), :at)
				on conflict (event_key) do nothing""")
			.param("key", event.key())
			.param("kind", event.kind())
			.param("id", event.id())
			.param("type", event.type().name())
			.param("space", event.space() == null ? null : event.space().slug())
			.param("actor", event.actor() == null ? null : event.actor().handle())
			.param("title", truncate(event.title(), 300))
			.param("summary", event.summary())
			.param("url", event.url())
			.param("language", event.language())
			.param("tags", event.tags().toArray(String[]::new))
			.param("counts", json.writeValueAsString(event.counts()))
			.param("at", Timestamp.from(event.occurredAt()))
			.update();
		if (added == 0) {
			return;
		}
		PROJECTION.apply(jdbc, event);
	}

	/**
	 * Whether a space is known to the stream and the reader may see it when asking for it by name:
	 * public and unlisted spaces (whoever has the link may read those), private ones for their audience.
	 */
	@Transactional(readOnly = true)
	public boolean maySee(String spaceSlug, @Nullable Long readerId) {
		Optional<String> visibility = jdbc.sql("select visibility from content_space where slug = ?")
			.param(spaceSlug)
			.query(String.class)
			.optional();
		return visibility.map(v -> !"PRIVATE".equals(v) || readerId != null && audience.canSee(readerId, spaceSlug))
			.orElse(false);
	}

	/**
	 * The entries after the cursor that the reader may see, oldest first. Call {@link #maySee}
	 * first when the query names a space.
	 */
	@Transactional(readOnly = true)
	public List<Entry> read(Query query, @Nullable Long readerId) {
		var readable = new java.util.HashSet<String>(readerId == null ? Set.of() : audience.readableSpaces(readerId));
		if (query.space() != null) {
			// asked for by name: the caller checked it may see that space (an unlisted one, by its link)
			readable.add(query.space());
		}
		return jdbc.sql("""
				select e.seq, e.kind, e.content_id, e.type, e.space_slug, e.actor_handle, e.title, e.summary, e.url,
				       e.language, e.tags, e.counts::text as counts, e.occurred_at
				from content_event e
				left join content_space s on s.slug = e.space_slug
				left join content_state c on c.content_kind = e.kind and c.content_id = e.content_id
				where e.seq > :after
				  and (cast(:space as text) is null or e.space_slug = :space)
				  and (cast(:kind as text) is null or e.kind = :kind)
				  and (e.space_slug is null or s.visibility = 'PUBLIC' or e.space_slug = any(:readable))
				  and (c.state is null or c.state = 'RESTORED' or e.type in ('HIDDEN', 'REMOVED'))
				order by e.seq
				limit :limit""")
			.param("after", query.after())
			.param("space", query.space())
			.param("kind", query.kind())
			.param("readable", readable.toArray(String[]::new))
			.param("limit", query.limit())
			.query(this::entry)
			.list();
	}

	private Entry entry(ResultSet rs, int i) throws SQLException {
		Array tags = rs.getArray("tags");
		var counts = new java.util.LinkedHashMap<String, Long>();
		json.readTree(rs.getString("counts")).properties().forEach(p -> counts.put(p.getKey(), p.getValue().asLong()));
		return new Entry(rs.getLong("seq"), rs.getString("kind"), rs.getLong("content_id"),
				ContentEvent.Type.valueOf(rs.getString("type")), rs.getString("space_slug"), rs.getString("actor_handle"),
				rs.getString("title"), rs.getString("summary"), rs.getString("url"), rs.getString("language"),
				tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), counts,
				rs.getTimestamp("occurred_at").toInstant());
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
