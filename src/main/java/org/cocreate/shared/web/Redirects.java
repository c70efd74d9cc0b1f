package org.cocreate.shared.web;

import org.jspecify.annotations.Nullable;

/** Redirects that stay on this site: back to the page a form came from, never to another host. */
public final class Redirects {

	private Redirects() {
	}

	/** {@code redirect:} to the path of the {@code Referer}, or to {@code fallback} when there is none or it is odd. */
	public static String back(@Nullable String referer, String fallback) {
		if (referer != null && referer.matches("^https?://[^/\\s]+/\\S*$")) {
			String path = referer.replaceFirst("^https?://[^/]+", "");
			if (path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")) {
				return "redirect:" + path;
			}
		}
		return "redirect:" + fallback;
	}
}
