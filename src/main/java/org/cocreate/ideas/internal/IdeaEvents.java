package org.cocreate.ideas.internal;

import java.time.Instant;
import java.util.List;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.notifications.Notice;
import org.jspecify.annotations.Nullable;

/** What happens on ideas boards that is addressed to someone (inbox notices); public content goes out as content events. */
public final class IdeaEvents {

	private IdeaEvents() {
	}

	/**
	 * Staff answered an idea by changing its status (MERGED when it was merged into {@code mergedInto}):
	 * the idea's own followers ({@code followerIds}) are told in their inbox. Feeds and the activity
	 * stream learn of it from the idea's content event.
	 */
	public record IdeaStatusChanged(long ideaId, String title, IdeaStatus to, @Nullable Long mergedInto, long actorId,
			Instant occurredAt, List<Long> followerIds) implements Notice {

		@Override
		public String noticeKey() {
			return "idea-status:" + ideaId + ":" + to + ":" + occurredAt.toEpochMilli();
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
			return "/ideas/" + (mergedInto != null ? mergedInto : ideaId);
		}

		@Override
		public @Nullable String contentKind() {
			return IdeaModeration.KIND;
		}

		@Override
		public long contentId() {
			return ideaId;
		}
	}
}
