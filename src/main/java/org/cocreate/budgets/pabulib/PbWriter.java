package org.cocreate.budgets.pabulib;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PbInstance} in the pabulib {@code .pb} format: UTF-8, LF line ends, the
 * sections META, PROJECTS, VOTES with their headers, and CSV quoting only where a value needs
 * it (it contains {@code ;}, a quote or a line break, starts or ends with a blank, or is empty
 * in a one-column position that would otherwise look like a section title). Rows are written
 * from their raw {@code values}, so reading the output gives an equal instance.
 */
public final class PbWriter {

	public void write(PbInstance instance, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			write(instance, out);
		}
	}

	/** Writes UTF-8 bytes; the stream is flushed, not closed. */
	public void write(PbInstance instance, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		write(instance, writer);
		writer.flush();
	}

	public void write(PbInstance instance, Writer out) throws IOException {
		out.write("META\n");
		line(out, List.of("key", "value"));
		for (Map.Entry<String, String> entry : instance.meta().entrySet()) {
			line(out, List.of(entry.getKey(), entry.getValue()));
		}
		out.write("PROJECTS\n");
		line(out, instance.projectColumns());
		for (PbProject project : instance.projects()) {
			line(out, project.values());
		}
		out.write("VOTES\n");
		line(out, instance.voteColumns());
		for (PbVote vote : instance.votes()) {
			line(out, vote.values());
		}
	}

	/** The whole file as a string. */
	public String toString(PbInstance instance) {
		StringWriter out = new StringWriter();
		try {
			write(instance, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a StringWriter does not fail", ex);
		}
		return out.toString();
	}

	private static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(';');
			}
			String value = fields.get(i);
			// a lone value could be mistaken for a section title or a blank line
			boolean alone = fields.size() == 1;
			if (needsQuotes(value) || (alone && (value.isEmpty() || isTitle(value)))) {
				out.write('"');
				out.write(value.replace("\"", "\"\""));
				out.write('"');
			}
			else {
				out.write(value);
			}
		}
		out.write('\n');
	}

	private static boolean isTitle(String value) {
		return value.equals("META") || value.equals("PROJECTS") || value.equals("VOTES");
	}

	private static boolean needsQuotes(String value) {
		if (value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		char last = value.charAt(value.length() - 1);
		if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ';' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}
}
