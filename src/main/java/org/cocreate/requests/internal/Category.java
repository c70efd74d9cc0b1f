package org.cocreate.requests.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed list of request categories. A fixed list, not free text, so that sellers can follow a
 * category and be sure to hear of every request in it, and so that finding by category is exact.
 * Each is also a tag: its requests appear on the tag page {@code /tags/{id}}.
 */
public enum Category {

	VEHICLES, ELECTRONICS, FURNITURE, FOOD, OUTDOOR, BUILDING, ENERGY, CLOTHING, SERVICES, OTHER;

	/** The lower-case id used in URLs, the API and the database, for example {@code outdoor}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "request.category." + id();
	}

	/** The category with this id (any case, surrounding blanks ignored). */
	public static Optional<Category> of(String id) {
		String wanted = id.strip();
		return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
	}
}
