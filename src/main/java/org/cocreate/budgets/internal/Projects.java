package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.cocreate.budgets.internal.BudgetEvents.ProjectReviewed;
import org.cocreate.content.ContentEvent;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.ideas.IdeaViews.IdeaView;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposing, promoting, editing, withdrawing and reviewing the projects of a budget: one use case per method. */
@Service
public class Projects {

	/** A member's project: a title, a Markdown description and what it costs. */
	public record ProposeProject(@Nullable String title, @Nullable String description, @Nullable BigDecimal cost) {
	}

	/** Staff turn an idea of the same space into a project, with the cost they estimate. */
	public record PromoteIdea(@Nullable Long ideaId, @Nullable BigDecimal cost) {
	}

	/** Staff's decision: on the ballot or not, with a public reason (required when not). */
	public record ReviewProject(@Nullable Boolean feasible, @Nullable String reason) {
	}

	private final BudgetRepository budgets;

	private final ProjectRepository projects;

	private final BudgetPermissions permissions;

	private final IdeaBoard ideas;

	private final ApplicationEventPublisher events;

	private final BudgetContent content;

	Projects(BudgetRepository budgets, ProjectRepository projects, BudgetPermissions permissions, IdeaBoard ideas,
			ApplicationEventPublisher events, BudgetContent content) {
		this.content = content;
		this.budgets = budgets;
		this.projects = projects;
		this.permissions = permissions;
		this.ideas = ideas;
		this.events = events;
	}

	/** A member proposes a project while the budget takes proposals. Returns its id. */
	@Transactional
	public long propose(long memberId, long budgetId, ProposeProject command) {
		Budget budget = budgets.share(budgetId);
		SpaceSummary space = permissions.space(budget, memberId);
		if (!budget.proposalsOpen(Instant.now())) {
			throw DomainException.conflict("error.budget.proposals-closed");
		}
		validate(budget, command.title(), command.description(), command.cost());
		String title = Objects.requireNonNull(command.title()).strip();
		String description = Objects.requireNonNullElse(command.description(), "").strip();
		long id = projects.insert(budgetId, title, description, Objects.requireNonNull(command.cost()), memberId, null);
		content.proposed(budgetId, budget.name(), id, title, description, space, memberId);
		return id;
	}

	/**
	 * Staff promote an idea of the budget's space to a project, during PROPOSALS or REVIEW. The
	 * idea's author becomes the proposer (and is told about the review); an idea becomes a project
	 * of one budget at most once.
	 */
	@Transactional
	public long promote(long staffId, long budgetId, PromoteIdea command) {
		Budget budget = budgets.share(budgetId);
		SpaceSummary space = permissions.space(budget, staffId);
		permissions.requireStaff(space, staffId);
		if (budget.phase() != BudgetPhase.PROPOSALS && budget.phase() != BudgetPhase.REVIEW) {
			throw DomainException.conflict("error.budget.promote-closed");
		}
		if (command.ideaId() == null) {
			throw new InvalidCommand(Errors.of("ideaId", "error.required"));
		}
		IdeaView idea;
		try {
			idea = ideas.idea(command.ideaId(), staffId);
		}
		catch (DomainException notFound) {
			throw new InvalidCommand(Errors.of("ideaId", "error.budget.idea-not-found", command.ideaId()));
		}
		if (idea.space().id() != budget.spaceId()) {
			throw new InvalidCommand(Errors.of("ideaId", "error.budget.idea-other-space"));
		}
		if (idea.deleted() || idea.mergedInto() != null) {
			throw new InvalidCommand(Errors.of("ideaId", "error.budget.idea-gone"));
		}
		String title = idea.title().length() > Project.TITLE_MAX ? idea.title().substring(0, Project.TITLE_MAX) : idea.title();
		validate(budget, title, idea.body(), command.cost());
		long id;
		try {
			id = projects.insert(budgetId, title, idea.body(), Objects.requireNonNull(command.cost()), idea.author().id(),
					idea.id());
		}
		catch (DuplicateKeyException again) {
			throw DomainException.conflict("error.budget.idea-promoted");
		}
		content.project(id, budgetId, space.id(), ContentEvent.Type.PUBLISHED, staffId, title, idea.body());
		return id;
	}

	/** The proposer while proposals are open, or staff before voting, change a project. */
	@Transactional
	public void edit(long actorId, long projectId, ProposeProject command) {
		Project project = projects.get(projectId);
		Budget budget = budgets.share(project.budgetId());
		requireMayChange(budget, project, actorId);
		validate(budget, command.title(), command.description(), command.cost());
		String title = Objects.requireNonNull(command.title()).strip();
		String description = Objects.requireNonNullElse(command.description(), "").strip();
		projects.update(projectId, title, description, Objects.requireNonNull(command.cost()));
		if (project.moderation() == null) {
			content.project(projectId, budget.id(), budget.spaceId(), ContentEvent.Type.UPDATED, actorId, title, description);
		}
	}

	/** The proposer while proposals are open, or staff before voting, withdraw a project. */
	@Transactional
	public void withdraw(long actorId, long projectId) {
		Project project = projects.get(projectId);
		Budget budget = budgets.share(project.budgetId());
		requireMayChange(budget, project, actorId);
		projects.delete(projectId);
		content.project(projectId, budget.id(), budget.spaceId(), ContentEvent.Type.REMOVED, 0, "", "");
	}

	/** Staff decide during REVIEW whether a project goes on the ballot; its proposer is told. */
	@Transactional
	public void review(long staffId, long projectId, ReviewProject command) {
		Project project = projects.get(projectId);
		Budget budget = budgets.share(project.budgetId());
		SpaceSummary space = permissions.space(budget, staffId);
		permissions.requireStaff(space, staffId);
		if (budget.phase() != BudgetPhase.REVIEW) {
			throw DomainException.conflict("error.budget.review-closed");
		}
		var errors = Errors.none();
		if (command.feasible() == null) {
			errors.reject("feasible", "error.required");
		}
		String reason = command.reason() == null ? "" : command.reason().strip();
		if (Boolean.FALSE.equals(command.feasible())) {
			errors.checkLength("reason", reason, 1, Project.REASON_MAX);
		}
		else if (reason.length() > Project.REASON_MAX) {
			errors.reject("reason", "error.too-long", Project.REASON_MAX);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		boolean feasible = Boolean.TRUE.equals(command.feasible());
		projects.review(projectId, feasible ? ProjectReview.FEASIBLE : ProjectReview.NOT_FEASIBLE,
				reason.isEmpty() ? null : reason, staffId);
		events.publishEvent(new ProjectReviewed(budget.id(), projectId, project.title(), feasible, reason,
				project.proposerId(), staffId, Instant.now()));
	}

	/** Whether the member ({@code staff} of the budget's space or not) may edit or withdraw the project now. */
	boolean mayChange(Budget budget, Project project, boolean staff, @Nullable Long memberId) {
		if (memberId == null || budget.imported()) {
			return false;
		}
		if (staff) {
			return budget.phase() == BudgetPhase.PROPOSALS || budget.phase() == BudgetPhase.REVIEW;
		}
		return memberId.equals(project.proposerId()) && budget.proposalsOpen(Instant.now());
	}

	private void requireMayChange(Budget budget, Project project, long actorId) {
		SpaceSummary space = permissions.space(budget, actorId);
		boolean staff = permissions.staff(space, actorId);
		if (!mayChange(budget, project, staff, actorId)) {
			boolean allowedSomeTime = staff || Objects.equals(actorId, project.proposerId());
			throw allowedSomeTime ? DomainException.conflict("error.budget.project-locked")
					: DomainException.forbidden("error.budget.project-edit-refused");
		}
	}

	private static void validate(Budget budget, @Nullable String title, @Nullable String description,
			@Nullable BigDecimal cost) {
		var errors = Errors.none();
		errors.checkLength("title", title, 3, Project.TITLE_MAX);
		if (description != null && description.strip().length() > Project.DESCRIPTION_MAX) {
			errors.reject("description", "error.too-long", Project.DESCRIPTION_MAX);
		}
		if (cost == null) {
			errors.reject("cost", "error.required");
		}
		else if (cost.signum() <= 0 || cost.stripTrailingZeros().scale() > 2) {
			errors.reject("cost", "error.budget.cost");
		}
		else if (cost.compareTo(budget.amount()) > 0) {
			errors.reject("cost", "error.budget.cost-over", budget.amount().toPlainString() + " " + budget.currency());
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
	}

}
