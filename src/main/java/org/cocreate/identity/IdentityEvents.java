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
}
