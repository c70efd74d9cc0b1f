package org.cocreate.moderation.spam;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads comma-separated values as RFC 4180 defines them, one record at a time.
 *
 * <ul>
 * <li>Fields are separated by commas and records by CRLF, LF or a lone CR.
 * <li>A field that starts with a double quote is quoted: it runs to the next lone quote and may
 * hold commas, line breaks and doubled quotes ({@code ""} stands for one {@code "}). After the
 * closing quote only a comma, a line break or the end of the input may follow.
 * <li>A field that does not start with a quote is taken as it is, spaces included; a quote inside
 * it is kept as an ordinary character (RFC 4180 forbids it, but spreadsheets write it and every
 * common reader accepts it).
 * <li>A byte order mark at the very start is skipped, and empty lines produce no record.
 * </ul>
 *
 * An unterminated quoted field, or text after a closing quote, is a {@link CsvFormatException}.
 * Records are not required to have the same number of fields; callers that care check that.
 */
public final class CsvReader implements Closeable {

	private static final int EOF = -1;

	private final Reader in;
	private long line = 1;
	private int pushedBack = Integer.MIN_VALUE;
	private boolean started;

	public CsvReader(Reader in) {
		this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
	}

	/**
	 * Reads UTF-8 bytes. Malformed byte sequences become U+FFFD rather than failing: a comment
	 * with one broken character is still worth reading.
	 */
	public static CsvReader utf8(InputStream in) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new CsvReader(new InputStreamReader(in, decoder));
	}

	/** Reads every remaining record. */
	public static List<List<String>> readAll(Reader in) throws IOException {
		try (var reader = new CsvReader(in)) {
			var records = new ArrayList<List<String>>();
			for (var record = reader.next(); record != null; record = reader.next()) {
				records.add(record);
			}
			return records;
		}
	}

	/** The 1-based line on which the next record starts (or where the input ended). */
	public long line() {
		return line;
	}

	/** The next record, or {@code null} at the end of the input. */
	public @Nullable List<String> next() throws IOException {
		if (!started) {
			started = true;
			int first = read();
			if (first != '\uFEFF') {
				unread(first);
			}
		}
		int c = read();
		while (c == '\r' || c == '\n') { // empty lines carry no record
			endOfLine(c);
			c = read();
		}
		if (c == EOF) {
			return null;
		}
		unread(c);
		var fields = new ArrayList<String>();
		var field = new StringBuilder();
		while (true) {
			field.setLength(0);
			int end = readField(field);
			fields.add(field.toString());
			if (end == ',') {
				continue;
			}
			if (end != EOF) {
				endOfLine(end);
			}
			return fields;
		}
	}

	/** Reads one field into {@code field}; returns what ended it: ',', '\r', '\n' or EOF. */
	private int readField(StringBuilder field) throws IOException {
		int c = read();
		if (c != '"') {
			while (c != ',' && c != '\r' && c != '\n' && c != EOF) {
				field.append((char) c);
				c = read();
			}
			return c;
		}
		long opened = line;
		while (true) {
			c = read();
			if (c == EOF) {
				throw new CsvFormatException(opened, "quoted field is never closed");
			}
			if (c == '"') {
				int after = read();
				if (after == '"') {
					field.append('"');
					continue;
				}
				if (after == ',' || after == '\r' || after == '\n' || after == EOF) {
					return after;
				}
				throw new CsvFormatException(line, "unexpected '" + Character.toString(after)
						+ "' after the closing quote of a field (a quote inside a quoted field must be doubled)");
			}
			if (c == '\r' || c == '\n') {
				// a line break inside quotes is data; keep it as written, but count the line
				field.append((char) c);
				if (c == '\r') {
					int lf = read();
					if (lf == '\n') {
						field.append('\n');
					}
					else {
						unread(lf);
					}
				}
				line++;
				continue;
			}
			field.append((char) c);
		}
	}

	/** Consumes the rest of a line break whose first character was {@code c}. */
	private void endOfLine(int c) throws IOException {
		if (c == '\r') {
			int lf = read();
			if (lf != '\n') {
				unread(lf);
			}
		}
		line++;
	}

	private int read() throws IOException {
		if (pushedBack != Integer.MIN_VALUE) {
			int c = pushedBack;
			pushedBack = Integer.MIN_VALUE;
			return c;
		}
		return in.read();
	}

	private void unread(int c) {
		pushedBack = c;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
