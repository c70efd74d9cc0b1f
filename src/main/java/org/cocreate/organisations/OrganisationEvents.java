package org.cocreate.organisations;

import java.time.Instant;
import java.util.List;
import org.cocreate.following.Activity;
import org.cocreate.following.Target;
import org.cocreate.shared.Hashtags;

/** What happens to organisations, published for feeds, mail and other modules. */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	/** What every organisation activity shares: the sentence names it, links to it and concerns it. */
	interface AboutAnOrganisation extends Activity {

		String slug();

		String name();

		@Override
		default List<String> messageArgs() {
			return List.of(name());
		}

		@Override
		default String link() {
			return "/o/" + slug();
		}

		@Override
		default List<Target> targets() {
			return List.of(Target.organisation(slug()));
		}
	}

	public record OrganisationCreated(long organisationId, String slug, String name, String description, long actorId,
			Instant occurredAt) implements AboutAnOrganisation {

		@Override
		public String activityKey() {
			return "organisation-created:" + organisationId;
		}

		@Override
		public String message() {
			return "activity.organisation-created";
		}

		@Override
		public List<Target> targets() {
			var targets = new java.util.ArrayList<Target>();
			targets.add(Target.organisation(slug));
			Hashtags.in(description).forEach(t -> targets.add(Target.tag(t)));
			return targets;
		}
	}

	public record OrganisationVerified(long organisationId, String slug, String name, long actorId, Instant occurredAt)
			implements AboutAnOrganisation {

		@Override
		public String activityKey() {
			return "organisation-verified:" + organisationId + ":" + occurredAt.toEpochMilli();
		}

		@Override
		public String message() {
			return "activity.organisation-verified";
		}
	}

	public record StaffJoined(long organisationId, String slug, String name, long actorId, StaffRole role,
			Instant occurredAt) implements AboutAnOrganisation {

		@Override
		public String activityKey() {
			return "staff-joined:" + organisationId + ":" + actorId + ":" + occurredAt.toEpochMilli();
		}

		@Override
		public String message() {
			return "activity.staff-joined";
		}
	}

	/** Staff invited by e-mail or handle: mailed to the invitee. */
	public record StaffInvited(long invitationId, String organisationName, String email, String role, String locale) {
	}
}
