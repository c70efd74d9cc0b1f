package org.cocreate.following;

import java.util.Locale;

/** Something one can follow, and that activities concern: a member, an organisation, a space or a tag. */
public record Target(Kind kind, String key) {

	public enum Kind {
		MEMBER, ORGANISATION, SPACE, TAG
	}

	public Target {
		key = key.toLowerCase(Locale.ROOT);
	}

	public static Target member(String handle) {
		return new Target(Kind.MEMBER, handle);
	}

	public static Target organisation(String slug) {
		return new Target(Kind.ORGANISATION, slug);
	}

	public static Target space(String slug) {
		return new Target(Kind.SPACE, slug);
	}

	public static Target tag(String name) {
		return new Target(Kind.TAG, name);
	}

	/** The kind as it appears in URLs: {@code member}, {@code organisation}, {@code space}, {@code tag}. */
	public String kindName() {
		return kind.name().toLowerCase(Locale.ROOT);
	}
}
