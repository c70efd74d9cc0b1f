package org.cocreate.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What was wrong with a command, field by field, as message keys with arguments. Pages turn
 * them into form messages next to what the user typed; the API into a problem body.
 */
public final class Errors {

	/** One message: {@code field} is null for a message about the whole command. */
	public record Error(String field, String code, List<Object> args) {
	}

	private final List<Error> errors = new ArrayList<>();

	public static Errors none() {
		return new Errors();
	}

	public static Errors of(String field, String code, Object... args) {
		return new Errors().reject(field, code, args);
	}

	public Errors reject(String field, String code, Object... args) {
		errors.add(new Error(field, code, List.of(args)));
		return this;
	}

	public boolean has(String field) {
		return errors.stream().anyMatch(e -> field.equals(e.field()));
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<Error> all() {
		return Collections.unmodifiableList(errors);
	}

	/** Checks a required text's length; returns whether it passed. */
	public boolean checkLength(String field, String value, int min, int max) {
		int length = value == null ? 0 : value.strip().length();
		if (length < min) {
			reject(field, min <= 1 ? "error.required" : "error.too-short", min);
			return false;
		}
		if (length > max) {
			reject(field, "error.too-long", max);
			return false;
		}
		return true;
	}

	@Override
	public String toString() {
		return errors.toString();
	}
}
