package org.cocreate.requests.internal;

import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvent.Type;
import org.cocreate.content.ContentEvents;
import org.cocreate.organisations.OrganisationSummary;
import org.springframework.stereotype.Component;

/**
 * What requests tell the platform, as {@link ContentEvent}s: posted, bid on (as a count only: a
 * bid's price, sealed or not, never goes in a content event), awarded, closed, hidden, restored.
 * Requests live outside spaces, so their events have none and anyone may read them.
 */
@Component
class RequestContent {

	private final ContentEvents events;

	RequestContent(ContentEvents events) {
		this.events = events;
	}

	void posted(long id, Request.Draft draft, long requesterId, java.time.Instant at) {
		events.publish(ContentEvent.about(RequestModeration.KIND, id, Type.PUBLISHED).by(requesterId)
			.title(draft.title())
			.markdown(draft.specification())
			.tags(java.util.List.of(draft.category().id()))
			.at(path(id))
			.occurredAt(at)
			.key("request-posted:" + id)
			.feed("activity.request-posted", draft.title()));
	}

	/** How many bids are active now, after a bid was placed or withdrawn. */
	void bidsChanged(Request request, long activeBids, long actorId) {
		// no actor: who bids stays unknown until the close, as on the request page
		events.publish(about(request, Type.UPDATED, 0).count("bids", activeBids));
	}

	void awarded(Request request, OrganisationSummary seller, AwardMode mode, java.time.Instant at) {
		events.publish(about(request, Type.STATUS_CHANGED, request.requesterId()).organisation(seller.slug())
			.occurredAt(at)
			.key("request-awarded:" + request.id())
			.feed(mode == AwardMode.AUTO ? "activity.request-awarded-auto" : "activity.request-awarded", request.title(),
					seller.name()));
	}

	/** Closed without an award yet, or for good; the platform closed it. */
	void closed(Request request, RequestStatus status, java.time.Instant at) {
		events.publish(about(request, Type.STATUS_CHANGED, 0).occurredAt(at).key("request-closed:" + request.id() + ":" + status));
	}

	void moderated(Request request, Type type) {
		events.publish(type == Type.RESTORED ? about(request, type, 0)
				: ContentEvent.about(RequestModeration.KIND, request.id(), type).at(path(request.id())));
	}

	private org.cocreate.content.Draft about(Request request, Type type, long actorId) {
		return ContentEvent.about(RequestModeration.KIND, request.id(), type).by(actorId)
			.title(request.title())
			.markdown(request.specification())
			.tags(java.util.List.of(request.category().id()))
			.at(path(request.id()));
	}

	private static String path(long id) {
		return "/requests/" + id;
	}
}
