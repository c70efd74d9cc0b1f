package org.cocreate.organisations;

import org.cocreate.shared.DomainException;
import org.springframework.stereotype.Component;

/** Who may do what to an organisation, keyed by action: one place to read and to test. */
@Component
class OrganisationPermissions {

	enum Action {

		EDIT(StaffRole.ADMIN), INVITE(StaffRole.ADMIN), INVITE_OWNER(StaffRole.OWNER), DISMISS(StaffRole.ADMIN),
		DISMISS_OWNER(StaffRole.OWNER), CREATE_SPACE(StaffRole.ADMIN);

		final StaffRole minimum;

		Action(StaffRole minimum) {
			this.minimum = minimum;
		}
	}

	boolean allowed(Action action, Organisation organisation, long memberId) {
		return organisation.roleOf(memberId).map(role -> role.atLeast(action.minimum)).orElse(false);
	}

	void require(Action action, Organisation organisation, long memberId) {
		if (!allowed(action, organisation, memberId)) {
			throw DomainException.forbidden("error.organisation.role-required", action.minimum.name());
		}
	}
}
