package org.cocreate.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds {@code #hashtags} in text: a letter first, then letters, digits, {@code _} or {@code -}. */
public final class Hashtags {

	static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}_&/#])#(\\p{L}[\\p{L}\\p{N}_-]{0,49})");

	private Hashtags() {
	}

	/** The distinct tags of a text, normalised, in order of first appearance. */
	public static Set<String> in(String text) {
		var tags = new LinkedHashSet<String>();
		var matcher = PATTERN.matcher(text);
		while (matcher.find()) {
			tags.add(normalise(matcher.group(1)));
		}
		return tags;
	}

	/** Lower case, so {@code #AImaSocial} and {@code #aimasocial} are one tag. */
	public static String normalise(String tag) {
		String t = tag.startsWith("#") ? tag.substring(1) : tag;
		return t.toLowerCase(Locale.ROOT);
	}

	public static boolean isValid(String tag) {
		return PATTERN.matcher("#" + tag).matches();
	}
}
