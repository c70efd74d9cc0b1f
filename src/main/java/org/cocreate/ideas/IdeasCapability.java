package org.cocreate.ideas;

import java.util.List;
import org.cocreate.spaces.Capability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the ideas board describes itself to spaces: switched on by default, lives at {@code /s/{slug}/ideas}. */
@Component
class IdeasCapability implements Capability {

	static final String ID = "ideas";

	private final JdbcClient jdbc;

	IdeasCapability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<String> actions() {
		return List.of("capability.ideas.action.post", "capability.ideas.action.support", "capability.ideas.action.discuss",
				"capability.ideas.action.answer");
	}

	@Override
	public String statsFor(long spaceId) {
		long ideas = jdbc.sql("select count(*) from idea where space_id = ? and deleted_at is null and merged_into is null")
			.param(spaceId)
			.query(Long.class)
			.single();
		return Long.toString(ideas);
	}
}
