package org.cocreate.ideas.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an idea's history in the past, for importing boards from elsewhere and for the demo
 * site (which must show answered-late and overdue ideas on its first day). Everything the idea
 * recorded moves back together — posting, revisions, supports, comments, reaching the threshold
 * and its deadline — and its answers move back by their own, shorter amount, so the time it
 * took to answer is what the caller says. The support counts and the rows are not touched.
 */
@Service
public class IdeaHistory {

	private final JdbcClient jdbc;

	IdeaHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the idea back by {@code posted}, and its official answers back by {@code answered} (at most {@code posted}). */
	@Transactional
	public void moveBack(long ideaId, Duration posted, Duration answered) {
		if (answered.compareTo(posted) > 0 || posted.isNegative() || answered.isNegative()) {
			throw new IllegalArgumentException("answers cannot move before the idea was posted");
		}
		String by = posted.toSeconds() + " seconds";
		String answersBy = answered.toSeconds() + " seconds";
		jdbc.sql("""
				update idea set created_at = created_at - cast(:by as interval), updated_at = updated_at - cast(:by as interval),
				    threshold_reached_at = threshold_reached_at - cast(:by as interval),
				    answer_due_at = answer_due_at - cast(:by as interval),
				    first_answered_at = first_answered_at - cast(:answers as interval)
				where id = :id""")
			.param("by", by)
			.param("answers", answersBy)
			.param("id", ideaId)
			.update();
		jdbc.sql("update idea set hot = idea_hot(support_count, created_at) where id = ?")
			.param(ideaId)
			.update();
		jdbc.sql("update idea_revision set created_at = created_at - cast(? as interval) where idea_id = ?").params(by, ideaId).update();
		jdbc.sql("update idea_support set created_at = created_at - cast(? as interval) where idea_id = ?").params(by, ideaId).update();
		jdbc.sql("update idea_comment set created_at = created_at - cast(? as interval) where idea_id = ?").params(by, ideaId).update();
		jdbc.sql("update idea_status_change set created_at = created_at - cast(? as interval) where idea_id = ?")
			.params(answersBy, ideaId)
			.update();
	}
}
