package org.cocreate.organisations;


/** What happens to organisations that is not public content: invitations, for mail. */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	/** Staff invited by e-mail or handle: mailed to the invitee. */
	public record StaffInvited(long invitationId, String organisationName, String email, String role, String locale) {
	}
}
