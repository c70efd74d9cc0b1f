package org.cocreate.notifications;

import jakarta.servlet.http.HttpServletRequest;
import org.cocreate.identity.MemberPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count the layout shows beside "Notifications" on every page a member sees. */
@ControllerAdvice(annotations = Controller.class)
class UnreadBadge {

	private final Inbox inbox;

	UnreadBadge(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute
	void unread(@AuthenticationPrincipal @Nullable MemberPrincipal me, HttpServletRequest request, Model model) {
		// @RestController is a @Controller too: the API and htmx fragments have no layout to show it in.
		boolean wholePage = !request.getRequestURI().startsWith("/api/") && request.getHeader("HX-Request") == null;
		if (me != null && wholePage) {
			model.addAttribute("unreadNotifications", inbox.unread(me.id()));
		}
	}
}
