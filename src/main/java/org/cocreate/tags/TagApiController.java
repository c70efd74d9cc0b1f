package org.cocreate.tags;

import java.util.List;
import org.cocreate.following.Feed;
import org.cocreate.following.Follows;
import org.cocreate.following.Target;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Hashtags;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Tags over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tags")
class TagApiController {

	record TagJson(String name, long followers, List<ActivityJson> recent) {
	}

	record ActivityJson(String occurredAt, String actorHandle, String message, List<String> args, String link) {
	}

	private final Tags tags;

	private final Follows follows;

	private final Feed feed;

	TagApiController(Tags tags, Follows follows, Feed feed) {
		this.tags = tags;
		this.follows = follows;
		this.feed = feed;
	}

	@GetMapping("/api/v1/tags")
	List<Tags.TagCount> popular(@AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return tags.popular(me == null ? null : me.id(), 100);
	}

	@GetMapping("/api/v1/tags/{name}")
	TagJson one(@PathVariable String name, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		String tag = Hashtags.normalise(name);
		if (!tags.visible(tag, me == null ? null : me.id())) {
			throw DomainException.notFound("error.tag.not-found", tag);
		}
		// the reader's own view: activity in private spaces shows only to those who may see them
		var recent = feed.about(Target.tag(tag), me == null ? null : me.id(), 0)
			.items()
			.stream()
			.map(i -> new ActivityJson(i.occurredAt().toString(), i.actor().handle(), i.message(), i.args(), i.link()))
			.toList();
		return new TagJson(tag, follows.followers(Target.tag(tag)), recent);
	}
}
