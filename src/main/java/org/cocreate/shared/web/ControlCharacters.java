package org.cocreate.shared.web;

import java.util.Locale;

/**
 * The one rule for text arriving from outside: no control characters but tab, line feed and
 * carriage return. A control character is C0 ({@code U+0000}–{@code U+001F}), {@code DEL} or C1
 * ({@code U+0080}–{@code U+009F}); PostgreSQL cannot store {@code U+0000} at all, and none of them
 * is anything a person meant to type. Applied at the edge to every parameter, form field and JSON
 * string by {@link EdgeInput}.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** The index of the first control character in {@code text}, or -1 when there is none. */
	public static int indexIn(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isRefused(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	public static boolean isRefused(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/** The text without its control characters, to show back what was typed. */
	public static String without(String text) {
		var kept = new StringBuilder(text.length());
		text.chars().filter(c -> !isRefused((char) c)).forEach(c -> kept.append((char) c));
		return kept.toString();
	}

	/** How a message names the character: {@code U+0000}. */
	public static String name(char c) {
		return String.format(Locale.ROOT, "U+%04X", (int) c);
	}
}
