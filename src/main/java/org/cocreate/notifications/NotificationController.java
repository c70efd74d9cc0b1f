package org.cocreate.notifications;

import org.cocreate.identity.MemberPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox page: read a notification (which marks it read and follows its link), or mark all read. */
@Controller
class NotificationController {

	private final Inbox inbox;

	NotificationController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String inbox(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "0") long before, Model model) {
		model.addAttribute("page", inbox.of(me.id(), before));
		return "notifications/inbox";
	}

	/** A form per notification, so that opening it marks it read without JavaScript. */
	@PostMapping("/notifications/{id}/open")
	String open(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
		String link = inbox.open(me.id(), id);
		// Links are written by Cocreate's own modules; only local paths are followed.
		return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal MemberPrincipal me) {
		inbox.readAll(me.id());
		return "redirect:/notifications";
	}
}
