package org.cocreate.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the log-in form goes next. A failure keeps what was typed as the address and says why:
 * wrong password, address not verified yet.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final String LAST_USERNAME = "cocreate.login.username";

	LoginOutcomes() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(LAST_USERNAME, request.getParameter("username"));
		String reason = exception instanceof DisabledException ? "unverified" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		request.getSession().removeAttribute(LAST_USERNAME);
		request.getSession().removeAttribute(Accounts.LOGIN_UNLOCKED);
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
