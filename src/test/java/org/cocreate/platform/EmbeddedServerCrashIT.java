package org.cocreate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cocreate.platform.DatabaseConfiguration.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL and crashes, with the real server process:
 * <ul>
 * <li>a write the application was told is committed survives the database being killed
 * ({@code kill -9} of the postmaster and all its children) right in the middle of a burst;</li>
 * <li>a server left running by a killed application (its JVM gone, the server still holding the
 * data folder) does not block the next start: it is stopped, and its data is there;</li>
 * <li>a server whose application is alive is not an orphan: a second start on its folder is
 * refused and leaves it running;</li>
 * <li>the server the application starts dies with the application's JVM.</li>
 * </ul>
 * Each test has a data folder of its own under {@code target/it-data/crash}; every server a test
 * starts is killed afterwards, whatever happened.
 */
class EmbeddedServerCrashIT {

	private final Path dataDir = Path.of("target", "it-data", "crash", UUID.randomUUID().toString(), "postgres").toAbsolutePath();

	private final List<AutoCloseable> cleanUp = new ArrayList<>();

	@AfterEach
	void killWhatIsLeft() throws Exception {
		for (AutoCloseable each : cleanUp.reversed()) {
			try {
				each.close();
			}
			catch (Exception ex) {
				// the next one still gets its turn
			}
		}
		postmaster().ifPresent(EmbeddedServerCrashIT::killHard);
	}

	private EmbeddedServer start() {
		EmbeddedServer server = EmbeddedServer.start(new DatabaseSettings("", "", "", dataDir.toString(), 0));
		cleanUp.add(server);
		return server;
	}

	@Test
	void everyAcknowledgedWriteSurvivesTheDatabaseBeingKilledInTheMiddleOfABurst() throws Exception {
		EmbeddedServer server = start();
		HikariDataSource dataSource = new DatabaseConfiguration().dataSource(new DatabaseSettings("", "", "", dataDir.toString(), 0), server);
		var jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
		assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
		jdbc.execute("create table acknowledged (id bigint primary key, body text not null)");

		// writers commit one row at a time and note each id once the commit has returned
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicLong ids = new AtomicLong();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		for (int w = 0; w < 8; w++) {
			writers.submit(() -> {
				try (Connection c = dataSource.getConnection();
						PreparedStatement insert = c.prepareStatement("insert into acknowledged values (?, ?)")) {
					c.setAutoCommit(true);
					while (!Thread.currentThread().isInterrupted()) {
						long id = ids.incrementAndGet();
						insert.setLong(1, id);
						insert.setString(2, "comment " + id + " ".repeat(200));
						insert.executeUpdate();
						acknowledged.add(id);
					}
				}
				catch (SQLException expected) {
					// the server is gone
				}
				return null;
			});
		}
		await("a burst of writes").atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 1500);

		ProcessHandle postmaster = postmaster().orElseThrow();
		killHard(postmaster);
		writers.shutdownNow();
		assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		dataSource.close();
		server.close();
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(1500);

		EmbeddedServer restarted = start();
		var after = new JdbcTemplate(new DatabaseConfiguration().dataSource(new DatabaseSettings("", "", "", dataDir.toString(), 0), restarted));
		Set<Long> missing = new TreeSet<>(acknowledged);
		missing.removeAll(after.queryForList("select id from acknowledged", Long.class));
		assertThat(missing).as("writes answered as committed but lost in the crash, of %d", acknowledged.size()).isEmpty();
		((HikariDataSource) after.getDataSource()).close();
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheNextStartFindsItsData() throws Exception {
		Process child = abandonedServer("zonky");
		ProcessHandle orphan = postmaster().orElseThrow();
		child.destroyForcibly().waitFor();
		assertThat(orphan.isAlive()).as("the server outlives the JVM that started it").isTrue();

		EmbeddedServer server = start();

		assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
		assertThat(postmaster().orElseThrow().pid()).isNotEqualTo(orphan.pid());
		try (var dataSource = new DatabaseConfiguration().dataSource(new DatabaseSettings("", "", "", dataDir.toString(), 0), server)) {
			assertThat(new JdbcTemplate(dataSource).queryForList("select note from left_behind", String.class))
				.containsExactly("written before the crash");
		}
	}

	@Test
	void aServerWhoseApplicationIsAliveIsNotAnOrphanAndIsLeftAlone() throws Exception {
		abandonedServer("app"); // alive: it holds the folder
		ProcessHandle running = postmaster().orElseThrow();

		assertThatThrownBy(this::start).as("a second application on the same folder is refused").isNotNull();

		assertThat(running.isAlive()).as("the running application's server was not stopped").isTrue();
		assertThat(postmaster()).contains(running);
	}

	@Test
	void theServerDiesWithTheApplicationThatStartedIt() throws Exception {
		Process child = abandonedServer("app");
		ProcessHandle server = postmaster().orElseThrow();
		child.destroyForcibly().waitFor();

		await("the server stops once its application is killed").atMost(Duration.ofSeconds(45))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> !server.isAlive());
		// a clean (fast) shutdown, not a crash: the server removed its lock file itself
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	/** Starts {@link AbandonedServer} in a child JVM and waits until it has written its row. */
	private Process abandonedServer(String mode) throws IOException {
		Files.createDirectories(dataDir.getParent());
		Path output = dataDir.resolveSibling("child.log");
		String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AbandonedServer.class.getName(), mode,
				dataDir.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		cleanUp.add(child::destroyForcibly);
		await("the child JVM's server and its row").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.failFast("the child JVM ended: see " + output, () -> !child.isAlive())
			.until(() -> Files.exists(output) && Files.readString(output).contains("READY"));
		return child;
	}

	/** The server process named by the data folder's lock file, if one is alive. */
	private Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
	}

	/** {@code kill -9} of the postmaster and then of every process it had started. */
	private static void killHard(ProcessHandle postmaster) {
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		postmaster.onExit().orTimeout(10, TimeUnit.SECONDS).join();
		children.forEach(child -> child.onExit().orTimeout(10, TimeUnit.SECONDS).join());
	}
}
