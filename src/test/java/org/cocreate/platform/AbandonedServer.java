package org.cocreate.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a child JVM by {@link EmbeddedServerCrashIT}: starts a PostgreSQL on a data folder,
 * writes one row, says {@code READY}, and waits to be killed without closing anything.
 * <ul>
 * <li>{@code zonky DIR}: a bare embedded server, as a crashed application of an older version
 * (or any path that does not stop it) would leave behind;</li>
 * <li>{@code app DIR}: the application's own embedded server.</li>
 * </ul>
 */
final class AbandonedServer {

	private AbandonedServer() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[1]);
		String jdbcUrl;
		if ("zonky".equals(args[0])) {
			Path workDir = dataDir.resolveSibling(dataDir.getFileName() + "-binaries");
			Files.createDirectories(workDir);
			jdbcUrl = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setOverrideWorkingDirectory(workDir.toFile())
				.start()
				.getJdbcUrl("postgres", "postgres");
		}
		else {
			jdbcUrl = DatabaseConfiguration.EmbeddedServer.start(new DatabaseSettings("", "", "", dataDir.toString(), 0)).jdbcUrl();
		}
		try (Connection c = DriverManager.getConnection(jdbcUrl)) {
			c.createStatement().execute("create table left_behind (note text)");
			c.createStatement().execute("insert into left_behind values ('written before the crash')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
