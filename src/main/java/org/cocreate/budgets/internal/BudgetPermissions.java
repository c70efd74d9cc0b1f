package org.cocreate.budgets.internal;

import org.cocreate.shared.DomainException;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with budgets. Reading follows the space: whoever may see it sees its budgets.
 * Any signed-in member who may see the space proposes projects and votes. Staff — ADMIN or
 * OWNER of the hosting organisation, or an owner of a community — open budgets, move their
 * phases, review projects and promote ideas (the same rule as editing the space). Importing a
 * pabulib file is narrower: see {@code PabulibExchange#importFile}.
 */
@Component
class BudgetPermissions {

	private final Spaces spaces;

	BudgetPermissions(Spaces spaces) {
		this.spaces = spaces;
	}

	/** The budget's space as the viewer may see it; a space they may not see makes the budget "not found". */
	SpaceSummary space(Budget budget, @Nullable Long viewerId) {
		return spaces.find(budget.spaceId(), viewerId)
			.orElseThrow(() -> DomainException.notFound("error.budget.not-found", String.valueOf(budget.id())));
	}

	SpaceSummary space(String slug, @Nullable Long viewerId) {
		return spaces.bySlug(slug, viewerId);
	}

	boolean staff(SpaceSummary space, @Nullable Long memberId) {
		return memberId != null && spaces.mayEdit(space.slug(), memberId);
	}

	void requireStaff(SpaceSummary space, @Nullable Long memberId) {
		if (!staff(space, memberId)) {
			throw DomainException.forbidden("error.budget.staff-only");
		}
	}

	static void requireSignedIn(@Nullable Long memberId) {
		if (memberId == null) {
			throw DomainException.forbidden("error.budget.sign-in");
		}
	}

	static void requireCapability(SpaceSummary space) {
		if (!space.capabilities().contains(BudgetsCapability.ID)) {
			throw DomainException.notFound("error.budget.capability-off", space.slug());
		}
	}
}
