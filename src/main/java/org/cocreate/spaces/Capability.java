package org.cocreate.spaces;

import java.util.List;

/**
 * How a participatory capability describes itself to the core: one small bean per capability
 * module, collected as a list (no global registry). Spaces use it to offer the capability when
 * a space is created, to link to it from the space page, and to list what a space can do.
 */
public interface Capability {

	/** Stable identifier stored with the spaces that switch it on, for example {@code ideas}. */
	String id();

	/** Message key of its name. */
	default String nameKey() {
		return "capability." + id() + ".name";
	}

	/** Message key of a one-line description. */
	default String descriptionKey() {
		return "capability." + id() + ".description";
	}

	/** The actions members can take with it, as message keys, for the space page and permissions. */
	List<String> actions();

	/** Where the capability lives inside a space, for example {@code /s/{slug}/ideas}. */
	default String pathIn(String spaceSlug) {
		return "/s/" + spaceSlug + "/" + id();
	}

	/** Whether new spaces switch it on unless told otherwise. */
	default boolean onByDefault() {
		return true;
	}

	/** A one-line figure for the space page (for example "42 ideas"), or empty. */
	default String statsFor(long spaceId) {
		return "";
	}
}
