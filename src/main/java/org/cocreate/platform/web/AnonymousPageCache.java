package org.cocreate.platform.web;

import java.util.Objects;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A micro-cache for pages as anonymous readers see them, in front of everything else (sessions,
 * security, rendering): the way busy community sites keep a board fast when a link to it is
 * shared. Only a GET of an allowed path, from a request without a session, remember-me cookie or
 * credentials, whose answer is a 200 HTML page that set no cookie, is kept; headers (the CSP and
 * the rest) are kept with the body and replayed exactly.
 * <p>
 * Freshness: every state-changing request this node serves starts a new generation, and entries
 * of an older generation are never served, so on one node a reader never sees a page older than
 * the last write. Writes made on another node (or by scheduled jobs) show after at most
 * {@code cocreate.page-cache.ttl} (default 2 s).
 * <p>
 * One render per page: when a page is missing (expired, or made stale by a write), the first
 * reader renders it and readers of the same page arriving meanwhile wait for that render and get
 * its copy, rather than all rendering at once; on a busy board every expiry would otherwise
 * stall the readers behind dozens of identical renders.
 */
class AnonymousPageCache extends OncePerRequestFilter {

	/** A kept page: status 200, its headers and bytes, and the generation it was rendered in. */
	private record Page(long generation, List<String[]> headers, @Nullable String contentType, Locale locale, byte[] body) {
	}

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final List<String> paths;

	private final Cache<String, Page> pages;

	private final AtomicLong generation = new AtomicLong();

	/** Renders under way, by generation and key: what readers of the same page wait for. */
	private final ConcurrentHashMap<String, CompletableFuture<@Nullable Page>> rendering = new ConcurrentHashMap<>();

	/** How long a reader waits for another's render before rendering the page itself. */
	private static final long WAIT_SECONDS = 10;

	AnonymousPageCache(List<String> paths, Duration ttl, long maxPages) {
		this.paths = List.copyOf(paths);
		this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxPages).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
				&& !HttpMethod.OPTIONS.matches(request.getMethod())) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				// After the write committed: what was rendered before it is stale from now on.
				generation.incrementAndGet();
			}
			return;
		}
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		long current = generation.get();
		String key = key(request);
		Page page = pages.getIfPresent(key);
		if (page != null && page.generation() == current) {
			replay(page, response);
			return;
		}
		String flight = current + "|" + key;
		var mine = new CompletableFuture<@Nullable Page>();
		CompletableFuture<@Nullable Page> underWay = rendering.putIfAbsent(flight, mine);
		if (underWay != null) {
			Page rendered = await(underWay);
			if (rendered != null) {
				replay(rendered, response);
			}
			else {
				// the other reader's answer was not a page to share (an error, a cookie set …): answer this one itself
				chain.doFilter(request, response);
			}
			return;
		}
		try {
			var wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			if (keepable(wrapper)) {
				Page kept = capture(current, wrapper);
				// a render that a write overtook must not push out a newer reader's fresher copy
				pages.asMap().merge(key, kept, (there, fresh) -> there.generation() > fresh.generation() ? there : fresh);
				mine.complete(kept);
			}
			wrapper.copyBodyToResponse();
		}
		finally {
			mine.complete(null);
			rendering.remove(flight, mine);
		}
	}

	private static @Nullable Page await(CompletableFuture<@Nullable Page> render) {
		try {
			return render.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException e) {
			return null;
		}
	}

	/** A GET of an allowed path by a reader Cocreate does not know. */
	private boolean cacheable(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().startsWith("COCREATE_") && !"COCREATE_LOCALE".equals(cookie.getName())
						&& !cookie.getValue().isEmpty()) {
					return false;
				}
			}
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return paths.stream().anyMatch(p -> PATHS.match(p, path));
	}

	/** What can change the page for an anonymous reader: the address, the language, an htmx fragment request. */
	private static String key(HttpServletRequest request) {
		var key = new StringBuilder(request.getRequestURI());
		if (request.getQueryString() != null) {
			key.append('?').append(request.getQueryString());
		}
		key.append('|').append(Objects.requireNonNullElse(request.getHeader("HX-Request"), "")).append('|').append(Objects.requireNonNullElse(request.getHeader("HX-Target"), ""));
		key.append('|').append(truncate(Objects.requireNonNullElse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), "")));
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("COCREATE_LOCALE".equals(cookie.getName())) {
					key.append('|').append(truncate(cookie.getValue()));
				}
			}
		}
		return key.toString();
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && !response.isCommitted();
	}

	private static Page capture(long generation, ContentCachingResponseWrapper response) {
		var headers = new ArrayList<String[]>();
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				headers.add(new String[] { name, value });
			}
		}
		return new Page(generation, headers, response.getContentType(), response.getLocale(),
				response.getContentAsByteArray());
	}

	private static void replay(Page page, HttpServletResponse response) throws IOException {
		response.setStatus(200);
		for (String[] header : page.headers()) {
			response.addHeader(header[0], header[1]);
		}
		response.setContentType(page.contentType());
		response.setLocale(page.locale());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}


	private static String truncate(String s) {
		return s.length() <= 100 ? s : s.substring(0, 100);
	}
}
