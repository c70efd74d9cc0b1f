package org.cocreate.requests;

import java.time.Instant;
import java.util.List;
import org.cocreate.following.Activity;
import org.cocreate.following.Target;
import org.cocreate.notifications.Notice;
import org.cocreate.shared.Markdown;

/** What happens to requests, published for feeds, the inbox and other modules. */
public final class RequestEvents {

	private RequestEvents() {
	}

	/**
	 * A member posted a request. In the feed of whoever follows the requester or the category's tag;
	 * in the inbox of the people of every seller following the category.
	 */
	public record RequestPosted(long requestId, String title, String specification, Category category, long actorId,
			List<Long> recipientIds, Instant occurredAt) implements Activity, Notice {

		@Override
		public String activityKey() {
			return "request-posted:" + requestId;
		}

		@Override
		public String message() {
			return "activity.request-posted";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(title);
		}

		@Override
		public String link() {
			return "/requests/" + requestId;
		}

		@Override
		public List<Target> targets() {
			return List.of(Target.tag(category.id()));
		}

		@Override
		public String excerpt() {
			return Markdown.toPlainText(specification, 200);
		}

		@Override
		public String noticeKey() {
			return "request-posted:" + requestId;
		}

		@Override
		public String noticeMessage() {
			return "notice.request-posted";
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(title, category.id());
		}

		@Override
		public String noticeLink() {
			return link();
		}
	}

	/**
	 * A request was awarded to a seller: by its declared score at the close (AUTO) or by the
	 * requester's pick (MANUAL). In the feed of the requester's followers, the category's and the
	 * seller's; the requester is the actor.
	 */
	public record RequestAwarded(long requestId, String title, Category category, String sellerSlug, String sellerName,
			AwardMode mode, long actorId, Instant occurredAt) implements Activity {

		@Override
		public String activityKey() {
			return "request-awarded:" + requestId;
		}

		@Override
		public String message() {
			return mode == AwardMode.AUTO ? "activity.request-awarded-auto" : "activity.request-awarded";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(title, sellerName);
		}

		@Override
		public String link() {
			return "/requests/" + requestId;
		}

		@Override
		public List<Target> targets() {
			return List.of(Target.tag(category.id()), Target.organisation(sellerSlug));
		}
	}

	/**
	 * Tells the requester, the joiners and the winning seller's people who won. The actor is the
	 * platform for an AUTO award (so the requester hears of it too), the requester for a MANUAL one.
	 */
	public record AwardNotified(long requestId, String title, String sellerName, long actorId, List<Long> recipientIds,
			Instant occurredAt) implements Notice {

		@Override
		public String noticeKey() {
			return "request-awarded:" + requestId;
		}

		@Override
		public String noticeMessage() {
			return "notice.request-awarded";
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(title, sellerName);
		}

		@Override
		public String noticeLink() {
			return "/requests/" + requestId;
		}
	}

	/**
	 * The request closed without an award yet, or for good: the requester must pick (AWAITING_AWARD),
	 * nobody bid (NO_BIDS) or the requester did not pick in time (EXPIRED). The platform is the actor.
	 */
	public record RequestClosed(long requestId, String title, RequestStatus status, List<Long> recipientIds,
			Instant occurredAt) implements Notice {

		@Override
		public long actorId() {
			return 0;
		}

		@Override
		public String noticeKey() {
			return "request-closed:" + requestId + ":" + status;
		}

		@Override
		public String noticeMessage() {
			return "notice.request-closed." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(title);
		}

		@Override
		public String noticeLink() {
			return "/requests/" + requestId;
		}
	}
}
