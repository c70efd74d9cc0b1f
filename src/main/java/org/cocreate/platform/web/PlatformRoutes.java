package org.cocreate.platform.web;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/**
 * The platform's public routes: the home page, static files, errors, the API's documentation,
 * health. Metrics ({@code /actuator/prometheus}) have their own rule in the filter chain: open in
 * development, behind {@code COCREATE_METRICS_TOKEN} in prod.
 */
@Component
class PlatformRoutes implements PublicRoutes {

	@Override
	public List<String> publicPages() {
		return List.of("/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/api", "/api/explorer",
				"/api/swagger-ui/**", "/swagger-ui/**", "/v3/api-docs/**", "/actuator/health/**", "/actuator/health",
				"/actuator/info");
	}

	@Override
	public List<String> cacheablePages() {
		return List.of("/");
	}
}
