package org.cocreate.organisations;

import java.util.List;
import org.cocreate.content.OwnsContent;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** Organisations' public routes, and their content kind in content events. */
@Component
class OrganisationRoutes implements PublicRoutes, OwnsContent {

	@Override
	public List<String> publicPages() {
		return List.of("/organisations", "/o/*");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/organisations", "/api/v1/organisations/*", "/api/v1/organisations/*/staff");
	}

	@Override
	public List<String> contentKinds() {
		return List.of(Organisations.KIND);
	}
}
