package org.cocreate.budgets.internal;

import java.time.Instant;
import java.util.List;
import org.cocreate.budgets.allocation.UnsupportedElectionException;
import org.cocreate.budgets.internal.BudgetEvents.ResultsPublished;
import org.cocreate.shared.DomainException;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening budgets and moving them through their phases: by staff, one phase at a time, or by
 * their dates ({@link #catchUp}). Entering VOTING tells the space's followers; entering RESULTS
 * computes the outcome once, stores it and tells every member who voted.
 */
@Service
public class Budgets {

	private final BudgetRepository budgets;

	private final ProjectRepository projects;

	private final Ballots ballots;

	private final BudgetPermissions permissions;

	private final BudgetResults results;

	private final PabulibExchange exchange;

	private final Spaces spaces;

	private final ApplicationEventPublisher events;

	private final BudgetContent content;

	Budgets(BudgetRepository budgets, ProjectRepository projects, Ballots ballots, BudgetPermissions permissions,
			BudgetResults results, PabulibExchange exchange, Spaces spaces, ApplicationEventPublisher events,
			BudgetContent content) {
		this.content = content;
		this.budgets = budgets;
		this.projects = projects;
		this.ballots = ballots;
		this.permissions = permissions;
		this.results = results;
		this.exchange = exchange;
		this.spaces = spaces;
		this.events = events;
	}

	/** Staff open a budget in a space that has budgets switched on; it starts in PROPOSALS. Returns its id. */
	@Transactional
	public long create(long actorId, String spaceSlug, BudgetSettings settings) {
		SpaceSummary space = permissions.space(spaceSlug, actorId);
		BudgetPermissions.requireCapability(space);
		permissions.requireStaff(space, actorId);
		var valid = settings.validate();
		long id = budgets.insert(space.id(), actorId, valid, BudgetPhase.PROPOSALS, false);
		content.budgetOpened(id, valid.name(), space, actorId);
		return id;
	}

	/**
	 * Staff move the budget to the next phase ({@code target} null: whichever is next; otherwise it
	 * must be the next one). Voting opens only when every project is reviewed and one is feasible.
	 * @return the phase it is in now
	 */
	@Transactional
	public BudgetPhase advance(long actorId, long budgetId, @Nullable BudgetPhase target) {
		Budget budget = budgets.lock(budgetId);
		SpaceSummary space = permissions.space(budget, actorId);
		permissions.requireStaff(space, actorId);
		BudgetPhase next = budget.requireNext(target);
		if (next == BudgetPhase.VOTING) {
			long pending = projects.count(budgetId, ProjectReview.PENDING);
			if (pending > 0) {
				throw DomainException.conflict("error.budget.reviews-pending", pending);
			}
			if (projects.count(budgetId, ProjectReview.FEASIBLE) == 0) {
				throw DomainException.conflict("error.budget.nothing-feasible");
			}
		}
		enter(budget, space, next, actorId);
		return next;
	}

	/**
	 * Moves a budget on as far as its dates say (projects not reviewed when voting opens by date
	 * stay off the ballot). The actor of what it publishes is the budget's creator.
	 * @return whether it moved
	 */
	@Transactional
	public boolean catchUp(long budgetId, Instant now) {
		Budget budget = budgets.lock(budgetId);
		BudgetPhase target = budget.phaseByDates(now);
		if (target == budget.phase()) {
			return false;
		}
		SpaceSummary space = spaces.find(budget.spaceId(), budget.createdBy()).orElse(null);
		while (budget.phase() != target) {
			BudgetPhase next = budget.requireNext(null);
			enter(budget, space, next, budget.createdBy());
			budget = budgets.get(budgetId);
		}
		return true;
	}

	/** Budgets whose current phase has a date that has passed. */
	@Transactional(readOnly = true)
	public List<Long> due(Instant now) {
		return budgets.due(now);
	}

	private void enter(Budget budget, @Nullable SpaceSummary space, BudgetPhase next, long actorId) {
		budgets.movePhase(budget.id(), next);
		Instant now = Instant.now();
		if (next == BudgetPhase.VOTING && space != null) {
			content.votingOpened(budget.id(), budget.name(), space, actorId);
		}
		if (next == BudgetPhase.RESULTS) {
			List<Project> all = projects.ofBudget(budget.id());
			int funded;
			try {
				funded = results.store(budget, all, exchange.instance(budget, space == null ? spaceless(budget) : space, all, false),
						false);
			}
			catch (UnsupportedElectionException cannotHappen) {
				throw new IllegalStateException(cannotHappen);
			}
			if (space != null) {
				content.resultsPublished(budget.id(), budget.name(), funded, space, actorId);
				events.publishEvent(new ResultsPublished(budget.id(), budget.name(), funded, actorId, now,
						ballots.voters(budget.id())));
			}
		}
	}

	/** A stand-in when the creator can no longer see the space: only its name goes into the election's META. */
	private static SpaceSummary spaceless(Budget budget) {
		return new SpaceSummary(budget.spaceId(), "", "", "", "", org.cocreate.spaces.Visibility.PRIVATE, null,
				java.util.Set.of(), 0, budget.createdAt());
	}
}
