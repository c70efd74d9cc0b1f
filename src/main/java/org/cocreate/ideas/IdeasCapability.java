package org.cocreate.ideas;

import java.util.List;
import org.cocreate.spaces.Capability;
import org.springframework.stereotype.Component;

/** How the ideas board describes itself to spaces: switched on by default, lives at {@code /s/{slug}/ideas}. */
@Component
class IdeasCapability implements Capability {

	static final String ID = "ideas";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<String> actions() {
		return List.of("capability.ideas.action.post", "capability.ideas.action.support", "capability.ideas.action.discuss",
				"capability.ideas.action.answer");
	}
}
