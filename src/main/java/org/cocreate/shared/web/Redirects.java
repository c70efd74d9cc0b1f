package org.cocreate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Redirects that stay on this site: back to the page a form came from, never to another host.
 * The {@code Referer} is data sent by the client: only a well-formed address of this very site
 * (same scheme, host and port as the request) is used, and only its path and query — never as a
 * URI template ({@code {name}} is not expanded), never with a fragment, user info or another host.
 */
public final class Redirects {

	private Redirects() {
	}

	/**
	 * {@code redirect:} to the path (and query) of the {@code Referer}, or to {@code fallback} when
	 * there is none, it is of another origin, or it is anything but a plain address.
	 */
	public static String back(@Nullable String referer, String fallback) {
		String path = sameOriginPath(referer, currentRequest());
		return "redirect:" + (path == null ? fallback : path);
	}

	/** The path and query of {@code referer} when it is an address of the request's own origin; else null. */
	static @Nullable String sameOriginPath(@Nullable String referer, @Nullable HttpServletRequest request) {
		if (referer == null || request == null || referer.length() > 2_000) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(referer); // strict: braces, spaces, backslashes and control characters are refused
		}
		catch (URISyntaxException ex) {
			return null;
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!uri.isAbsolute() || uri.isOpaque() || !scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
				|| uri.getRawUserInfo() != null || uri.getHost() == null
				|| !uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort()) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			return null;
		}
		String query = uri.getRawQuery();
		String target = query == null ? path : path + "?" + query;
		// Redirect views expand {name} templates; a strict URI has none, but the rule must not hang on that.
		return target.indexOf('{') >= 0 || target.indexOf('}') >= 0 ? null : target;
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
