package org.cocreate.content;

import java.sql.Timestamp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two facts every consumer of {@link ContentEvent}s keeps of its own, in its own tables, so
 * that it never shows what may no longer be seen: which items are withdrawn (hidden, removed —
 * removal is final) and what each space's visibility is now. Both only move forward in time, so
 * events arriving late or twice change nothing; a space's visibility moves only on the space's
 * own events ({@link ContentEvent#speaksForItsSpace()}), since other publishers may have seen a
 * stale one.
 *
 * <p>The state table has the columns {@code (content_kind, content_id, state, at)} with that
 * primary key, the space table {@code (slug, visibility, changed_at)}. A reader leaves out an item
 * whose state is other than {@code RESTORED}, and joins a space's current visibility.
 */
public final class ContentProjection {

	private final String stateTable;

	private final @Nullable String spaceTable;

	private ContentProjection(String stateTable, @Nullable String spaceTable) {
		this.stateTable = stateTable;
		this.spaceTable = spaceTable;
	}

	/** A projection kept in the consumer's own tables; {@code spaceTable} null when it needs no visibility. */
	public static ContentProjection in(String stateTable, @Nullable String spaceTable) {
		return new ContentProjection(stateTable, spaceTable);
	}

	/** Applies what the event changes; call it from the consumer's listener, in its transaction. */
	public void apply(JdbcClient jdbc, ContentEvent event) {
		var at = Timestamp.from(event.occurredAt());
		if (spaceTable != null && event.space() != null) {
			jdbc.sql(event.speaksForItsSpace() ? """
					insert into %1$s (slug, visibility, changed_at) values (?, ?, ?)
					on conflict (slug) do update set visibility = excluded.visibility, changed_at = excluded.changed_at
					where %1$s.changed_at <= excluded.changed_at""".formatted(spaceTable) : """
					insert into %1$s (slug, visibility, changed_at) values (?, ?, cast(? as timestamptz) - interval '100 years')
					on conflict (slug) do nothing""".formatted(spaceTable))
				.params(event.space().slug(), event.space().visibility().name(), at)
				.update();
		}
		if (event.type().withdraws() || event.type() == ContentEvent.Type.RESTORED) {
			jdbc.sql("""
					insert into %1$s (content_kind, content_id, state, at) values (?, ?, ?, ?)
					on conflict (content_kind, content_id) do update set state = excluded.state, at = excluded.at
					where %1$s.at <= excluded.at and %1$s.state <> 'REMOVED'""".formatted(stateTable))
				.params(event.kind(), event.id(), event.type().name(), at)
				.update();
		}
	}
}
