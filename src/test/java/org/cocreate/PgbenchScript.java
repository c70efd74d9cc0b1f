package org.cocreate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A pgbench script under {@code bench/}, read as pgbench reads it: {@code \set} variables, and SQL
 * statements ending with a semicolon, {@code --} comments dropped. For tests that keep a benchmark's
 * ceiling running the very statements the application runs.
 */
public record PgbenchScript(Map<String, String> variables, List<String> statements) {

	private static final Pattern SET = Pattern.compile("^\\\\set\\s+(\\w+)\\s+(.+)$");

	public static PgbenchScript read(String path) {
		String text;
		try {
			text = Files.readString(Path.of(path));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var lines = text.lines().map(l -> l.replaceFirst("--.*$", "").strip()).filter(l -> !l.isEmpty()).toList();
		Map<String, String> variables = lines.stream()
			.map(SET::matcher)
			.filter(java.util.regex.Matcher::matches)
			.collect(Collectors.toMap(m -> m.group(1), m -> m.group(2).strip()));
		String sql = lines.stream().filter(l -> !l.startsWith("\\")).collect(Collectors.joining(" "));
		List<String> statements = Arrays.stream(sql.split(";")).map(PgbenchScript::oneLine).filter(s -> !s.isEmpty()).toList();
		return new PgbenchScript(variables, statements);
	}

	/** The statement with every run of white space made one space, for comparing texts laid out differently. */
	public static String oneLine(String sql) {
		return sql.strip().replaceAll("\\s+", " ");
	}

	/** The statement with its pgbench variables ({@code :name}) and literals put through {@code value}. */
	public static String withValues(String sql, Function<String, String> value) {
		return Pattern.compile("'[^']*'|:\\w+|now\\(\\)").matcher(sql).replaceAll(m -> value.apply(m.group()));
	}
}
