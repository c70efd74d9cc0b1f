package org.cocreate.identity;

/** Events of the identity module, in the past tense; each leads to a mail after commit. */
final class IdentityEvents {

	private IdentityEvents() {
	}

	record VerificationRequested(long memberId, String email, String token, String locale) {
	}

	record PasswordResetRequested(long memberId, String email, String token, String locale) {
	}

	record EmailChangeRequested(long memberId, String newEmail, String token, String locale) {
	}

	/** An account reached its allowed failed log-ins: its owner gets a link that lifts the wait. */
	record LoginLocked(long memberId, String email, String token, String locale) {
	}
}
