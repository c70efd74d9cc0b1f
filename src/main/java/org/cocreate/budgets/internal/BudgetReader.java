package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocreate.budgets.internal.BudgetViews.Bar;
import org.cocreate.budgets.internal.BudgetViews.BudgetView;
import org.cocreate.budgets.internal.BudgetViews.ProjectView;
import org.cocreate.budgets.internal.BudgetViews.ResultsView;
import org.cocreate.budgets.internal.BudgetViews.Viewer;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Markdown;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budgets, projects and outcomes as pages, the API and other modules read them. */
@Service
public class BudgetReader {

	/** Rows of the chart: each funded project's bar sits in one. */
	static final int ROW = 34;

	private final BudgetRepository budgets;

	private final ProjectRepository projects;

	private final Projects projectUseCases;

	private final BudgetPermissions permissions;

	private final Members members;

	private final JdbcClient jdbc;

	BudgetReader(BudgetRepository budgets, ProjectRepository projects, Projects projectUseCases,
			BudgetPermissions permissions, Members members, JdbcClient jdbc) {
		this.budgets = budgets;
		this.projects = projects;
		this.projectUseCases = projectUseCases;
		this.permissions = permissions;
		this.members = members;
		this.jdbc = jdbc;
	}

	/** The budgets of a space the viewer may see, newest first. */
	@Transactional(readOnly = true)
	public List<BudgetView> ofSpace(String spaceSlug, @Nullable Long viewerId) {
		SpaceSummary space = permissions.space(spaceSlug, viewerId);
		return views(budgets.ofSpace(space.id()), space, viewerId);
	}

	/** Whether the viewer may open budgets in the space (for the "new budget" link). */
	@Transactional(readOnly = true)
	public boolean mayRun(String spaceSlug, @Nullable Long viewerId) {
		SpaceSummary space = permissions.space(spaceSlug, viewerId);
		return space.capabilities().contains(BudgetsCapability.ID) && permissions.staff(space, viewerId);
	}

	@Transactional(readOnly = true)
	public BudgetView budget(long id, @Nullable Long viewerId) {
		Budget budget = budgets.get(id);
		return view(budget, permissions.space(budget, viewerId), viewerId);
	}

	/** Every project of the budget, in the order proposed. */
	@Transactional(readOnly = true)
	public List<ProjectView> projects(long budgetId, @Nullable Long viewerId) {
		Budget budget = budgets.get(budgetId);
		SpaceSummary space = permissions.space(budget, viewerId);
		return projectViews(budget, space, projects.ofBudget(budgetId), viewerId);
	}

	@Transactional(readOnly = true)
	public ProjectView project(long projectId, @Nullable Long viewerId) {
		Project project = projects.get(projectId);
		Budget budget = budgets.get(project.budgetId());
		SpaceSummary space = permissions.space(budget, viewerId);
		return projectViews(budget, space, List.of(project), viewerId).getFirst();
	}

	/**
	 * The outcome of a budget in RESULTS: funded projects (most votes first), the others, and the
	 * bars of the chart of the budget spent.
	 * @throws DomainException 409 before RESULTS
	 */
	@Transactional(readOnly = true)
	public ResultsView results(long budgetId, @Nullable Long viewerId) {
		Budget budget = budgets.get(budgetId);
		SpaceSummary space = permissions.space(budget, viewerId);
		if (budget.phase() != BudgetPhase.RESULTS || budget.resultsAt() == null) {
			throw DomainException.conflict("error.budget.no-results-yet");
		}
		Comparator<ProjectView> byVotes = Comparator
			.comparing((ProjectView p) -> p.score() == null ? BigDecimal.ZERO : p.score())
			.reversed()
			.thenComparing(ProjectView::id);
		List<ProjectView> all = projectViews(budget, space, projects.ofBudget(budgetId), viewerId);
		List<ProjectView> funded = all.stream().filter(ProjectView::selected).sorted(byVotes).toList();
		List<ProjectView> unfunded = all.stream().filter(p -> !p.selected()).sorted(byVotes).toList();
		BigDecimal spent = budget.resultTotal() == null ? BigDecimal.ZERO : budget.resultTotal();
		BigDecimal amount = budget.amount();
		List<Bar> bars = new ArrayList<>();
		BigDecimal x = BigDecimal.ZERO;
		int row = 0;
		for (ProjectView p : funded) {
			BigDecimal width = share(p.cost(), amount, 1000);
			int y = ROW * row + 4;
			bars.add(new Bar(p, chartNumber(x), chartNumber(width), y, y + 20, share(p.cost(), amount, 100).intValue(),
					row % 6));
			x = x.add(width);
			row++;
		}
		return new ResultsView(view(budget, space, viewerId), Objects.requireNonNullElse(budget.resultRule(), budget.rule()),
				spent, amount.subtract(spent), share(spent, amount, 100).intValue(),
				budget.resultVoters() == null ? 0 : budget.resultVoters(),
				budget.resultNotes() == null ? List.of() : budget.resultNotes(), budget.resultsAt(), funded, unfunded, bars,
				Math.max(ROW, ROW * row + 8), budget.resultsStale());
	}

	private static BigDecimal share(BigDecimal part, BigDecimal whole, int scale) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return part.multiply(BigDecimal.valueOf(scale)).divide(whole, 2, RoundingMode.HALF_UP);
	}

	private static String chartNumber(BigDecimal value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private BudgetView view(Budget b, SpaceSummary space, @Nullable Long viewerId) {
		return views(List.of(b), space, viewerId).getFirst();
	}

	/** Counts the pages show for a budget: what it holds and whether the viewer voted. */
	private record Tallies(long projects, long ballots, boolean voted) {
	}

	/** Views of budgets of one space: one query for all their counts, one check of the viewer's role. */
	private List<BudgetView> views(List<Budget> rows, SpaceSummary space, @Nullable Long viewerId) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Tallies> tallies = new HashMap<>();
		jdbc.sql("""
				select b.id,
				       (select count(*) from budget_project p where p.budget_id = b.id),
				       (select count(*) from budget_ballot v where v.budget_id = b.id),
				       exists (select 1 from budget_ballot v where v.budget_id = b.id and v.member_id = :viewer)
				from budget b where b.id in (:ids)""")
			.param("ids", rows.stream().map(Budget::id).toList())
			.param("viewer", viewerId, Types.BIGINT)
			.query((RowCallbackHandler) rs -> tallies.put(rs.getLong(1), new Tallies(rs.getLong(2), rs.getLong(3), rs.getBoolean(4))));
		boolean staff = permissions.staff(space, viewerId);
		Instant now = Instant.now();
		return rows.stream().map(b -> {
			Tallies t = tallies.get(b.id());
			var viewer = new Viewer(viewerId != null, staff, viewerId != null && b.proposalsOpen(now),
					viewerId != null && b.votingOpen(now), t.voted());
			return new BudgetView(b.id(), space, b.name(), b.description(), Markdown.toSafeHtml(b.description()),
					b.amount(), b.currency(), b.rule(), b.utility().name(), b.minScore(), b.ballotType(), b.minCount(),
					b.maxCount(), b.maxPointsPerProject(), b.maxPointsTotal(), b.phase(), b.proposalsEnd(), b.reviewEnd(),
					b.votingEnd(), b.phaseChangedAt(), b.imported(), t.projects(), t.ballots(), viewer);
		}).toList();
	}

	private List<ProjectView> projectViews(Budget budget, SpaceSummary space, List<Project> rows, @Nullable Long viewerId) {
		Set<Long> proposerIds = new HashSet<>();
		rows.forEach(p -> {
			if (p.proposerId() != null) {
				proposerIds.add(p.proposerId());
			}
		});
		Map<Long, MemberSummary> proposers = proposerIds.isEmpty() ? Map.of() : members.summaries(proposerIds);
		boolean staff = permissions.staff(space, viewerId);
		return rows.stream().map(p -> {
			// a hidden project: its proposer and the space's staff see it, others a placeholder
			boolean masked = p.moderation() != null && !staff && (viewerId == null || !viewerId.equals(p.proposerId()));
			return new ProjectView(p.id(), p.budgetId(), p.pbId(), masked ? "" : p.title(), masked ? "" : p.description(),
					masked ? "" : Markdown.toSafeHtml(p.description()), p.cost(),
					p.proposerId() == null ? null : proposers.get(p.proposerId()), p.ideaId(), p.review(),
					masked ? null : p.reviewReason(), p.createdAt(), p.funded(), p.votes(), p.score(),
					masked ? List.of() : p.explanation(), !masked && projectUseCases.mayChange(budget, p, staff, viewerId), p.moderation(),
					masked);
		}).toList();
	}
}
