package org.cocreate.spaces;

import java.util.List;
import java.util.Optional;
import org.cocreate.content.OwnsContent;
import org.cocreate.shared.web.PublicRoutes;

/**
 * How a participatory capability describes itself to the core, once: one small bean per
 * capability module, collected as a list (no global registry). It says what the capability is
 * (id, names, actions), where it lives ({@link #scope()}, {@link #pathIn}), the public pages and
 * API reads it adds ({@link PublicRoutes}: the one security filter chain and the page cache
 * collect them), the content kinds it publishes as content events and answers for in moderation
 * ({@link OwnsContent}), a figure for the space page, its typed settings and its demo data.
 * {@code docs/capabilities.md} is the checklist for adding one.
 */
public interface Capability extends PublicRoutes, OwnsContent {

	/** Where a capability lives: inside spaces that switch it on, or across the platform. */
	enum Scope {
		SPACE, PLATFORM
	}

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

	/** Inside spaces (switched on per space) or across the platform (requests, for one). */
	default Scope scope() {
		return Scope.SPACE;
	}

	/** Whether new spaces switch it on unless told otherwise. */
	default boolean onByDefault() {
		return true;
	}

	/** A figure for the space page (for example "42 ideas"), as a message key and its count; empty for none. */
	default Optional<Stat> statsFor(long spaceId) {
		return Optional.empty();
	}

	/** A figure about the capability in one space: a message key with one count argument. */
	record Stat(String messageKey, long count) {
	}

	/**
	 * Its settings in one space, typed; the space's edit page shows a form for them (one field per
	 * record component, labelled {@code capability.<id>.setting.<component>}). Empty when it has none.
	 */
	default Optional<Settings<?>> settings() {
		return Optional.empty();
	}

	/** A capability's typed settings in a space: read them, change them, and where the API has them. */
	interface Settings<S extends Record> {

		/** The settings of one space (defaults when the space never changed them). */
		S of(long spaceId);

		/**
		 * Changes them as {@code actorId} from a form's values, keyed by record component; checks
		 * the actor may and throws {@link org.cocreate.shared.InvalidCommand} naming each bad field.
		 */
		S change(long actorId, String spaceSlug, java.util.Map<String, String> values);

		/** Where the JSON API reads and changes them, for example {@code /api/v1/spaces/{slug}/ideas/settings}. */
		String apiPath(String spaceSlug);
	}

	/** What it adds to the demo instance; the demo module decides only the order. */
	default Optional<DemoSeeder> demo() {
		return Optional.empty();
	}
}
