package org.cocreate.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Nothing stored changed", checked without knowing what a route would change: for every table of
 * the application, its row count and the newest transaction that wrote a row (PostgreSQL's
 * {@code xmin}). Sessions, the event registry and Flyway's history are left out (reading a page
 * touches the session); an access token counts only its revocations, since using one notes when
 * it was last used. Tables added by later migrations are included by themselves.
 */
final class DatabaseFingerprint {

	private static final Set<String> LEFT_OUT = Set.of("spring_session", "spring_session_attributes", "event_publication",
			"event_publication_archive", "flyway_schema_history");

	private static final Map<String, String> SPECIAL = Map.of("access_token",
			"count(*) || ':' || count(revoked_at) || ':' || coalesce(max(id), 0)");

	private final JdbcClient jdbc;

	private final String query;

	DatabaseFingerprint(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list()
			.stream()
			.filter(t -> !LEFT_OUT.contains(t))
			.toList();
		this.query = tables.stream()
			.map(t -> "select '" + t + "' as t, " + SPECIAL.getOrDefault(t,
					"count(*) || ':' || coalesce(max(xmin::text::bigint), 0)") + " as f from " + t)
			.collect(Collectors.joining(" union all "));
	}

	/** Table -> fingerprint, after the application's event listeners have caught up. */
	Map<String, String> take() {
		quiet();
		return jdbc.sql(query).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The tables whose fingerprint differs. */
	static Set<String> changed(Map<String, String> before, Map<String, String> after) {
		return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/** Waits (up to 15 s) until no event publication of the last minutes is still being processed. */
	void quiet() {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			long open = jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and publication_date > now() - interval '5 minutes'
					  and (status is null or status not in ('FAILED', 'COMPLETED'))""")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
