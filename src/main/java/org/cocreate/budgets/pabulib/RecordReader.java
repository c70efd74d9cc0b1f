package org.cocreate.budgets.pabulib;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code .pb} text into records of {@code ;}-separated fields, one record per line,
 * never holding more than {@code maxRecordChars} characters of a record: a longer line is
 * refused as soon as the limit is crossed, without reading the rest of it.
 *
 * <p>Fields follow the CSV conventions pabulib uses: a field may be enclosed in double quotes,
 * inside which {@code ;}, line breaks and doubled quotes ({@code ""}) stand for themselves.
 * Unquoted fields are trimmed of surrounding blanks (pabulib's own example writes
 * {@code key; value}); quoted fields are kept verbatim. Lines end with LF, CRLF or a lone CR.
 */
final class RecordReader {

	private static final int BUFFER = 1 << 16;

	private final Reader in;

	private final int maxRecordChars;

	private final char[] buf = new char[BUFFER];

	private int pos;

	private int lim;

	private boolean eof;

	/** Physical line number of the next unread character. */
	private long line = 1;

	private boolean first = true;

	private final StringBuilder field = new StringBuilder();

	private final ArrayList<String> fields = new ArrayList<>();

	private long recordLine;

	private boolean anyQuoted;

	RecordReader(Reader in, int maxRecordChars) {
		this.in = in;
		this.maxRecordChars = maxRecordChars;
	}

	/** Fields of the current record; valid until the next call of {@link #next()}. */
	List<String> fields() {
		return this.fields;
	}

	/** Line on which the current record starts. */
	long recordLine() {
		return this.recordLine;
	}

	/** Line just past the end of the input, for errors about what is missing. */
	long endLine() {
		return this.line;
	}

	/** Whether the current record is one unquoted word, as a section title is. */
	boolean isSingleBareWord() {
		return this.fields.size() == 1 && !this.anyQuoted;
	}

	/** Whether the current record is an empty or blank line. */
	boolean isBlank() {
		return this.fields.size() == 1 && !this.anyQuoted && this.fields.get(0).isEmpty();
	}

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int AFTER_QUOTE = 3;

	/** Reads the next record; {@code false} at the end of the input. */
	boolean next() throws IOException, PabulibFormatException {
		this.fields.clear();
		this.field.setLength(0);
		this.anyQuoted = false;
		this.recordLine = this.line;
		int state = FIELD_START;
		boolean quotedField = false;
		boolean started = false;
		long count = 0;
		while (true) {
			if (this.pos >= this.lim && !fill()) {
				if (!started) {
					return false;
				}
				if (state == QUOTED) {
					throw new PabulibFormatException(this.recordLine, null,
							"quoted field is not closed before the end of the file");
				}
				endField(quotedField);
				return true;
			}
			char c = this.buf[this.pos++];
			started = true;
			if (++count > this.maxRecordChars) {
				throw new PabulibFormatException(this.recordLine, null,
						"line is longer than " + this.maxRecordChars + " characters");
			}
			switch (state) {
				case FIELD_START -> {
					if (c == '"') {
						state = QUOTED;
						quotedField = true;
						this.anyQuoted = true;
					}
					else if (c == ';') {
						endField(false);
					}
					else if (c == '\n' || c == '\r') {
						endLine(c);
						endField(false);
						return true;
					}
					else if (c != ' ' && c != '\t') {
						state = UNQUOTED;
						this.field.append(c);
					}
				}
				case UNQUOTED -> {
					if (c == ';') {
						endField(false);
						state = FIELD_START;
					}
					else if (c == '\n' || c == '\r') {
						endLine(c);
						endField(false);
						return true;
					}
					else {
						this.field.append(c);
					}
				}
				case QUOTED -> {
					if (c == '"') {
						if (peek() == '"') {
							this.pos++;
							count++;
							this.field.append('"');
						}
						else {
							state = AFTER_QUOTE;
						}
					}
					else {
						if (c == '\n' || (c == '\r' && peek() != '\n')) {
							this.line++;
						}
						this.field.append(c);
					}
				}
				default -> { // AFTER_QUOTE
					if (c == ';') {
						endField(true);
						quotedField = false;
						state = FIELD_START;
					}
					else if (c == '\n' || c == '\r') {
						endLine(c);
						endField(true);
						return true;
					}
					else if (c != ' ' && c != '\t') {
						throw new PabulibFormatException(this.line, null,
								"unexpected character '" + c + "' after a closing quote");
					}
				}
			}
		}
	}

	private void endLine(char c) throws IOException, PabulibFormatException {
		if (c == '\r' && peek() == '\n') {
			this.pos++;
		}
		this.line++;
	}

	private void endField(boolean quoted) {
		String value;
		if (quoted) {
			value = this.field.toString();
		}
		else {
			int end = this.field.length();
			while (end > 0 && (this.field.charAt(end - 1) == ' ' || this.field.charAt(end - 1) == '\t')) {
				end--;
			}
			value = this.field.substring(0, end);
		}
		this.fields.add(value);
		this.field.setLength(0);
	}

	private int peek() throws IOException, PabulibFormatException {
		if (this.pos >= this.lim && !fill()) {
			return -1;
		}
		return this.buf[this.pos];
	}

	private boolean fill() throws IOException, PabulibFormatException {
		if (this.eof) {
			return false;
		}
		int n;
		try {
			n = this.in.read(this.buf, 0, BUFFER);
		}
		catch (CharacterCodingException ex) {
			throw new PabulibFormatException(this.line, null, "the file is not valid UTF-8 text");
		}
		if (n <= 0) {
			this.eof = true;
			return false;
		}
		this.pos = 0;
		this.lim = n;
		if (this.first) {
			this.first = false;
			if (this.buf[0] == '\uFEFF') { // byte order mark
				this.pos = 1;
				return fill0();
			}
		}
		return true;
	}

	private boolean fill0() throws IOException, PabulibFormatException {
		return this.pos < this.lim || fill();
	}
}
