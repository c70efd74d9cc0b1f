package org.cocreate.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 for the API as {@code application/problem+json}, never a log-in page. */
@Component
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"cocreate\"");
		write(response, 401, "Unauthorized",
				"Authenticate with 'Authorization: Bearer <token>'; create a token with HTTP Basic at POST /api/v1/tokens.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, 403, "Forbidden", "Your account may not do this.");
	}

	void invalidToken(HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		write(response, 401, "Unauthorized", "The bearer token is unknown or revoked.");
	}

	void throttled(HttpServletResponse response, long retryAfterSeconds) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		write(response, 429, "Too Many Requests", "Too many failed log-ins; try again later.");
	}

	void invalidName(HttpServletResponse response) throws IOException {
		write(response, 400, "Bad Request", "A log-in name may not contain control characters.");
	}

	private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
					+ "\"}");
	}
}
