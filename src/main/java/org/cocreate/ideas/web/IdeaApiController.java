package org.cocreate.ideas.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.cocreate.ideas.BoardQuery;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.ideas.IdeaViews.IdeaCard;
import org.cocreate.ideas.IdeaViews.IdeaView;
import org.cocreate.ideas.IdeaViews.RevisionView;
import org.cocreate.ideas.IdeaViews.StatusChangeView;
import org.cocreate.ideas.internal.IdeaImages;
import org.cocreate.ideas.internal.IdeaImages.ImageRef;
import org.cocreate.ideas.internal.IdeaSpaceSettings;
import org.cocreate.ideas.internal.IdeaSpaceSettings.Promise;
import org.cocreate.ideas.internal.Ideas;
import org.cocreate.ideas.internal.Ideas.ChangeStatus;
import org.cocreate.ideas.internal.Ideas.EditIdea;
import org.cocreate.ideas.internal.Ideas.MergeIdea;
import org.cocreate.ideas.internal.Ideas.PostIdea;
import org.cocreate.ideas.internal.ResponseMeter;
import org.cocreate.ideas.internal.Supports;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.identity.MemberSummary;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ideas, supports, status changes, merges, revisions and a space's promise over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Ideas")
class IdeaApiController {

	record AuthorJson(String handle, String displayName) {

		static AuthorJson of(MemberSummary m) {
			return new AuthorJson(m.handle(), m.displayName());
		}
	}

	record IdeaJson(long id, String space, String title, String body, String bodyHtml, List<String> tags, String status,
			@Nullable Long mergedInto, int supportCount, int commentCount, AuthorJson author, List<AuthorJson> coAuthors,
			int revision,
			String createdAt, @Nullable String answerDueAt, @Nullable String firstAnsweredAt, boolean overdue,
			@Nullable Boolean supportedByMe, @Nullable Boolean followedByMe, String url, List<ImageRef> images,
			@Nullable String moderation) {

		static IdeaJson of(IdeaView v, List<ImageRef> images) {
			return new IdeaJson(v.id(), v.space().slug(), v.title(), v.body(), v.bodyHtml(), v.tags(), v.status().name(),
					v.mergedInto(), v.supportCount(), v.commentCount(), AuthorJson.of(v.author()),
					v.coAuthors().stream().map(AuthorJson::of).toList(), v.revision(),
					v.createdAt().toString(), v.answerDueAt() == null ? null : v.answerDueAt().toString(),
					v.firstAnsweredAt() == null ? null : v.firstAnsweredAt().toString(), v.overdue(),
					v.viewer().signedIn() ? v.viewer().supports() : null, v.viewer().signedIn() ? v.viewer().follows() : null,
					v.path(), images, v.moderation());
		}
	}

	record CardJson(long id, String title, String excerpt, String status, int supportCount, int commentCount,
			AuthorJson author, List<String> tags, String createdAt, String url) {

		static CardJson of(IdeaCard c) {
			return new CardJson(c.id(), c.title(), c.excerpt(), c.status().name(), c.supportCount(), c.commentCount(),
					AuthorJson.of(c.author()), c.tags(), c.createdAt().toString(), c.path());
		}
	}

	record StatusChangeJson(String from, String to, String response, String responseHtml, AuthorJson responder,
			@Nullable Long mergedInto, String at) {

		static StatusChangeJson of(StatusChangeView c) {
			return new StatusChangeJson(c.from().name(), c.to().name(), c.response(), c.responseHtml(),
					AuthorJson.of(c.responder()), c.mergedInto(), c.at().toString());
		}
	}

	record RevisionJson(int number, String title, String body, AuthorJson author, String at) {

		static RevisionJson of(RevisionView r) {
			return new RevisionJson(r.number(), r.title(), r.body(), AuthorJson.of(r.author()), r.at().toString());
		}
	}

	record IdeaBody(@Nullable String title, @Nullable String body, @Nullable List<String> tags) {
	}

	record StatusBody(@Nullable String status, @Nullable String response) {

		@Nullable IdeaStatus parsed() {
			if (status == null || status.isBlank()) {
				return null;
			}
			try {
				return IdeaStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidCommand(Errors.of("status", "error.idea.status-unknown", status));
			}
		}
	}

	record MergeBody(@Nullable Long into, @Nullable String response) {
	}

	record PromiseBody(@Nullable Integer supportThreshold, @Nullable Integer answerDays) {
	}

	record MeterJson(String organisation, long reached, long answeredOnTime, long answeredLate, long overdue, long waiting,
			@Nullable Long medianHoursToFirstAnswer, int onTimePercent) {
	}

	private final Ideas ideas;

	private final IdeaBoard board;

	private final Supports supports;

	private final IdeaSpaceSettings settings;

	private final ResponseMeter meter;

	private final IdeaImages images;

	IdeaApiController(Ideas ideas, IdeaBoard board, Supports supports, IdeaSpaceSettings settings, ResponseMeter meter,
			IdeaImages images) {
		this.images = images;
		this.ideas = ideas;
		this.board = board;
		this.supports = supports;
		this.settings = settings;
		this.meter = meter;
	}

	@PostMapping("/api/v1/spaces/{spaceSlug}/ideas")
	ResponseEntity<IdeaJson> post(@PathVariable String spaceSlug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody IdeaBody body) {
		long id = ideas.post(me.id(), new PostIdea(spaceSlug, body.title(), body.body(), body.tags()));
		return ResponseEntity.created(URI.create("/api/v1/ideas/" + id)).body(json(board.idea(id, me.id())));
	}

	@GetMapping("/api/v1/spaces/{spaceSlug}/ideas")
	PageOf<CardJson> list(@PathVariable String spaceSlug, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer size, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		BoardQuery query = BoardQuery.parse(sort, status, tag, period, after, size);
		return board.board(spaceSlug, me == null ? null : me.id(), query).map(CardJson::of);
	}

	@GetMapping("/api/v1/spaces/{spaceSlug}/ideas/similar")
	List<CardJson> similar(@PathVariable String spaceSlug, @RequestParam(defaultValue = "") String title,
			@AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return board.similar(spaceSlug, me == null ? null : me.id(), title).stream().map(CardJson::of).toList();
	}

	@GetMapping("/api/v1/spaces/{spaceSlug}/ideas/settings")
	Promise promise(@PathVariable String spaceSlug, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return settings.of(spaceSlug, me == null ? null : me.id());
	}

	@PutMapping("/api/v1/spaces/{spaceSlug}/ideas/settings")
	Promise setPromise(@PathVariable String spaceSlug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody PromiseBody body) {
		return settings.set(me.id(), spaceSlug, body.supportThreshold(), body.answerDays());
	}

	@GetMapping("/api/v1/ideas/{id}")
	IdeaJson one(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return json(board.idea(id, me == null ? null : me.id()));
	}

	/**
	 * Adds a picture to the caller's idea: the body is the image itself (PNG, JPEG or WebP, up to
	 * 5 MB; its type is read from the bytes); {@code alt} describes it. Up to four per idea.
	 */
	@PostMapping(path = "/api/v1/ideas/{id}/images",
			consumes = { "image/png", "image/jpeg", "image/webp", "application/octet-stream" })
	@ResponseStatus(HttpStatus.CREATED)
	List<ImageRef> addImage(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody(required = false) byte @Nullable [] image, @RequestParam(defaultValue = "") String alt) {
		// an empty body is an empty picture, refused with the same message as the form's
		return images.add(me.id(), id, List.of(image == null ? new byte[0] : image), alt);
	}

	@DeleteMapping("/api/v1/ideas/{id}/images/{imageId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeImage(@PathVariable long id, @PathVariable long imageId, @AuthenticationPrincipal MemberPrincipal me) {
		images.remove(me.id(), id, imageId);
	}

	private IdeaJson json(IdeaView idea) {
		return IdeaJson.of(idea, idea.deleted() ? List.of() : images.of(idea.id()));
	}

	@PatchMapping("/api/v1/ideas/{id}")
	IdeaJson edit(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody IdeaBody body) {
		IdeaView current = board.idea(id, me.id());
		ideas.edit(me.id(), id, new EditIdea(body.title() == null ? current.title() : body.title(),
				body.body() == null ? current.body() : body.body(), body.tags() == null ? current.tags() : body.tags()));
		return json(board.idea(id, me.id()));
	}

	@DeleteMapping("/api/v1/ideas/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		ideas.delete(me.id(), id);
	}

	@PutMapping("/api/v1/ideas/{id}/support")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void support(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		supports.support(me.id(), id);
	}

	@DeleteMapping("/api/v1/ideas/{id}/support")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		supports.withdraw(me.id(), id);
	}

	@PutMapping("/api/v1/ideas/{id}/following")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void follow(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		ideas.follow(me.id(), id, true);
	}

	@DeleteMapping("/api/v1/ideas/{id}/following")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unfollow(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		ideas.follow(me.id(), id, false);
	}

	@GetMapping("/api/v1/ideas/{id}/status-changes")
	List<StatusChangeJson> timeline(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return board.timeline(id, me == null ? null : me.id()).stream().map(StatusChangeJson::of).toList();
	}

	@PostMapping("/api/v1/ideas/{id}/status-changes")
	ResponseEntity<IdeaJson> changeStatus(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody StatusBody body) {
		ideas.changeStatus(me.id(), id, new ChangeStatus(body.parsed(), body.response()));
		return ResponseEntity.status(HttpStatus.CREATED).body(json(board.idea(id, me.id())));
	}

	@PostMapping("/api/v1/ideas/{id}/merge")
	IdeaJson merge(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody MergeBody body) {
		if (body.into() == null) {
			throw new InvalidCommand(Errors.of("into", "error.required"));
		}
		ideas.merge(me.id(), id, new MergeIdea(body.into(), body.response()));
		return json(board.idea(body.into(), me.id()));
	}

	@GetMapping("/api/v1/ideas/{id}/revisions")
	List<RevisionJson> revisions(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return board.revisions(id, me == null ? null : me.id()).stream().map(RevisionJson::of).toList();
	}

	@GetMapping("/api/v1/organisations/{slug}/response-meter")
	MeterJson meter(@PathVariable String slug) {
		var r = meter.of(slug);
		return new MeterJson(r.organisation().slug(), r.reached(), r.answeredOnTime(), r.answeredLate(), r.overdue(),
				r.waiting(), r.medianToFirstAnswer() == null ? null : r.medianToFirstAnswer().toHours(), r.onTimePercent());
	}
}
