package org.cocreate.requests.internal;

import java.util.Optional;
import org.cocreate.content.ContentEvent;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.ContentSnapshot;
import org.cocreate.moderation.ModeratedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests' side of the moderation contract (kind {@code request}): the state lives in
 * {@code request.moderation}, null (visible) or {@code HIDDEN}. A hidden request leaves the list
 * and its page and API answer others "not found" with a placeholder; its requester still sees it.
 * Its auction is not stopped: it closes on its deadline as before. Requests belong to no space, so
 * platform admins review them.
 */
@Component
public class RequestModeration implements ModeratedContent {

	public static final String KIND = "request";

	private final JdbcClient jdbc;

	private final RequestRepository requests;

	private final RequestContent content;

	RequestModeration(JdbcClient jdbc, RequestRepository requests, RequestContent content) {
		this.content = content;
		this.jdbc = jdbc;
		this.requests = requests;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ContentSnapshot> find(long id) {
		return requests.find(id).map(r -> new ContentSnapshot(new ContentRef(KIND, id), r.requesterId(), null,
				r.title() + "\n\n" + r.specification(), "/requests/" + id, r.createdAt()));
	}

	@Override
	@Transactional
	public void hide(long id) {
		if (jdbc.sql("update request set moderation = 'HIDDEN' where id = ? and moderation is null").param(id).update() == 1) {
			content.moderated(requests.get(id), ContentEvent.Type.HIDDEN);
		}
	}

	@Override
	@Transactional
	public void restore(long id) {
		if (jdbc.sql("update request set moderation = null where id = ? and moderation is not null").param(id).update() == 1) {
			content.moderated(requests.get(id), ContentEvent.Type.RESTORED);
		}
	}
}
