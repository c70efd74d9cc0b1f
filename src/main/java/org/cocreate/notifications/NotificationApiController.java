package org.cocreate.notifications;

import java.util.List;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Notifications")
class NotificationApiController {

	/** One notification; {@code text} is the sentence in the caller's language, {@code message} its key. */
	record NotificationJson(long id, String createdAt, @Nullable String actorHandle, String text, String message,
			List<String> args, String link, boolean read) {
	}

	record UnreadJson(long unread) {
	}

	private final Inbox inbox;

	private final MessageSource messages;

	NotificationApiController(Inbox inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/api/v1/notifications")
	PageOf<NotificationJson> list(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "0") long before) {
		var locale = LocaleContextHolder.getLocale();
		return inbox.of(me.id(), before)
			.map(n -> new NotificationJson(n.id(), n.createdAt().toString(),
					n.actor() == null ? null : n.actor().handle(),
					messages.getMessage(n.message(), n.args().toArray(), n.message(), locale), n.message(), n.args(),
					n.link(), n.read()));
	}

	@GetMapping("/api/v1/notifications/unread")
	UnreadJson unread(@AuthenticationPrincipal MemberPrincipal me) {
		return new UnreadJson(inbox.unread(me.id()));
	}

	@PutMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
		inbox.open(me.id(), id);
	}

	@PostMapping("/api/v1/notifications/read")
	UnreadJson readAll(@AuthenticationPrincipal MemberPrincipal me) {
		inbox.readAll(me.id());
		return new UnreadJson(0);
	}
}
