package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cocreate.shared.Errors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the numbers of a command: prices are positive decimals with at most two decimal places
 * that fit {@code numeric(14,2)}; counts are whole numbers in a range. A number that does not pass
 * adds a message for its field and yields null, so a command reports every bad field at once.
 * Huge values such as {@code 1e309} are valid {@link BigDecimal}s: the range check refuses them.
 */
public final class Numbers {

	/** The largest amount {@code numeric(14,2)} holds. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private Numbers() {
	}

	/** A required positive amount, or null after adding the field's message. */
	public static @Nullable BigDecimal amount(Errors errors, String field, @Nullable BigDecimal value) {
		if (value == null) {
			errors.reject(field, "error.required");
			return null;
		}
		return optionalAmount(errors, field, value);
	}

	/** An optional positive amount: null stays null. */
	public static @Nullable BigDecimal optionalAmount(Errors errors, String field, @Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.signum() <= 0) {
			errors.reject(field, "error.request.amount-positive");
			return null;
		}
		if (value.compareTo(MAX_AMOUNT) > 0) {
			errors.reject(field, "error.request.amount-too-large", MAX_AMOUNT.toPlainString());
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() > 2) {
			errors.reject(field, "error.request.amount-decimals");
			return null;
		}
		return stripped.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** A required whole number between min and max, or null after adding the field's message. */
	public static @Nullable Integer whole(Errors errors, String field, @Nullable BigDecimal value, int min, int max) {
		if (value == null) {
			errors.reject(field, "error.required");
			return null;
		}
		return optionalWhole(errors, field, value, min, max);
	}

	public static @Nullable Integer optionalWhole(Errors errors, String field, @Nullable BigDecimal value, int min, int max) {
		if (value == null) {
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
			errors.reject(field, "error.request.number-range", min, max);
			return null;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			errors.reject(field, "error.request.number-whole");
			return null;
		}
		return value.intValueExact();
	}

	/** An optional decimal between min and max (coordinates). */
	public static @Nullable Double optionalBetween(Errors errors, String field, @Nullable BigDecimal value, double min, double max) {
		if (value == null) {
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
			errors.reject(field, "error.request.number-range", min, max);
			return null;
		}
		return value.doubleValue();
	}

	/**
	 * What a person typed into a form field, as a number: digits with an optional sign and one
	 * decimal point. A comma ("12,50"), letters ("NaN") or an exponent are refused with a
	 * message for the field; an empty field is null.
	 */
	public static @Nullable BigDecimal parse(Errors errors, String field, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String s = typed.strip();
		if (s.length() > 20 || !s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			errors.reject(field, s.contains(",") ? "error.request.number-comma" : "error.request.number-format");
			return null;
		}
		return new BigDecimal(s);
	}
}
