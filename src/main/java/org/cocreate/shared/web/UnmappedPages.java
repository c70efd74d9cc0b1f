package org.cocreate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches page reads ({@code GET}, {@code HEAD}) that no controller answers: an unknown address,
 * or a static file such as {@code /robots.txt}. The security rules let them through, so everyone
 * gets the real 404 page (or the file) instead of being sent to log in for a page that does not
 * exist. It asks Spring MVC's own handler mappings, so it can never disagree with them: a path a
 * controller answers — whatever its rule — is not matched here.
 */
@Component
public class UnmappedPages implements RequestMatcher {

	private final ObjectProvider<HandlerMapping> mappings;

	private volatile @Nullable List<HandlerMapping> ordered;

	UnmappedPages(ObjectProvider<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		var probe = new IsolatedAttributes(request);
		try {
			ServletRequestPathUtils.parseAndCache(probe);
			for (HandlerMapping mapping : mappings()) {
				HandlerExecutionChain chain = mapping.getHandler(probe);
				if (chain != null) {
					// The catch-all resource handler answers every path; only a controller makes a page.
					return chain.getHandler() instanceof ResourceHttpRequestHandler;
				}
			}
			return true;
		}
		catch (Exception ex) {
			return false; // a mapping that objects (another method, an unreadable path) keeps the normal rules
		}
	}

	private List<HandlerMapping> mappings() {
		List<HandlerMapping> all = ordered;
		if (all == null) {
			all = mappings.orderedStream().toList();
			ordered = all;
		}
		return all;
	}

	/** The request as it is, but what the mappings write into its attributes stays out of the real request. */
	private static final class IsolatedAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> written = new HashMap<>();

		private final Set<String> removed = new HashSet<>();

		IsolatedAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			if (written.containsKey(name)) {
				return written.get(name);
			}
			return removed.contains(name) ? null : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			written.put(name, value);
			removed.remove(name);
		}

		@Override
		public void removeAttribute(String name) {
			written.remove(name);
			removed.add(name);
		}
	}
}
