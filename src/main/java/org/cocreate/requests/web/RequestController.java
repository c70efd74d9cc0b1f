package org.cocreate.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.requests.internal.AuctionFormat;
import org.cocreate.requests.internal.AwardMode;
import org.cocreate.requests.internal.Category;
import org.cocreate.requests.internal.RequestQueries;
import org.cocreate.requests.internal.RequestQueries.Find;
import org.cocreate.requests.internal.Requests;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of requests with its filters, posting one, and the live part of a request page. */
@Controller
class RequestController {

	static final String LIST = "requests/list";

	static final String FORM = "requests/form";

	static final String LIVE = "requests/live :: live";

	private final Requests requests;

	private final RequestQueries queries;

	private final RequestPage page;

	RequestController(Requests requests, RequestQueries queries, RequestPage page) {
		this.requests = requests;
		this.queries = queries;
		this.page = page;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/requests")
	String list(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(required = false) @Nullable String closesBefore, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String after, Model model, HttpServletResponse response) {
		var find = new Find(category, location, closesBefore, status, after);
		try {
			model.addAttribute("page", queries.find(find));
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("errors", invalid.errors().all());
			model.addAttribute("page", queries.find(new Find(null, null, null, null, null)));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("find", find);
		model.addAttribute("categories", Category.values());
		return LIST;
	}

	@GetMapping("/requests/new")
	String form(@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		if (me == null) {
			return "redirect:/login";
		}
		return form(model, PostForm.empty());
	}

	@PostMapping("/requests")
	String post(@AuthenticationPrincipal MemberPrincipal me, PostForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			long id = requests.post(me.id(), form.command());
			redirect.addFlashAttribute("flash", "flash.request-posted");
			return "redirect:/requests/" + id;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("errors", invalid.errors().all());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form);
		}
	}

	@GetMapping("/requests/{id}")
	String request(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		return page.show(id, me, model);
	}

	/** The live part (deadline, best, total): polled by htmx; a changed status reloads the whole page. */
	@GetMapping("/requests/{id}/live")
	String live(@PathVariable long id, @RequestParam(required = false) @Nullable String seen,
			@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model, HttpServletResponse response) {
		var live = queries.live(id, me == null ? null : me.id());
		if (seen != null && !seen.equals(live.status().name())) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("live", live);
		return LIVE;
	}

	private String form(Model model, PostForm form) {
		model.addAttribute("form", form);
		model.addAttribute("categories", Category.values());
		model.addAttribute("formats", AuctionFormat.values());
		model.addAttribute("modes", AwardMode.values());
		model.addAttribute("currencies", Arrays.asList("EUR", "USD", "GBP", "CHF", "SEK", "PLN", "MXN"));
		return FORM;
	}
}
