package org.cocreate.moderation;

import java.util.regex.Pattern;
import org.cocreate.shared.DomainException;

/**
 * Names one piece of content of any kind: {@code idea:42}, {@code idea-comment:7}. The kind is
 * the one a {@link ModeratedContent} bean answers for; moderation keeps only this reference and
 * asks that bean for everything else, so it never imports the module that owns the content.
 */
public record ContentRef(String kind, long id) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,29}");

	public ContentRef {
		if (!KIND.matcher(kind).matches()) {
			throw DomainException.notFound("moderation.error.unknown-kind", kind);
		}
	}

	/** Parses {@code kind:id}; anything else is "not found". */
	public static ContentRef parse(String text) {
		int colon = text.lastIndexOf(':');
		try {
			return new ContentRef(text.substring(0, Math.max(colon, 0)), Long.parseLong(text.substring(colon + 1)));
		}
		catch (NumberFormatException ex) {
			throw DomainException.notFound("moderation.error.content-not-found", text);
		}
	}

	@Override
	public String toString() {
		return kind + ":" + id;
	}
}
