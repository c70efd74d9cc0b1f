package org.cocreate.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL names for organisations and spaces: lower-case letters, digits and single hyphens. */
public final class Slugs {

	public static final Pattern VALID = Pattern.compile("(?=.{1,60}$)[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String from(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return VALID.matcher(slug).matches();
	}
}
