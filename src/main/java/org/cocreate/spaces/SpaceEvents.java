package org.cocreate.spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.following.Activity;
import org.cocreate.following.Target;
import org.cocreate.shared.Hashtags;
import org.jspecify.annotations.Nullable;

/** What happens in spaces, for feeds and other modules. */
public final class SpaceEvents {

	private SpaceEvents() {
	}

	public record SpaceCreated(long spaceId, String slug, String name, String description,
			@Nullable String organisationSlug, Visibility visibility, long actorId, Instant occurredAt) implements Activity {

		@Override
		public String activityKey() {
			return "space-created:" + spaceId;
		}

		@Override
		public String message() {
			return organisationSlug == null ? "activity.community-created" : "activity.space-created";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(name);
		}

		@Override
		public String link() {
			return "/s/" + slug;
		}

		@Override
		public List<Target> targets() {
			var targets = new ArrayList<Target>();
			targets.add(Target.space(slug));
			if (organisationSlug != null) {
				targets.add(Target.organisation(organisationSlug));
			}
			Hashtags.in(description).forEach(t -> targets.add(Target.tag(t)));
			return targets;
		}

		@Override
		public String excerpt() {
			return org.cocreate.shared.Markdown.toPlainText(description, 200);
		}

		@Override
		public @Nullable String privateToSpace() {
			return visibility == Visibility.PUBLIC ? null : slug;
		}
	}

	public record MemberJoinedSpace(long spaceId, String slug, String name, Visibility visibility, long actorId,
			Instant occurredAt) implements Activity {

		@Override
		public String activityKey() {
			return "space-joined:" + spaceId + ":" + actorId + ":" + occurredAt.toEpochMilli();
		}

		@Override
		public String message() {
			return "activity.space-joined";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(name);
		}

		@Override
		public String link() {
			return "/s/" + slug;
		}

		@Override
		public List<Target> targets() {
			return List.of(Target.space(slug));
		}

		@Override
		public @Nullable String privateToSpace() {
			return visibility == Visibility.PUBLIC ? null : slug;
		}
	}
}
