package org.cocreate.organisations;

/** Staff roles, strongest first. A role includes everything the weaker roles may do. */
public enum StaffRole {

	OWNER, ADMIN, MODERATOR, RESPONDER;

	public boolean atLeast(StaffRole other) {
		return ordinal() <= other.ordinal();
	}
}
