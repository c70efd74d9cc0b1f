package org.cocreate.content.internal;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** The public activity stream: anyone may follow it (each caller sees what it may see). */
@Component
class ActivityStreamRoutes implements PublicRoutes {

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/activity");
	}
}
