package org.cocreate.content.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocreate.content.OwnsContent;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public activity stream over JSON: {@code GET /api/v1/activity?after=&space=&kind=}, oldest
 * first after the cursor. An integrator follows everything from here by handing back
 * {@code next} each time; a caller sees what it may see.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Activity stream")
class ActivityStreamApiController {

	/**
	 * One entry; {@code title} and {@code summary} are empty for a withdrawal (hidden, removed),
	 * {@code actor} is null where the platform or a moderator acted.
	 */
	record ItemJson(String kind, long id, String type, @Nullable String space, @Nullable String actor, String title, String summary,
			String url, String language, List<String> tags, Map<String, Long> counts, String occurredAt) {

		static ItemJson of(ActivityStream.Entry e) {
			return new ItemJson(e.kind(), e.id(), e.type().apiName(), e.space(), e.actor(), e.title(), e.summary(), e.url(),
					e.language(), e.tags(), e.counts(), e.occurredAt().toString());
		}
	}

	/** A page of the stream; {@code next} is the cursor to ask with next time (also when nothing came). */
	record StreamJson(List<ItemJson> items, String next) {
	}

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private final ActivityStream stream;

	private final StreamCursor cursors;

	private final Set<String> kinds;

	ActivityStreamApiController(ActivityStream stream, StreamCursor cursors, List<OwnsContent> owners) {
		this.stream = stream;
		this.cursors = cursors;
		this.kinds = new TreeSet<>();
		owners.forEach(o -> kinds.addAll(o.contentKinds()));
	}

	@GetMapping("/api/v1/activity")
	StreamJson activity(@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String space, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		long position = cursors.positionOf(after);
		if (kind != null && !kinds.contains(kind)) {
			throw new InvalidCommand(Errors.of("kind", "error.activity.kind", kind, String.join(", ", kinds)));
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidCommand(Errors.of("limit", "error.activity.limit", MAX_LIMIT));
		}
		Long reader = me == null ? null : me.id();
		if (space != null && !stream.maySee(space, reader)) {
			throw DomainException.notFound("error.space.not-found", space);
		}
		var entries = stream.read(new ActivityStream.Query(position, space, kind, limit), reader);
		long last = entries.isEmpty() ? position : entries.getLast().seq();
		return new StreamJson(entries.stream().map(ItemJson::of).toList(), cursors.of(last));
	}
}
