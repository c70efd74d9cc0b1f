package org.cocreate.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses log-in attempts (the form, and HTTP Basic on the API) for an address or network
 * origin with too many recent failures, and counts the failures as they happen.
 */
@Component
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED = "cocreate.login.throttled";

	private final LoginThrottle throttle;

	private final ApiAuthenticationProblems problems;

	LoginThrottleFilter(LoginThrottle throttle, ApiAuthenticationProblems problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = username(request);
		if (username != null && throttle.blocked(username, request.getRemoteAddr())) {
			if (request.getRequestURI().startsWith("/api/")) {
				problems.throttled(response, throttle.windowMinutes() * 60);
			}
			else {
				request.getSession().setAttribute(LoginOutcomes.LAST_USERNAME, username);
				response.sendRedirect(request.getContextPath() + "/login?throttled");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static String username(HttpServletRequest request) {
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			return request.getParameter("username");
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? decoded : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String origin = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		throttle.failed(event.getAuthentication().getName(), origin);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member) {
			throttle.succeeded(member.email());
			throttle.succeeded(member.handle());
		}
	}
}
