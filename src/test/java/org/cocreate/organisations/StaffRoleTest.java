package org.cocreate.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocreate.organisations.StaffRole.ADMIN;
import static org.cocreate.organisations.StaffRole.MODERATOR;
import static org.cocreate.organisations.StaffRole.OWNER;
import static org.cocreate.organisations.StaffRole.RESPONDER;

import org.junit.jupiter.api.Test;

class StaffRoleTest {

	@Test
	void aRoleIncludesItselfAndEveryWeakerRole() {
		assertThat(OWNER.atLeast(OWNER)).isTrue();
		assertThat(OWNER.atLeast(ADMIN)).isTrue();
		assertThat(OWNER.atLeast(RESPONDER)).isTrue();
		assertThat(ADMIN.atLeast(ADMIN)).isTrue();
		assertThat(ADMIN.atLeast(MODERATOR)).isTrue();
		assertThat(MODERATOR.atLeast(RESPONDER)).isTrue();
		assertThat(RESPONDER.atLeast(RESPONDER)).isTrue();
	}

	@Test
	void aRoleDoesNotIncludeStrongerRoles() {
		assertThat(ADMIN.atLeast(OWNER)).isFalse();
		assertThat(MODERATOR.atLeast(ADMIN)).isFalse();
		assertThat(RESPONDER.atLeast(MODERATOR)).isFalse();
		assertThat(RESPONDER.atLeast(OWNER)).isFalse();
	}
}
