package org.cocreate.budgets.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.content.ContentEvent;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.ContentSnapshot;
import org.cocreate.moderation.ModeratedContent;
import org.cocreate.moderation.VoteEvents.VoteWithdrawn;
import org.cocreate.moderation.VoteEvents.VotesVoided;
import org.cocreate.spaces.Spaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget projects' side of the moderation contract (kind {@code project}): the state lives in
 * {@code budget_project.moderation} — null (visible) or {@code HIDDEN}. A hidden project keeps its
 * place (and its votes) on the ballot and in the outcome, but others see a placeholder instead of
 * its title and description; its proposer and the space's staff still see it. Ballots are votes
 * for their projects ({@code project:{id}}), and voided votes delete the voters' whole ballots.
 */
@Component
public class ProjectModeration implements ModeratedContent {

	public static final String KIND = "project";

	private record Row(long budgetId, long spaceId, long authorId, String title, String description, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final ApplicationEventPublisher events;

	private final BudgetContent content;

	ProjectModeration(JdbcClient jdbc, Spaces spaces, ApplicationEventPublisher events, BudgetContent content) {
		this.content = content;
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.events = events;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ContentSnapshot> find(long id) {
		return row(id).map(r -> new ContentSnapshot(new ContentRef(KIND, id), r.authorId(),
					spaces.slugOf(r.spaceId()).orElse(null),
					r.title() + "\n\n" + r.description(), "/budgets/" + r.budgetId() + "#project-" + id, r.createdAt()));
	}

	@Override
	@Transactional
	public void hide(long id) {
		int changed = jdbc.sql("update budget_project set moderation = 'HIDDEN' where id = ? and moderation is null").param(id).update();
		if (changed == 1) {
			announce(id, ContentEvent.Type.HIDDEN);
		}
	}

	@Override
	@Transactional
	public void restore(long id) {
		int changed = jdbc.sql("update budget_project set moderation = null where id = ? and moderation is not null").param(id).update();
		if (changed == 1) {
			announce(id, ContentEvent.Type.RESTORED);
		}
	}

	private void announce(long id, ContentEvent.Type type) {
		row(id).ifPresent(r -> content.projectModerated(id, r.budgetId(), r.spaceId(), type, r.title(), r.description()));
	}

	private Optional<Row> row(long id) {
		return jdbc.sql("""
				select p.budget_id, b.space_id, coalesce(p.proposer_id, b.created_by), p.title, p.description, p.created_at
				from budget_project p join budget b on b.id = p.budget_id where p.id = ?""")
			.param(id)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.optional();
	}

	/**
	 * Moderators voided these members' votes for a project: a ballot is one choice over all
	 * projects, so their ballots in that budget are deleted (they may vote again while voting is
	 * open), their other projects' vote records withdrawn, and an outcome already computed is marked
	 * stale (it is never recomputed on its own: see docs/moderation.md).
	 */
	@ApplicationModuleListener
	void on(VotesVoided voided) {
		if (!KIND.equals(voided.target().kind()) || voided.memberIds().isEmpty()) {
			return;
		}
		Long budgetId = jdbc.sql("select budget_id from budget_project where id = ?")
			.param(voided.target().id())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (budgetId == null) {
			return;
		}
		jdbc.sql("select id from budget where id = ? for share").param(budgetId).query(Long.class).optional();
		record Deleted(long memberId, List<Long> projects) {
		}
		List<Deleted> deleted = jdbc.sql("""
				delete from budget_ballot where budget_id = :budget and member_id in (:members)
				returning member_id, project_ids""")
			.param("budget", budgetId)
			.param("members", voided.memberIds())
			.query((rs, i) -> new Deleted(rs.getLong(1), BudgetRepository.longs(rs.getArray(2))))
			.list();
		for (Deleted d : deleted) {
			d.projects()
				.stream()
				.filter(p -> p != voided.target().id())
				.forEach(p -> events.publishEvent(new VoteWithdrawn(new ContentRef(KIND, p), d.memberId())));
		}
		if (!deleted.isEmpty()) {
			jdbc.sql("update budget set results_stale = true where id = ? and results_at is not null").param(budgetId).update();
		}
	}
}
