package org.cocreate.ideas.internal;

import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.DomainException;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with ideas, keyed by action. Reading follows the space: whoever may see the
 * space may read, post, support and comment. Answering (status changes) needs RESPONDER or
 * higher in the hosting organisation; merging and removing others' ideas need MODERATOR. In a
 * community, which has no staff, its owners answer and moderate.
 */
@Component
public class IdeaPermissions {

	public enum Action {
		PARTICIPATE, ANSWER, MODERATE
	}

	private final Spaces spaces;

	private final Organisations organisations;

	IdeaPermissions(Spaces spaces, Organisations organisations) {
		this.spaces = spaces;
		this.organisations = organisations;
	}

	/** The idea's space as the viewer may see it; a space they may not see makes the idea "not found". */
	public SpaceSummary space(Idea idea, @Nullable Long viewerId) {
		return space(idea.spaceId(), viewerId, idea.id());
	}

	/** The idea's space if the viewer may see it, for callers that answer "not found" in their own words. */
	java.util.Optional<SpaceSummary> visibleSpace(Idea idea, @Nullable Long viewerId) {
		return spaces.find(idea.spaceId(), viewerId);
	}

	SpaceSummary space(long spaceId, @Nullable Long viewerId, long ideaId) {
		return spaces.find(spaceId, viewerId).orElseThrow(() -> DomainException.notFound("error.idea.not-found", String.valueOf(ideaId)));
	}

	/** The cheap form of {@link #space(long, Long, long)} for the support path: only whether the viewer may see it. */
	void requireVisible(long spaceId, @Nullable Long viewerId, long ideaId) {
		if (!spaces.maySee(spaceId, viewerId)) {
			throw DomainException.notFound("error.idea.not-found", String.valueOf(ideaId));
		}
	}

	public SpaceSummary space(String slug, @Nullable Long viewerId) {
		return spaces.bySlug(slug, viewerId);
	}

	public boolean allowed(Action action, SpaceSummary space, @Nullable Long memberId) {
		if (memberId == null) {
			return false;
		}
		return switch (action) {
			case PARTICIPATE -> true;
			case ANSWER -> staff(space, memberId, StaffRole.RESPONDER);
			case MODERATE -> staff(space, memberId, StaffRole.MODERATOR);
		};
	}

	void require(Action action, SpaceSummary space, @Nullable Long memberId) {
		if (!allowed(action, space, memberId)) {
			throw DomainException.forbidden(switch (action) {
				case PARTICIPATE -> "error.idea.sign-in";
				case ANSWER -> "error.idea.answer-refused";
				case MODERATE -> "error.idea.moderate-refused";
			});
		}
	}

	private boolean staff(SpaceSummary space, long memberId, StaffRole minimum) {
		if (space.organisation() == null) {
			return spaces.mayEdit(space.slug(), memberId);
		}
		return organisations.roleOf(space.organisation().id(), memberId).map(r -> r.atLeast(minimum)).orElse(false);
	}
}
