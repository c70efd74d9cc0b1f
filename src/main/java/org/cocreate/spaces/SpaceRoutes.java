package org.cocreate.spaces;

import java.util.List;
import org.cocreate.content.OwnsContent;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** Spaces' public routes, and their content kind in content events. */
@Component
class SpaceRoutes implements PublicRoutes, OwnsContent {

	@Override
	public List<String> publicPages() {
		return List.of("/spaces", "/spaces/of/*", "/s/*");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/spaces", "/api/v1/spaces/*", "/api/v1/capabilities");
	}

	@Override
	public List<String> contentKinds() {
		return List.of(Spaces.KIND);
	}
}
