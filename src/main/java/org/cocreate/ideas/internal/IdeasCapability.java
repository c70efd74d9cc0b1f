package org.cocreate.ideas.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.ideas.internal.IdeaSpaceSettings.Promise;
import org.cocreate.spaces.Capability;
import org.cocreate.spaces.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the ideas board describes itself: switched on by default, lives at {@code /s/{slug}/ideas},
 * publishes ideas and their comments, promises an answer past a support threshold (its settings).
 */
@Component
class IdeasCapability implements Capability {

	static final String ID = "ideas";

	private final JdbcClient jdbc;

	private final ObjectProvider<IdeaSpaceSettings> settings;

	/** Looked up when asked: the seeder uses the spaces, which collect this descriptor. */
	private final ObjectProvider<IdeasDemo> demo;

	IdeasCapability(JdbcClient jdbc, ObjectProvider<IdeaSpaceSettings> settings, ObjectProvider<IdeasDemo> demo) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.demo = demo;
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
	public List<String> contentKinds() {
		return List.of(IdeaModeration.KIND, CommentModeration.KIND);
	}

	@Override
	public List<String> publicPages() {
		return List.of("/s/*/ideas", "/s/*/ideas/similar", "/ideas/*", "/ideas/*/support-button", "/ideas/*/revisions",
				"/ideas/*/images/*", "/o/*/response-meter");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/spaces/*/ideas", "/api/v1/spaces/*/ideas/similar", "/api/v1/spaces/*/ideas/settings",
				"/api/v1/ideas/*", "/api/v1/ideas/*/status-changes", "/api/v1/ideas/*/revisions", "/api/v1/ideas/*/comments",
				"/api/v1/ideas/*/edit-proposals", "/api/v1/organisations/*/response-meter");
	}

	@Override
	public List<String> cacheablePages() {
		return List.of("/s/*/ideas", "/ideas/*");
	}

	@Override
	public Optional<Stat> statsFor(long spaceId) {
		long ideas = jdbc.sql("""
				select count(*) from idea
				where space_id = ? and deleted_at is null and merged_into is null and moderation is null""")
			.param(spaceId)
			.query(Long.class)
			.single();
		return Optional.of(new Stat("capability.ideas.stat", ideas));
	}

	@Override
	public Optional<Settings<?>> settings() {
		return Optional.of(new Settings<Promise>() {

			@Override
			public Promise of(long spaceId) {
				return settings.getObject().of(spaceId);
			}

			@Override
			public Promise change(long actorId, String spaceSlug, Map<String, String> values) {
				return settings.getObject()
					.set(actorId, spaceSlug, whole(values.get("supportThreshold")), whole(values.get("answerDays")));
			}

			@Override
			public String apiPath(String spaceSlug) {
				return "/api/v1/spaces/" + spaceSlug + "/ideas/settings";
			}
		});
	}

	/** A whole number as typed, or null (then the range check names the field). */
	private static @Nullable Integer whole(@Nullable String typed) {
		try {
			return typed == null ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	@Override
	public Optional<DemoSeeder> demo() {
		return Optional.ofNullable(demo.getIfAvailable());
	}
}
