package org.cocreate.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.requests.internal.Category;
import org.cocreate.requests.internal.RequestQueries;
import org.cocreate.requests.internal.Sellers;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seller's public page (rating, reviews, awards won), the badge the organisation page loads, and
 * the settings its owners and admins use to sell: categories followed and staff who may bid.
 */
@Controller
class SellerController {

	static final String PAGE = "requests/seller";

	static final String SETTINGS = "requests/seller-settings";

	static final String BADGE = "requests/seller-badge :: badge";

	private final Sellers sellers;

	private final RequestQueries queries;

	SellerController(Sellers sellers, RequestQueries queries) {
		this.sellers = sellers;
		this.queries = queries;
	}

	@GetMapping("/sellers/{slug}")
	String page(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		var profile = sellers.profile(slug);
		model.addAttribute("seller", profile);
		model.addAttribute("reviews", queries.reviews(profile.organisation().id()));
		model.addAttribute("awardsWon", queries.awardsWon(profile.organisation().id()));
		model.addAttribute("mayManage", sellers.mayManage(profile.organisation().id(), me == null ? null : me.id()));
		return PAGE;
	}

	/** The seller's rating for the organisation page, which loads it with htmx (organisations does not know requests). */
	@GetMapping("/sellers/{slug}/badge")
	String badge(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		var profile = sellers.profile(slug);
		model.addAttribute("seller", profile);
		model.addAttribute("mayManage", sellers.mayManage(profile.organisation().id(), me == null ? null : me.id()));
		return BADGE;
	}

	@GetMapping("/sellers/{slug}/settings")
	String settings(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		var profile = sellers.profile(slug);
		if (!sellers.mayManage(profile.organisation().id(), me.id())) {
			throw DomainException.forbidden("error.seller.manage-refused", profile.organisation().name());
		}
		return settings(model, profile, profile.categories().stream().map(Category::id).toList(),
				String.join(", ", profile.bidders().stream().map(m -> m.handle()).toList()));
	}

	@PostMapping("/sellers/{slug}/settings")
	String save(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable List<String> categories, @RequestParam(defaultValue = "") String bidders,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		List<String> chosen = categories == null ? List.of() : categories;
		try {
			sellers.register(me.id(), slug, new SellerSettings(chosen, Arrays.asList(bidders.split("[,\\s]+"))));
			redirect.addFlashAttribute("flash", "flash.seller-saved");
			return "redirect:/sellers/" + slug;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("errors", invalid.errors().all());
			response.setStatus(400);
		}
		catch (DomainException refused) {
			if (refused.kind() != DomainException.Kind.CONFLICT) {
				throw refused;
			}
			model.addAttribute("errors", Errors.of(null, refused.code(), refused.args().toArray()).all());
			response.setStatus(409);
		}
		return settings(model, sellers.profile(slug), chosen, bidders);
	}

	@PostMapping("/sellers/{slug}/deregister")
	String deregister(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		sellers.deregister(me.id(), slug);
		redirect.addFlashAttribute("flash", "flash.seller-deregistered");
		return "redirect:/sellers/" + slug;
	}

	private String settings(Model model, Sellers.SellerProfile profile, List<String> chosen, String bidders) {
		model.addAttribute("seller", profile);
		model.addAttribute("categories", Category.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("bidders", bidders);
		return SETTINGS;
	}
}
