package org.cocreate.following;

import java.util.Locale;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.web.Redirects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow button and activity lists that other modules' pages include (with htmx, or as a
 * plain form that redirects back), and the page of what a member follows.
 */
@Controller
class FollowController {

	static final String BUTTON = "following/button :: button";

	static final String ACTIVITY = "following/activity :: list";

	static final String FOLLOWING = "following/following";

	private final Follows follows;

	private final Feed feed;

	FollowController(Follows follows, Feed feed) {
		this.follows = follows;
		this.feed = feed;
	}

	@GetMapping("/follow-button/{kind}/{key}")
	String button(@PathVariable String kind, @PathVariable String key, @AuthenticationPrincipal @Nullable MemberPrincipal me,
			Model model) {
		return buttonModel(target(kind, key), me, model);
	}

	@PostMapping("/follows/{kind}/{key}")
	String follow(@PathVariable String kind, @PathVariable String key, @AuthenticationPrincipal MemberPrincipal me,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "Referer", required = false) @Nullable String referer, Model model) {
		Target target = target(kind, key);
		follows.follow(me.id(), target);
		return htmx != null ? buttonModel(target, me, model) : Redirects.back(referer, "/following");
	}

	@PostMapping("/follows/{kind}/{key}/delete")
	String unfollow(@PathVariable String kind, @PathVariable String key, @AuthenticationPrincipal MemberPrincipal me,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "Referer", required = false) @Nullable String referer, Model model) {
		Target target = target(kind, key);
		follows.unfollow(me.id(), target);
		return htmx != null ? buttonModel(target, me, model) : Redirects.back(referer, "/following");
	}

	@GetMapping("/activity/{kind}/{key}")
	String activity(@PathVariable String kind, @PathVariable String key, @RequestParam(defaultValue = "0") long before,
			@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		Target target = target(kind, key);
		model.addAttribute("page", feed.about(target, me == null ? null : me.id(), before));
		model.addAttribute("moreUrl", "/activity/" + target.kindName() + "/" + target.key() + "?before=");
		return ACTIVITY;
	}

	@GetMapping("/following")
	String following(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("targets", follows.following(me.id()));
		return FOLLOWING;
	}

	private String buttonModel(Target target, @Nullable MemberPrincipal me, Model model) {
		var info = follows.describe(target);
		model.addAttribute("target", info.target());
		model.addAttribute("following", me != null && follows.follows(me.id(), info.target()));
		model.addAttribute("followers", follows.followers(info.target()));
		model.addAttribute("self", me != null && target.kind() == Target.Kind.MEMBER && me.handle().equalsIgnoreCase(target.key()));
		return BUTTON;
	}

	static Target target(String kind, String key) {
		try {
			return new Target(Target.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), key);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.notFound("error.follow.target-not-found");
		}
	}

}
