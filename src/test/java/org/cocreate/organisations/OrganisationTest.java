package org.cocreate.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocreate.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The organisation aggregate always keeps at least one owner. */
class OrganisationTest {

	private static final long FOUNDER = 1;

	private static final long OTHER = 2;

	private final Organisation organisation = Organisation.found("green-city", " Green City ", OrganisationKind.CITY,
			"We plant trees.", "https://green.example", FOUNDER);

	@Test
	void theFounderIsItsOwner() {
		assertThat(organisation.roleOf(FOUNDER)).contains(StaffRole.OWNER);
		assertThat(organisation.staff()).hasSize(1);
		assertThat(organisation.name()).isEqualTo("Green City");
		assertThat(organisation.verified()).isFalse();
	}

	@Test
	void appointingAddsStaffOrChangesTheirRole() {
		organisation.appoint(OTHER, StaffRole.RESPONDER);
		assertThat(organisation.roleOf(OTHER)).contains(StaffRole.RESPONDER);

		organisation.appoint(OTHER, StaffRole.ADMIN);
		assertThat(organisation.roleOf(OTHER)).contains(StaffRole.ADMIN);
		assertThat(organisation.staff()).hasSize(2);
	}

	@Test
	void theLastOwnerCannotBeRemoved() {
		organisation.appoint(OTHER, StaffRole.ADMIN);

		assertThatThrownBy(() -> organisation.dismiss(FOUNDER)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo("error.organisation.last-owner");
			assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
		});
		// Refused means unchanged: the owner is still there.
		assertThat(organisation.roleOf(FOUNDER)).contains(StaffRole.OWNER);
		assertThat(organisation.staff()).hasSize(2);
	}

	@Test
	void theLastOwnerCannotBeDemoted() {
		assertThatThrownBy(() -> organisation.appoint(FOUNDER, StaffRole.ADMIN)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("error.organisation.last-owner"));
		assertThat(organisation.roleOf(FOUNDER)).contains(StaffRole.OWNER);
	}

	@Test
	void anOwnerCanLeaveOrBeDemotedOnceThereIsAnotherOwner() {
		organisation.appoint(OTHER, StaffRole.OWNER);

		organisation.appoint(FOUNDER, StaffRole.MODERATOR);
		assertThat(organisation.roleOf(FOUNDER)).contains(StaffRole.MODERATOR);

		organisation.dismiss(FOUNDER);
		assertThat(organisation.roleOf(FOUNDER)).isEmpty();
		assertThat(organisation.roleOf(OTHER)).contains(StaffRole.OWNER);
	}

	@Test
	void dismissingSomeoneWhoIsNotStaffChangesNothing() {
		organisation.dismiss(OTHER);

		assertThat(organisation.staff()).hasSize(1);
		assertThat(organisation.roleOf(FOUNDER)).contains(StaffRole.OWNER);
	}
}
