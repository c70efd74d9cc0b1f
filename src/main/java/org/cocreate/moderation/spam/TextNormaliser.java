package org.cocreate.moderation.spam;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts comment text into the one form the featuriser sees: markup and entities of web exports
 * removed, compatibility characters folded (NFKC maps full-width and "fancy" letters to plain
 * ones), invisible characters dropped, lower case, single spaces.
 */
final class TextNormaliser {

	/** An HTML or XML tag such as {@code <br />} or {@code <a href="…">}; not {@code <3}. */
	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,500}>");

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	/** Zero-width and byte-order-mark characters, which carry no meaning in a comment. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TextNormaliser() {
	}

	/** The text as the featuriser reads it: {@link #clean} and then lower-cased. */
	static String normalise(String text) {
		return clean(text).toLowerCase(Locale.ROOT);
	}

	/** Markup, entities and invisible characters removed, NFKC, single spaces; case kept. */
	static String clean(String text) {
		String s = TAG.matcher(text).replaceAll(" ");
		s = decodeEntities(s);
		s = INVISIBLE.matcher(s).replaceAll("");
		s = Normalizer.normalize(s, Normalizer.Form.NFKC);
		return SPACES.matcher(s).replaceAll(" ").strip();
	}

	private static String decodeEntities(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		Matcher m = ENTITY.matcher(text);
		var out = new StringBuilder(text.length());
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String decode(String name, String whole) {
		if (name.charAt(0) == '#') {
			boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
			int code;
			try {
				code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
			}
			catch (NumberFormatException e) {
				return whole;
			}
			return Character.isValidCodePoint(code) ? Character.toString(code) : whole;
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			default -> whole;
		};
	}
}
