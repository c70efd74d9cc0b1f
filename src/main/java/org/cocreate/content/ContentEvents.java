package org.cocreate.content;

import java.util.List;
import org.cocreate.identity.Members;
import org.cocreate.shared.Hashtags;
import org.cocreate.shared.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Where capabilities publish their content events. Call it inside the transaction that made the
 * change: the event is stored with it in the event publication registry and delivered to every
 * consumer after commit, again after a crash if need be.
 */
@Service
public class ContentEvents {

	/** The language of an event nobody wrote (a withdrawal): BCP 47's "undetermined". */
	static final String UNDETERMINED = "und";

	private final ApplicationEventPublisher events;

	private final Members members;

	private final SiteSettings site;

	ContentEvents(ApplicationEventPublisher events, Members members, SiteSettings site) {
		this.events = events;
		this.members = members;
		this.site = site;
	}

	/**
	 * Completes the draft with the actor's handle and language (none when the draft names no
	 * actor: the platform or a moderator acted) and the canonical address, and publishes it.
	 */
	public ContentEvent publish(Draft draft) {
		var account = draft.actorId == 0 ? null : members.account(draft.actorId);
		// Unique per happening even when two happen in the same millisecond (two members joining a
		// space); stored with the event, so a redelivery keeps it and is recorded once.
		String key = draft.key != null ? draft.key
				: draft.kind + ":" + draft.id + ":" + draft.type.apiName() + ":" + java.util.UUID.randomUUID();
		List<String> tags = draft.tags.stream().map(Hashtags::normalise).filter(Hashtags::isValid).distinct().toList();
		var event = new ContentEvent(ContentEvent.VERSION, key, draft.kind, draft.id, draft.type, draft.space,
				account == null ? null : new ContentEvent.Actor(account.member().id(), account.member().handle()),
				draft.title, draft.summary, draft.path, site.link(draft.path), account == null ? UNDETERMINED : account.locale(),
				tags, draft.organisations, draft.counts,
				draft.sentence, draft.occurredAt);
		events.publishEvent(event);
		return event;
	}
}
