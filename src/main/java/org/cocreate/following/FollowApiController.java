package org.cocreate.following;

import java.util.List;
import org.cocreate.following.TargetDirectory.TargetInfo;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Follows and the home feed over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Following")
class FollowApiController {

	record FollowJson(String kind, String key, String name, String link) {

		static FollowJson of(TargetInfo info) {
			return new FollowJson(info.target().kindName(), info.target().key(), info.name(), info.link());
		}
	}

	/** One feed item; {@code text} is the sentence in the caller's language, {@code message} its key. */
	record FeedItemJson(long id, String occurredAt, String actorHandle, String actorDisplayName, String text,
			String message, List<String> args, String link, String excerpt) {
	}

	private final Follows follows;

	private final Feed feed;

	private final MessageSource messages;

	FollowApiController(Follows follows, Feed feed, MessageSource messages) {
		this.follows = follows;
		this.feed = feed;
		this.messages = messages;
	}

	@GetMapping("/api/v1/follows")
	List<FollowJson> following(@AuthenticationPrincipal MemberPrincipal me) {
		return follows.following(me.id()).stream().map(FollowJson::of).toList();
	}

	/** Follows a member, organisation, space or tag; following twice is the same as once. */
	@PutMapping("/api/v1/follows/{kind}/{key}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void follow(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String kind, @PathVariable String key) {
		follows.follow(me.id(), FollowController.target(kind, key));
	}

	@DeleteMapping("/api/v1/follows/{kind}/{key}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unfollow(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String kind, @PathVariable String key) {
		follows.unfollow(me.id(), FollowController.target(kind, key));
	}

	@GetMapping("/api/v1/feed")
	PageOf<FeedItemJson> feed(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "0") long before) {
		var locale = LocaleContextHolder.getLocale();
		return feed.home(me.id(), before)
			.map(item -> new FeedItemJson(item.id(), item.occurredAt().toString(), item.actor().handle(),
					item.actor().displayName(),
					item.actor().displayName() + " " + messages.getMessage(item.message(), item.args().toArray(), item.message(), locale),
					item.message(), item.args(), item.link(), item.excerpt()));
	}
}
