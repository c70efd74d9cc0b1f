package org.cocreate.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a log-in (the form, and HTTP Basic on the API) is checked: a name with a control
 * character is refused outright (it could only be a way around the counts); an account or network
 * origin that must wait after failed log-ins is refused with the seconds left. Counts the failures
 * as they happen, per account and origin ({@link LoginThrottle}).
 */
@Component
class LoginThrottleFilter extends OncePerRequestFilter {

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
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (LoginThrottle.hasControlCharacters(username)) {
			if (api) {
				problems.invalidName(response);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?invalid-name");
			}
			return;
		}
		OptionalLong wait = throttle.wait(username, request.getRemoteAddr(), unlocked(request));
		if (wait.isPresent()) {
			if (api) {
				problems.throttled(response, wait.getAsLong());
			}
			else {
				request.getSession().setAttribute(LoginOutcomes.LAST_USERNAME, username);
				response.sendRedirect(request.getContextPath() + "/login?throttled=" + wait.getAsLong());
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static @Nullable Long unlocked(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(Accounts.LOGIN_UNLOCKED) instanceof Long id ? id : null;
	}

	private static @Nullable String username(HttpServletRequest request) {
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
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		throttle.failed(event.getAuthentication().getName(), origin);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member) {
			throttle.succeeded(member.id());
		}
	}
}
