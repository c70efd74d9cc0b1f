package org.cocreate.moderation.spam;

import java.io.IOException;

/** The input is not well-formed CSV; the message names the line where the problem is. */
public final class CsvFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long line;

	public CsvFormatException(long line, String problem) {
		super("line " + line + ": " + problem);
		this.line = line;
	}

	/** The 1-based physical line of the input at which the problem was found. */
	public long line() {
		return line;
	}
}
