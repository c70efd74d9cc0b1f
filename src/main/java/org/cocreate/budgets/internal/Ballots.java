package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.budgets.internal.BudgetViews.BallotView;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.NetworkOrigin;
import org.cocreate.moderation.VoteEvents.VoteCast;
import org.cocreate.moderation.VoteEvents.VoteWithdrawn;
import org.cocreate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting and reading ballots. One ballot per member per budget: the unique key
 * {@code (budget_id, member_id)} is the rule, and a ballot is one {@code insert … on conflict
 * do update}, so any number of simultaneous ballots from one member leave exactly one row,
 * holding one of the ballots sent. The budget row is held with a shared lock meanwhile: a phase
 * change (which takes it exclusively) either sees the ballot or refuses it.
 */
@Service
public class Ballots {

	private final BudgetRepository budgets;

	private final ProjectRepository projects;

	private final BudgetPermissions permissions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Ballots(BudgetRepository budgets, ProjectRepository projects, BudgetPermissions permissions, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.events = events;
		this.budgets = budgets;
		this.projects = projects;
		this.permissions = permissions;
		this.jdbc = jdbc;
	}

	/**
	 * Casts or replaces the member's ballot while voting is open.
	 * @throws DomainException 409 outside the voting phase
	 * @throws org.cocreate.shared.InvalidCommand for a ballot the budget's rules refuse; nothing is stored
	 */
	@Transactional
	public BallotView cast(long memberId, long budgetId, BallotChoice choice) {
		Budget budget = budgets.share(budgetId);
		permissions.space(budget, memberId);
		if (!budget.votingOpen(Instant.now())) {
			throw DomainException.conflict("error.budget.voting-closed");
		}
		BallotRules.Checked ballot = BallotRules.check(budget, projects.onBallot(budgetId), choice);
		// the ballot it replaces, locked: its projects that are left off are votes taken back
		List<Long> before = jdbc.sql("select project_ids from budget_ballot where budget_id = ? and member_id = ? for update")
			.params(budgetId, memberId)
			.query((rs, i) -> BudgetRepository.longs(rs.getArray(1)))
			.optional()
			.orElse(List.of());
		BallotView cast = jdbc.sql("""
				insert into budget_ballot (budget_id, member_id, project_ids, points)
				values (:budget, :member, :projects, cast(:points as numeric[]))
				on conflict (budget_id, member_id)
				do update set project_ids = excluded.project_ids, points = excluded.points, updated_at = now()
				returning project_ids, points, cast_at, updated_at""")
			.param("budget", budgetId)
			.param("member", memberId)
			.param("projects", ballot.projectIds().toArray(Long[]::new))
			.param("points", ballot.points() == null ? null : ballot.points().stream().map(BigDecimal::toPlainString).toArray(String[]::new))
			.query(Ballots::map)
			.single();
		// one vote per project, for moderation's vote-fraud signals (recorded in this transaction): only
		// what changed, so a project kept from the replaced ballot keeps the time and origin it was voted from
		String origin = NetworkOrigin.current();
		Instant now = Instant.now();
		for (long project : before) {
			if (!cast.projects().contains(project)) {
				events.publishEvent(new VoteWithdrawn(new ContentRef(ProjectModeration.KIND, project), memberId));
			}
		}
		for (long project : cast.projects()) {
			if (!before.contains(project)) {
				events.publishEvent(new VoteCast(new ContentRef(ProjectModeration.KIND, project), memberId, origin,
						budget.spaceId(), now));
			}
		}
		return cast;
	}

	/** The member's ballot, if they cast one. */
	@Transactional(readOnly = true)
	public Optional<BallotView> of(long memberId, long budgetId) {
		Budget budget = budgets.get(budgetId);
		permissions.space(budget, memberId);
		return jdbc.sql("select project_ids, points, cast_at, updated_at from budget_ballot where budget_id = ? and member_id = ?")
			.params(budgetId, memberId)
			.query(Ballots::map)
			.optional();
	}

	/** Members who voted in a budget: those told about its results. */
	List<Long> voters(long budgetId) {
		return jdbc.sql("select member_id from budget_ballot where budget_id = ? and member_id is not null order by member_id")
			.param(budgetId)
			.query(Long.class)
			.list();
	}

	static BallotView map(ResultSet rs, int row) throws SQLException {
		List<Long> ids = BudgetRepository.longs(rs.getArray("project_ids"));
		List<BigDecimal> points = BudgetRepository.decimals(rs.getArray("points"));
		Map<Long, BigDecimal> byProject = new LinkedHashMap<>();
		if (points != null) {
			for (int i = 0; i < ids.size(); i++) {
				byProject.put(ids.get(i), points.get(i));
			}
		}
		return new BallotView(List.copyOf(ids), byProject, rs.getTimestamp("cast_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}
}
