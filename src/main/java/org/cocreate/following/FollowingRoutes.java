package org.cocreate.following;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** The follow button and activity lists other pages include, readable by anyone. */
@Component
class FollowingRoutes implements PublicRoutes {

	@Override
	public List<String> publicPages() {
		return List.of("/follow-button/**", "/activity/**");
	}
}
