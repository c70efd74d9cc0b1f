package org.cocreate.identity;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** Identity's own public routes: profiles, avatars, the member directory, sign-up, log-in and recovery. */
@Component
class IdentityRoutes implements PublicRoutes {

	@Override
	public List<String> publicPages() {
		return List.of("/@*", "/avatars/**", "/members", "/signup", "/login", "/verify", "/password/**",
				"/settings/email/confirm");
	}

	@Override
	public List<String> publicForms() {
		return List.of("/signup", "/password/forgot", "/password/reset", "/verify/resend");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/members", "/api/v1/members/*");
	}
}
