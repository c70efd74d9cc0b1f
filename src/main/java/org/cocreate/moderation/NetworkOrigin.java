package org.cocreate.moderation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network origin of the request being served: the client's address as the servlet container
 * sees it (behind a proxy, set {@code server.forward-headers-strategy} so that it is the client's,
 * not the proxy's). Rate limits and vote-fraud signals use it; content modules read it when they
 * publish a {@link VoteEvents.VoteCast}.
 */
public final class NetworkOrigin {

	/** The origin of work done outside any request (demo data, the command line). */
	public static final String NONE = "-";

	private NetworkOrigin() {
	}

	/** The current request's origin, or {@link #NONE} outside a request. */
	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return NONE;
	}

	public static String of(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return address == null || address.isBlank() ? NONE : address;
	}
}
