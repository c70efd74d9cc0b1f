package org.cocreate.ideas;

import java.util.Locale;
import java.util.Optional;

/** The orderings of a board; each has a one-line explanation shown beside it. */
public enum BoardSort {

	/** Supports decayed by age: log10(supports) plus the posting time in units of 12.5 hours. */
	HOT,
	/** Most supports, among ideas posted within the chosen period. */
	TOP,
	/** Newest first. */
	NEW,
	/** Supports in the last 24 hours minus the daily average of the week before. */
	TRENDING,
	/** Most comments. */
	DISCUSSED,
	/** Most comments per support. */
	CONTROVERSIAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "ideas.sort." + key();
	}

	public String explanationKey() {
		return "ideas.sort." + key() + ".explained";
	}

	public static Optional<BoardSort> parse(String value) {
		for (BoardSort s : values()) {
			if (s.key().equalsIgnoreCase(value.strip())) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
