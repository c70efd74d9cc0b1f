package org.cocreate.platform.web;

import org.cocreate.following.Feed;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.organisations.Organisations;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page (a member's feed, or what Cocreate is for a visitor), the API docs page. */
@Controller
class HomeController {

	private final Feed feed;

	private final Organisations organisations;

	private final Spaces spaces;

	HomeController(Feed feed, Organisations organisations, Spaces spaces) {
		this.feed = feed;
		this.organisations = organisations;
		this.spaces = spaces;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable MemberPrincipal me, @RequestParam(defaultValue = "0") long before,
			Model model) {
		model.addAttribute("organisations", organisations.list().stream().limit(6).toList());
		model.addAttribute("spaces", spaces.listed(me == null ? null : me.id(), null, 6));
		if (me != null) {
			model.addAttribute("page", feed.home(me.id(), before));
			model.addAttribute("moreUrl", "/?before=");
			return "home/feed";
		}
		return "home/welcome";
	}

	@GetMapping("/api")
	String apiDocs() {
		return "home/api";
	}
}
