package org.cocreate.notifications;

import java.time.Instant;
import java.util.List;
import org.cocreate.identity.MemberSummary;
import org.jspecify.annotations.Nullable;

/** One line of a member's inbox: who did what (the actor is absent when the platform did), where to see it. */
public record Notification(long id, Instant createdAt, @Nullable MemberSummary actor, String message, List<String> args,
		String link, boolean read) {
}
