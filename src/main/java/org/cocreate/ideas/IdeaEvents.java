package org.cocreate.ideas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.following.Activity;
import org.cocreate.following.Target;
import org.cocreate.notifications.Notice;
import org.cocreate.shared.Markdown;
import org.jspecify.annotations.Nullable;

/** What happens on ideas boards, published for feeds, tag pages and other modules. */
public final class IdeaEvents {

	private IdeaEvents() {
	}

	/** What every idea activity shares: the sentence names the idea, links to it, and concerns its space and tags. */
	interface AboutAnIdea extends Activity {

		long ideaId();

		String spaceSlug();

		String title();

		List<String> tags();

		@Override
		default List<String> messageArgs() {
			return List.of(title());
		}

		@Override
		default String link() {
			return "/ideas/" + ideaId();
		}

		@Override
		default List<Target> targets() {
			var targets = new ArrayList<Target>();
			targets.add(Target.space(spaceSlug()));
			tags().forEach(t -> targets.add(Target.tag(t)));
			return targets;
		}
	}

	/**
	 * A member posted an idea. Followers of the space and of each of its tags see it.
	 * @param privateToSpace the slug of the space when it is not public, else null
	 */
	public record IdeaPosted(long ideaId, String spaceSlug, String title, String body, List<String> tags,
			@Nullable String privateToSpace, long actorId, Instant occurredAt) implements AboutAnIdea {

		@Override
		public String activityKey() {
			return "idea-posted:" + ideaId;
		}

		@Override
		public String message() {
			return "activity.idea-posted";
		}

		@Override
		public String excerpt() {
			return Markdown.toPlainText(body, 200);
		}
	}

	/**
	 * Staff answered an idea by changing its status (MERGED when it was merged into {@code mergedInto}).
	 * Followers of the space and of the idea's tags see it in their feed, with the public response
	 * as excerpt; the idea's own followers ({@code followerIds}) are notified in their inbox.
	 */
	public record IdeaStatusChanged(long ideaId, String spaceSlug, String title, IdeaStatus from, IdeaStatus to,
			String response, @Nullable Long mergedInto, List<String> tags, @Nullable String privateToSpace, long actorId,
			Instant occurredAt, List<Long> followerIds) implements AboutAnIdea, Notice {

		@Override
		public String noticeKey() {
			return activityKey();
		}

		@Override
		public List<Long> recipientIds() {
			return followerIds;
		}

		@Override
		public String noticeMessage() {
			return "notice.idea-status." + to.name();
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(title);
		}

		@Override
		public String noticeLink() {
			return mergedInto != null ? "/ideas/" + mergedInto : link();
		}

		@Override
		public String activityKey() {
			return "idea-status:" + ideaId + ":" + to + ":" + occurredAt.toEpochMilli();
		}

		@Override
		public String message() {
			return to == IdeaStatus.MERGED ? "activity.idea-merged" : "activity.idea-status-changed";
		}

		@Override
		public String excerpt() {
			return Markdown.toPlainText(response, 200);
		}
	}
}
