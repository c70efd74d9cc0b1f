package org.cocreate.tags;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** The tag directory and tag pages, readable by anyone (each shows what its reader may see). */
@Component
class TagRoutes implements PublicRoutes {

	@Override
	public List<String> publicPages() {
		return List.of("/tags/**");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/tags", "/api/v1/tags/*");
	}
}
