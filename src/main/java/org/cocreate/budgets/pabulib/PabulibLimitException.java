package org.cocreate.budgets.pabulib;

/**
 * A file larger than the reader was told to take: more projects or more voters than its limit.
 * Thrown as soon as the limit is crossed, before the rest of the file is read.
 */
public final class PabulibLimitException extends PabulibFormatException {

	private static final long serialVersionUID = 1L;

	/** What went over its limit. */
	public enum What {
		PROJECTS, VOTERS
	}

	private final What what;

	private final long limit;

	PabulibLimitException(long line, What what, long limit) {
		super(line, null, "more than " + limit + (what == What.PROJECTS ? " projects" : " voters")
				+ " (the limit is " + limit + ")");
		this.what = what;
		this.limit = limit;
	}

	public What what() {
		return this.what;
	}

	public long limit() {
		return this.limit;
	}
}
