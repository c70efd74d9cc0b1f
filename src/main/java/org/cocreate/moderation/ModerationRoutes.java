package org.cocreate.moderation;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** The public record of voided votes. */
@Component
class ModerationRoutes implements PublicRoutes {

	@Override
	public List<String> publicPages() {
		return List.of("/moderation/voided-votes");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/moderation/voided-votes");
	}
}
