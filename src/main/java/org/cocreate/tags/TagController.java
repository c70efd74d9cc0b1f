package org.cocreate.tags;

import org.cocreate.following.Follows;
import org.cocreate.following.Target;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Hashtags;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The tag directory and a page per tag. */
@Controller
class TagController {

	private final Tags tags;

	private final Follows follows;

	TagController(Tags tags, Follows follows) {
		this.tags = tags;
		this.follows = follows;
	}

	@GetMapping("/tags")
	String list(@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		model.addAttribute("tags", tags.popular(me == null ? null : me.id(), 200));
		return "tags/list";
	}

	@GetMapping("/tags/{name}")
	String page(@PathVariable String name, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		String tag = Hashtags.normalise(name);
		if (!tags.visible(tag, me == null ? null : me.id())) {
			throw DomainException.notFound("error.tag.not-found", tag);
		}
		model.addAttribute("tag", tag);
		model.addAttribute("followers", follows.followers(Target.tag(tag)));
		return "tags/page";
	}
}
