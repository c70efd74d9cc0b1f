package org.cocreate.ideas;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;

/**
 * What a board shows: an ordering, optional filters, and where the page starts. {@code after} is
 * the opaque key of the previous page's last idea (keyset pagination: no offset, so page 500 is as
 * fast as page 1).
 */
public record BoardQuery(BoardSort sort, @Nullable IdeaStatus status, @Nullable String tag, Period period,
		@Nullable String after, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The window of the Top ordering. */
	public enum Period {

		DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), YEAR(Duration.ofDays(365)), ALL(null);

		final @Nullable Duration length;

		Period(@Nullable Duration length) {
			this.length = length;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Where the previous page ended: the ordering's value and the id of its last idea. */
	record Cursor(double value, long id) {

		String encode() {
			return Base64.getUrlEncoder().withoutPadding().encodeToString((value + ":" + id).getBytes(StandardCharsets.UTF_8));
		}
	}

	public BoardQuery {
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public static BoardQuery of(BoardSort sort) {
		return new BoardQuery(sort, null, null, Period.ALL, null, DEFAULT_SIZE);
	}

	/** Parses the query parameters of a board page or the API, reporting each unknown value. */
	public static BoardQuery parse(@Nullable String sort, @Nullable String status, @Nullable String tag,
			@Nullable String period, @Nullable String after, @Nullable Integer size) {
		var errors = Errors.none();
		BoardSort s = sort == null || sort.isBlank() ? BoardSort.HOT : BoardSort.parse(sort).orElse(null);
		if (s == null) {
			errors.reject("sort", "error.idea.sort-unknown", sort);
		}
		IdeaStatus st = null;
		if (status != null && !status.isBlank()) {
			try {
				st = IdeaStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.reject("status", "error.idea.status-unknown", status);
			}
		}
		Period p = Period.ALL;
		if (period != null && !period.isBlank()) {
			try {
				p = Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.reject("period", "error.idea.period-unknown", period);
			}
		}
		if (size != null && (size < 1 || size > MAX_SIZE)) {
			errors.reject("size", "error.idea.size-range", 1, MAX_SIZE);
		}
		String a = after == null || after.isBlank() ? null : after.strip();
		if (a != null && cursor(a) == null) {
			errors.reject("after", "error.idea.cursor-invalid");
		}
		String t = tag == null || tag.isBlank() ? null : org.cocreate.shared.Hashtags.normalise(tag.strip());
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return new BoardQuery(s, st, t, p, a, size == null ? DEFAULT_SIZE : size);
	}

	@Nullable Cursor cursor() {
		return after == null ? null : cursor(after);
	}

	static @Nullable Cursor cursor(String encoded) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = text.lastIndexOf(':');
			double value = Double.parseDouble(text.substring(0, colon));
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return null;
			}
			return new Cursor(value, Long.parseLong(text.substring(colon + 1)));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}
}
