package org.cocreate.ideas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.cocreate.ideas.BoardQuery;
import org.cocreate.ideas.BoardSort;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.ideas.IdeaViews.IdeaView;
import org.cocreate.ideas.IdeaViews.RevisionView;
import org.cocreate.ideas.internal.IdeaImages;
import org.cocreate.ideas.internal.IdeaSpaceSettings;
import org.cocreate.ideas.internal.Ideas;
import org.cocreate.ideas.internal.Ideas.ChangeStatus;
import org.cocreate.ideas.internal.Ideas.MergeIdea;
import org.cocreate.ideas.internal.Ideas.PostIdea;
import org.cocreate.ideas.internal.ResponseMeter;
import org.cocreate.ideas.internal.Supports;
import org.cocreate.ideas.internal.TextDiff;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board of a space, posting with similar-idea suggestions, the idea page with supports, answers and merges. */
@Controller
class IdeaController {

	static final String BOARD = "ideas/board";

	static final String FORM = "ideas/form";

	static final String SIMILAR = "ideas/similar :: list";


	static final String SUPPORT = "ideas/support :: button";

	static final String METER = "ideas/meter";

	static final String REVISIONS = "ideas/revisions";

	/** What was typed into the post form, kept when it comes back with messages. */
	record PostForm(String title, String body, String tags) {
	}

	/** What was typed into the answer form. */
	record AnswerForm(@Nullable IdeaStatus status, String response) {
	}

	private final Ideas ideas;

	private final IdeaBoard board;

	private final Supports supports;

	private final IdeaSpaceSettings settings;

	private final ResponseMeter meter;

	private final Spaces spaces;

	private final IdeaPage page;

	private final IdeaImages images;

	IdeaController(Ideas ideas, IdeaBoard board, Supports supports, IdeaSpaceSettings settings, ResponseMeter meter,
			Spaces spaces, IdeaPage page, IdeaImages images) {
		this.images = images;
		this.page = page;
		this.ideas = ideas;
		this.board = board;
		this.supports = supports;
		this.settings = settings;
		this.meter = meter;
		this.spaces = spaces;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/s/{slug}/ideas")
	String board(@PathVariable String slug, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable String after,
			@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		var space = spaces.bySlug(slug, viewer);
		BoardQuery query;
		try {
			query = BoardQuery.parse(sort, status, tag, period, after, null);
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("errors", invalid.errors().all());
			query = BoardQuery.of(BoardSort.HOT);
		}
		model.addAttribute("space", space);
		model.addAttribute("query", query);
		model.addAttribute("page", board.board(slug, viewer, query));
		model.addAttribute("sorts", BoardSort.values());
		model.addAttribute("statuses", Arrays.stream(IdeaStatus.values()).filter(s -> s != IdeaStatus.MERGED).toList());
		model.addAttribute("periods", BoardQuery.Period.values());
		model.addAttribute("promise", settings.of(space.id()));
		return BOARD;
	}

	@GetMapping("/s/{slug}/ideas/new")
	String form(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("space", spaces.bySlug(slug, me.id()));
		model.addAttribute("form", new PostForm("", "", ""));
		return FORM;
	}

	@GetMapping("/s/{slug}/ideas/similar")
	String similar(@PathVariable String slug, @RequestParam(defaultValue = "") String title,
			@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		model.addAttribute("similar", board.similar(slug, me == null ? null : me.id(), title));
		return SIMILAR;
	}

	@PostMapping("/s/{slug}/ideas")
	String post(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String tags,
			@RequestParam(name = "images", required = false) @Nullable List<MultipartFile> images, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			var posted = ideas.submit(me.id(), new PostIdea(slug, title, body, splitTags(tags)), bytes(images));
			redirect.addFlashAttribute("flash", posted.held() ? "moderation.flash.idea-held" : "flash.idea-posted");
			return "redirect:/ideas/" + posted.id();
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("space", spaces.bySlug(slug, me.id()));
			model.addAttribute("form", new PostForm(title, body, tags));
			model.addAttribute("errors", invalid.errors().all());
			model.addAttribute("similar", board.similar(slug, me.id(), title));
			return FORM;
		}
	}

	@GetMapping("/ideas/{id}")
	String idea(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		return page(id, me, model);
	}

	@GetMapping("/ideas/{id}/support-button")
	String supportButton(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		model.addAttribute("idea", board.idea(id, me == null ? null : me.id()));
		return SUPPORT;
	}

	@PostMapping("/ideas/{id}/support")
	String support(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, HttpServletRequest request,
			Model model) {
		supports.support(me.id(), id);
		return supportAnswer(id, me, request, model);
	}

	@PostMapping("/ideas/{id}/support/delete")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, HttpServletRequest request,
			Model model) {
		supports.withdraw(me.id(), id);
		return supportAnswer(id, me, request, model);
	}

	@PostMapping("/ideas/{id}/following")
	String follow(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "true") boolean on, RedirectAttributes redirect) {
		ideas.follow(me.id(), id, on);
		redirect.addFlashAttribute("flash", on ? "flash.idea-followed" : "flash.idea-unfollowed");
		return "redirect:/ideas/" + id;
	}

	@PostMapping("/ideas/{id}/status")
	String answer(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable IdeaStatus status, @RequestParam(defaultValue = "") String response,
			Model model, RedirectAttributes redirect) {
		try {
			ideas.changeStatus(me.id(), id, new ChangeStatus(status, response));
			redirect.addFlashAttribute("flash", "flash.idea-answered");
			return "redirect:/ideas/" + id;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("answerForm", new AnswerForm(status, response));
			model.addAttribute("answerErrors", invalid.errors().all());
			return page(id, me, model);
		}
	}

	@PostMapping("/ideas/{id}/merge")
	String merge(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable Long into, @RequestParam(defaultValue = "") String response,
			Model model, RedirectAttributes redirect) {
		try {
			if (into == null) {
				throw new InvalidCommand(Errors.of("into", "error.required"));
			}
			ideas.merge(me.id(), id, new MergeIdea(into, response));
			redirect.addFlashAttribute("flash", "flash.idea-merged");
			return "redirect:/ideas/" + into;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("mergeInto", into);
			model.addAttribute("mergeResponse", response);
			model.addAttribute("mergeErrors", invalid.errors().all());
			return page(id, me, model);
		}
	}

	@PostMapping("/ideas/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		IdeaView idea = board.idea(id, me.id());
		ideas.delete(me.id(), id);
		redirect.addFlashAttribute("flash", "flash.idea-removed");
		return "redirect:/s/" + idea.space().slug() + "/ideas";
	}

	@GetMapping("/ideas/{id}/revisions")
	String revisions(@PathVariable long id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, @AuthenticationPrincipal @Nullable MemberPrincipal me,
			Model model) {
		Long viewer = me == null ? null : me.id();
		IdeaView idea = board.idea(id, viewer);
		List<RevisionView> revisions = board.revisions(id, viewer);
		int newest = revisions.getFirst().number();
		int right = to == null ? newest : Math.clamp(to, 1, newest);
		int left = from == null ? Math.max(1, right - 1) : Math.clamp(from, 1, newest);
		RevisionView before = revision(revisions, left);
		RevisionView after = revision(revisions, right);
		model.addAttribute("idea", idea);
		model.addAttribute("revisions", revisions);
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		model.addAttribute("titleDiff", TextDiff.lines(before.title(), after.title()));
		model.addAttribute("bodyDiff", TextDiff.lines(before.body(), after.body()));
		return REVISIONS;
	}

	private static RevisionView revision(List<RevisionView> revisions, int number) {
		return revisions.stream().filter(r -> r.number() == number).findFirst().orElse(revisions.getFirst());
	}

	@GetMapping("/o/{slug}/response-meter")
	String meter(@PathVariable String slug, Model model) {
		model.addAttribute("reading", meter.of(slug));
		return METER;
	}

	String page(long id, @Nullable MemberPrincipal me, Model model) {
		return page.render(id, me, model);
	}

	private String supportAnswer(long id, MemberPrincipal me, HttpServletRequest request, Model model) {
		if (request.getHeader("HX-Request") != null) {
			model.addAttribute("idea", board.idea(id, me.id()));
			return SUPPORT;
		}
		return "redirect:/ideas/" + id;
	}

	/** The pictures a form sent; a file input left empty sends one nameless, empty part, which is no picture. */
	static List<byte[]> bytes(@Nullable List<MultipartFile> files) throws IOException {
		var pictures = new java.util.ArrayList<byte[]>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()) {
					pictures.add(file.getBytes());
				}
			}
		}
		return pictures;
	}

	/** A picture on an idea; stored images never change, so browsers and proxies may keep them. */
	@GetMapping("/ideas/{id}/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId,
			@AuthenticationPrincipal @Nullable MemberPrincipal me) {
		var file = images.file(id, imageId, me == null ? null : me.id());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
			.body(file.bytes());
	}

	@PostMapping("/ideas/{id}/images")
	String addImages(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(name = "images", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "") String alt, Model model, RedirectAttributes redirect) throws IOException {
		try {
			images.add(me.id(), id, bytes(files), alt);
			redirect.addFlashAttribute("flash", "flash.idea-images-added");
			return "redirect:/ideas/" + id;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("imageErrors", invalid.errors().all());
			model.addAttribute("imageAlt", alt);
			return page(id, me, model);
		}
	}

	@PostMapping("/ideas/{id}/images/{imageId}/delete")
	String removeImage(@PathVariable long id, @PathVariable long imageId, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		images.remove(me.id(), id, imageId);
		redirect.addFlashAttribute("flash", "flash.idea-image-removed");
		return "redirect:/ideas/" + id;
	}

	static List<String> splitTags(String tags) {
		return Arrays.stream(tags.split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
	}
}
