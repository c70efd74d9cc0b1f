package org.cocreate.budgets.pabulib;

import org.jspecify.annotations.Nullable;

/**
 * The one error a malformed {@code .pb} file produces: the text could not be read as a pabulib
 * instance. The message always starts with the line number (1-based, counting physical lines of
 * the file) and, when the problem lies in one column or META key, names that field:
 * {@code line 12, field "cost": negative cost -5 for project "7"}.
 *
 * <p>{@link PbReader} throws nothing else for bad input; I/O failures of the underlying stream
 * stay {@link java.io.IOException}s.
 */
public class PabulibFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final long line;

	private final @Nullable String field;

	private final String reason;

	public PabulibFormatException(long line, @Nullable String field, String reason) {
		super(format(line, field, reason));
		this.line = line;
		this.field = field;
		this.reason = reason;
	}

	private static String format(long line, @Nullable String field, String reason) {
		return field == null ? "line " + line + ": " + reason : "line " + line + ", field \"" + field + "\": " + reason;
	}

	/** The 1-based line the problem was found on. */
	public long line() {
		return this.line;
	}

	/** The column or META key at fault, or {@code null} when the whole line is. */
	public @Nullable String field() {
		return this.field;
	}

	/** The message without the position prefix. */
	public String reason() {
		return this.reason;
	}
}
