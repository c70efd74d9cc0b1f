package org.cocreate.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source, always PostgreSQL. Without {@code COCREATE_DB_URL} an embedded server is
 * started from the binaries on the class path, keeping its files in a folder of the project so
 * that the demo site survives restarts; with it, the external server is used as it is.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/**
	 * In the prod profile the readiness check runs first, so that a refused start has not
	 * created, started and migrated an embedded database before it refuses.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(DatabaseSettings settings, ObjectProvider<ProductionReadiness> productionReadiness) {
		productionReadiness.ifAvailable(checked -> {
		});
		return settings.embedded() ? EmbeddedServer.start(settings) : EmbeddedServer.none();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseSettings settings, EmbeddedServer server) {
		var config = new HikariConfig();
		config.setPoolName("cocreate");
		config.setMaximumPoolSize(Math.max(10, Runtime.getRuntime().availableProcessors() * 4));
		if (settings.embedded()) {
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername("postgres");
		}
		else {
			config.setJdbcUrl(settings.url());
			config.setUsername(settings.username());
			config.setPassword(settings.password());
		}
		return new HikariDataSource(config);
	}

	/**
	 * The embedded PostgreSQL, or nothing when an external server is configured. It runs durably:
	 * a commit returns once its WAL is flushed to disk ({@code fsync} and {@code synchronous_commit}
	 * on, as an external server runs by default), so a write the application acknowledged survives a
	 * crash of the server, of the application or of the machine. A server left running by a killed
	 * application is stopped before the start, and the server dies with this JVM
	 * ({@link EmbeddedServerGuard}).
	 */
	static final class EmbeddedServer implements AutoCloseable {

		private final @Nullable EmbeddedPostgres postgres;

		private final @Nullable Process watchdog;

		private EmbeddedServer(@Nullable EmbeddedPostgres postgres, @Nullable Process watchdog) {
			this.postgres = postgres;
			this.watchdog = watchdog;
		}

		static EmbeddedServer none() {
			return new EmbeddedServer(null, null);
		}

		static EmbeddedServer start(DatabaseSettings settings) {
			Path dataDir = Path.of(settings.embeddedDir()).toAbsolutePath();
			try {
				Files.createDirectories(dataDir);
				Path workDir = dataDir.resolveSibling(dataDir.getFileName() + "-binaries");
				Files.createDirectories(workDir);
				EmbeddedServerGuard.stopOrphan(dataDir);
				var builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDir)
					.setCleanDataDirectory(false)
					// Spring stops the server (destroyMethod) after everything that uses the data source;
					// zonky's own JVM hook would stop it at the same time as Spring's, and the beans
					// that still need the database on shutdown would wait for a connection for 30 s.
					.setRegisterShutdownHook(false)
					.setOverrideWorkingDirectory(workDir.toFile())
					.setServerConfig("max_connections", "200")
					.setServerConfig("shared_buffers", "128MB")
					// durable: zonky's test-oriented default is synchronous_commit=off, which loses the
					// last acknowledged commits when the server is killed
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
				if (settings.embeddedPort() > 0) {
					builder.setPort(settings.embeddedPort());
				}
				var postgres = builder.start();
				log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
				return new EmbeddedServer(postgres, EmbeddedServerGuard.watch(dataDir));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
			}
		}

		boolean running() {
			return postgres != null;
		}

		String jdbcUrl() {
			if (postgres == null) {
				throw new IllegalStateException("no embedded PostgreSQL: an external server is configured");
			}
			return postgres.getJdbcUrl("postgres", "postgres");
		}

		@Override
		public void close() throws IOException {
			try {
				if (postgres != null) {
					postgres.close();
				}
			}
			finally {
				EmbeddedServerGuard.release(watchdog);
			}
		}
	}
}
