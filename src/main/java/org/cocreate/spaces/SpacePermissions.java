package org.cocreate.spaces;

import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who may see, change and join a space, keyed by action. */
@Component
public class SpacePermissions {

	public enum Action {
		SEE, EDIT, JOIN
	}

	private final Organisations organisations;

	private final JdbcClient jdbc;

	SpacePermissions(Organisations organisations, JdbcClient jdbc) {
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	boolean allowed(Action action, Space space, @Nullable Long memberId) {
		return switch (action) {
			case SEE -> space.visibility() != Visibility.PRIVATE || memberId != null && (member(space, memberId) || staff(space, memberId, StaffRole.RESPONDER));
			case EDIT -> memberId != null && (space.community() ? owner(space, memberId) : staff(space, memberId, StaffRole.ADMIN));
			case JOIN -> memberId != null && space.visibility() != Visibility.PRIVATE;
		};
	}

	void require(Action action, Space space, @Nullable Long memberId) {
		if (!allowed(action, space, memberId)) {
			// A private space stays invisible: those who may not see it are told it does not exist.
			throw action == Action.SEE ? DomainException.notFound("error.space.not-found", space.slug())
					: DomainException.forbidden("error.space." + action.name().toLowerCase() + "-refused");
		}
	}

	boolean member(Space space, long memberId) {
		return jdbc.sql("select exists (select 1 from space_member where space_id = ? and member_id = ?)")
			.params(space.id(), memberId)
			.query(Boolean.class)
			.single();
	}

	private boolean owner(Space space, long memberId) {
		return jdbc.sql("select exists (select 1 from space_member where space_id = ? and member_id = ? and role = 'OWNER')")
			.params(space.id(), memberId)
			.query(Boolean.class)
			.single();
	}

	private boolean staff(Space space, long memberId, StaffRole minimum) {
		Long organisationId = space.organisationId();
		return organisationId != null
				&& organisations.roleOf(organisationId, memberId).map(r -> r.atLeast(minimum)).orElse(false);
	}
}
