package org.cocreate.requests.internal;

import java.time.Instant;
import java.util.List;
import org.cocreate.notifications.Notice;

/** What happens to requests that is addressed to someone (inbox notices); public content goes out as content events. */
public final class RequestEvents {

	private RequestEvents() {
	}

	/** What every notice about a request shares: it links to the request and leaves with it when it is hidden. */
	interface AboutARequest extends Notice {

		long requestId();

		@Override
		default String noticeLink() {
			return "/requests/" + requestId();
		}

		@Override
		default String contentKind() {
			return RequestModeration.KIND;
		}

		@Override
		default long contentId() {
			return requestId();
		}
	}

	/**
	 * A member posted a request: the people of every seller following the category are told in
	 * their inbox (feeds and the activity stream learn of it from the request's content event).
	 */
	public record RequestPosted(long requestId, String title, Category category, long actorId, List<Long> recipientIds,
			Instant occurredAt) implements AboutARequest {

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
	}

	/**
	 * Tells the requester, the joiners and the winning seller's people who won. The actor is the
	 * platform for an AUTO award (so the requester hears of it too), the requester for a MANUAL one.
	 */
	public record AwardNotified(long requestId, String title, String sellerName, long actorId, List<Long> recipientIds,
			Instant occurredAt) implements AboutARequest {

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
	}

	/**
	 * The request closed without an award yet, or for good: the requester must pick (AWAITING_AWARD),
	 * nobody bid (NO_BIDS) or the requester did not pick in time (EXPIRED). The platform is the actor.
	 */
	public record RequestClosed(long requestId, String title, RequestStatus status, List<Long> recipientIds,
			Instant occurredAt) implements AboutARequest {

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
	}
}
