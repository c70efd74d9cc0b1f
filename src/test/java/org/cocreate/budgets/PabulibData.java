package org.cocreate.budgets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Real pabulib instances for tests and benchmarks. The repository carries a small,
 * representative set on the test class path ({@code src/test/resources/pabulib/}, with its
 * source and licence in a README there), so a fresh clone needs nothing else and no test looks
 * outside it. A larger set is added only when named explicitly with the system property
 * {@code cocreate.pabulib.dir} (a file of the same name counts once).
 */
public final class PabulibData {

	public static final String PROPERTY = "cocreate.pabulib.dir";

	private static final String RESOURCE = "/pabulib";

	private PabulibData() {
	}

	/** The instances that come with the repository (never null: a fresh clone has them). */
	public static Path bundled() {
		URL url = PabulibData.class.getResource(RESOURCE);
		if (url == null || !"file".equals(url.getProtocol())) {
			throw new IllegalStateException("the test resources' pabulib folder is not on the class path as a folder: " + url);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The larger set named by {@code -Dcocreate.pabulib.dir}, or null when none is named. */
	public static @Nullable Path extra() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path dir = Path.of(configured);
			if (!Files.isDirectory(dir)) {
				throw new IllegalStateException(PROPERTY + " points to " + dir + ", which is not a directory");
			}
			return dir;
		}
		return null;
	}

	/** A bundled instance by its file name. */
	public static Path bundled(String name) {
		Path file = bundled().resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(name + " is not among the bundled pabulib instances in " + bundled());
		}
		return file;
	}

	/** Every {@code .pb} file: the bundled ones and those of a named larger set, sorted by name. */
	public static List<Path> files() {
		Map<String, Path> byName = new LinkedHashMap<>();
		List<Path> dirs = new ArrayList<>();
		dirs.add(bundled());
		Path extra = extra();
		if (extra != null) {
			dirs.add(extra);
		}
		for (Path dir : dirs) {
			try (Stream<Path> listing = Files.list(dir)) {
				listing.filter(p -> p.getFileName().toString().endsWith(".pb"))
					.forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return byName.values().stream().sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
	}

	/** The largest instance, for benchmarks. */
	public static Path largest() {
		return files().stream().max(Comparator.comparingLong(PabulibData::size)).orElseThrow();
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
