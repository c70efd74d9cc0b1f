package org.cocreate.ideas.internal;

import org.cocreate.ideas.internal.IdeaPermissions.Action;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each space's promise: an idea that reaches {@code supportThreshold} supports must be answered
 * within {@code answerDays} days. Spaces that never set it use the defaults.
 */
@Service
public class IdeaSpaceSettings {

	public static final int DEFAULT_THRESHOLD = 10;

	public static final int DEFAULT_ANSWER_DAYS = 30;

	/** A space's promise. */
	public record Promise(int supportThreshold, int answerDays) {
	}

	private final JdbcClient jdbc;

	private final IdeaPermissions permissions;

	IdeaSpaceSettings(JdbcClient jdbc, IdeaPermissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public Promise of(long spaceId) {
		return jdbc.sql("select support_threshold, answer_days from idea_space_settings where space_id = ?")
			.param(spaceId)
			.query((rs, i) -> new Promise(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(new Promise(DEFAULT_THRESHOLD, DEFAULT_ANSWER_DAYS));
	}

	/** The promise of a space the viewer may see. */
	@Transactional(readOnly = true)
	public Promise of(String spaceSlug, @Nullable Long viewerId) {
		return of(permissions.space(spaceSlug, viewerId).id());
	}

	/** Moderators (or higher) of the hosting organisation change the promise; it applies to ideas that reach the threshold from then on. */
	@Transactional
	public Promise set(long actorId, String spaceSlug, @Nullable Integer threshold, @Nullable Integer days) {
		SpaceSummary space = permissions.space(spaceSlug, actorId);
		permissions.require(Action.MODERATE, space, actorId);
		var errors = Errors.none();
		if (threshold == null || threshold < 1 || threshold > 1_000_000) {
			errors.reject("supportThreshold", "error.idea.threshold-range", 1, 1_000_000);
		}
		if (days == null || days < 1 || days > 365) {
			errors.reject("answerDays", "error.idea.days-range", 1, 365);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		jdbc.sql("""
				insert into idea_space_settings (space_id, support_threshold, answer_days) values (?, ?, ?)
				on conflict (space_id) do update set support_threshold = excluded.support_threshold, answer_days = excluded.answer_days""")
			.params(space.id(), threshold, days)
			.update();
		return new Promise(threshold, days);
	}
}
