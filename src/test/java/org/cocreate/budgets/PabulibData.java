package org.cocreate.budgets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Locates the real pabulib instances shared with the project ({@code shared/data/pabulib}):
 * the system property {@code cocreate.pabulib.dir} if set, otherwise the first
 * {@code shared/data/pabulib} found walking up from the working directory (the project root
 * of a checkout lives next to {@code shared/}).
 */
public final class PabulibData {

	public static final String PROPERTY = "cocreate.pabulib.dir";

	private PabulibData() {
	}

	public static @Nullable Path directory() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path dir = Path.of(configured);
			if (!Files.isDirectory(dir)) {
				throw new IllegalStateException(PROPERTY + " points to " + dir + ", which is not a directory");
			}
			return dir;
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("pabulib");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** Every {@code .pb} file of the directory, sorted by name; empty when there is none. */
	public static List<Path> files() {
		Path dir = directory();
		if (dir == null) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(dir)) {
			return listing.filter(p -> p.getFileName().toString().endsWith(".pb")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The largest instance, for benchmarks. */
	public static Path largest() {
		return files().stream().max((a, b) -> Long.compare(size(a), size(b)))
			.orElseThrow(() -> new IllegalStateException("no pabulib data found; set -D" + PROPERTY));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
