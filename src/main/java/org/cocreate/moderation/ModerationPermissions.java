package org.cocreate.moderation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.cocreate.identity.Members;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.DomainException;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who moderates what. A space's content: MODERATOR or higher in its organisation (in a community,
 * its owners) and platform admins. Content outside spaces, and members themselves: platform
 * admins only. Nobody moderates their own content or themselves.
 */
@Component
class ModerationPermissions {

	private final Members members;

	private final Spaces spaces;

	private final Organisations organisations;

	ModerationPermissions(Members members, Spaces spaces, Organisations organisations) {
		this.members = members;
		this.spaces = spaces;
		this.organisations = organisations;
	}

	boolean platformAdmin(long memberId) {
		return members.account(memberId).platformAdmin();
	}

	boolean mayModerate(long memberId, @Nullable String spaceSlug) {
		if (platformAdmin(memberId)) {
			return true;
		}
		if (spaceSlug == null) {
			return false;
		}
		return spaces.find(spaceSlug, memberId).map(space -> staff(space, memberId)).orElse(false);
	}

	void require(long memberId, @Nullable String spaceSlug) {
		if (!mayModerate(memberId, spaceSlug)) {
			throw DomainException.forbidden(spaceSlug == null ? "moderation.error.platform-only" : "moderation.error.not-moderator");
		}
	}

	/** The slugs of the spaces the member moderates; null when they moderate everything (a platform admin). */
	@Nullable List<String> moderatedSpaces(long memberId) {
		if (platformAdmin(memberId)) {
			return null;
		}
		var slugs = new LinkedHashSet<String>();
		organisations.of(memberId)
			.stream()
			.filter(m -> m.role().atLeast(StaffRole.MODERATOR))
			.forEach(m -> spaces.ofOrganisation(m.organisation().slug(), memberId).forEach(s -> slugs.add(s.slug())));
		spaces.of(memberId).stream().filter(s -> s.community() && spaces.mayEdit(s.slug(), memberId)).forEach(s -> slugs.add(s.slug()));
		return new ArrayList<>(slugs);
	}

	private boolean staff(SpaceSummary space, long memberId) {
		if (space.organisation() == null) {
			return spaces.mayEdit(space.slug(), memberId);
		}
		return organisations.roleOf(space.organisation().id(), memberId).map(r -> r.atLeast(StaffRole.MODERATOR)).orElse(false);
	}
}
