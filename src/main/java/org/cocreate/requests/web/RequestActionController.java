package org.cocreate.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.requests.internal.AfterAward;
import org.cocreate.requests.internal.Bids;
import org.cocreate.requests.internal.Bids.PlaceBid;
import org.cocreate.requests.internal.Numbers;
import org.cocreate.requests.internal.Requests;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What members do on a request page: join, bid, withdraw, award, complete, rate, write. Each posts,
 * then redirects with a flash message; a refused or invalid one shows the page again with the
 * message next to the form and what was typed.
 */
@Controller
class RequestActionController {

	private final Requests requests;

	private final Bids bids;

	private final AfterAward afterAward;

	private final RequestPage page;

	RequestActionController(Requests requests, Bids bids, AfterAward afterAward, RequestPage page) {
		this.requests = requests;
		this.bids = bids;
		this.afterAward = afterAward;
		this.page = page;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@PostMapping("/requests/{id}/join")
	String join(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String quantity,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, me, "joinErrors", model, redirect, response, "flash.request-joined", () -> {
			var errors = Errors.none();
			BigDecimal q = Numbers.parse(errors, "quantity", quantity);
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			requests.join(me.id(), id, q);
		});
	}

	@PostMapping("/requests/{id}/leave")
	String leave(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, me, "joinErrors", model, redirect, response, "flash.request-left", () -> requests.leave(me.id(), id));
	}

	@PostMapping("/requests/{id}/joining/close")
	String closeJoining(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, me, "joinErrors", model, redirect, response, "flash.request-joining-closed",
				() -> requests.closeJoining(me.id(), id));
	}

	@PostMapping("/requests/{id}/bids")
	String bid(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, RequestPage.BidForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("bidForm", form);
		return act(id, me, "bidErrors", model, redirect, response, "flash.bid-placed", () -> {
			var errors = Errors.none();
			BigDecimal price = Numbers.parse(errors, "unitPrice", form.unitPrice());
			BigDecimal days = Numbers.parse(errors, "deliveryDays", form.deliveryDays());
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			bids.place(me.id(), id, new PlaceBid(price, days, form.terms(), form.organisation()));
		});
	}

	@PostMapping("/requests/{id}/bids/{bidId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long bidId, @AuthenticationPrincipal MemberPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, me, "bidErrors", model, redirect, response, "flash.bid-withdrawn", () -> bids.withdraw(me.id(), id, bidId));
	}

	@PostMapping("/requests/{id}/award")
	String award(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestParam long bidId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, me, "awardErrors", model, redirect, response, "flash.request-awarded",
				() -> requests.award(me.id(), id, bidId));
	}

	@PostMapping("/requests/{id}/complete")
	String complete(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, me, "afterErrors", model, redirect, response, "flash.request-completed",
				() -> afterAward.complete(me.id(), id));
	}

	@PostMapping("/requests/{id}/rate")
	String rate(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String stars,
			@RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("ratingBody", body);
		return act(id, me, "afterErrors", model, redirect, response, "flash.request-rated", () -> {
			var errors = Errors.none();
			Integer s = Numbers.whole(errors, "stars", Numbers.parse(errors, "stars", stars), 1, 5);
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			afterAward.rate(me.id(), id, s, body);
		});
	}

	@PostMapping("/requests/{id}/messages")
	String write(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String body,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("messageBody", body);
		return act(id, me, "messageErrors", model, redirect, response, "flash.request-message-sent",
				() -> afterAward.write(me.id(), id, body));
	}

	private String act(long id, MemberPrincipal me, String errorsName, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String flash, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/requests/" + id;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute(errorsName, invalid.errors().all());
			response.setStatus(400);
		}
		catch (DomainException refused) {
			if (refused.kind() == DomainException.Kind.NOT_FOUND) {
				throw refused;
			}
			model.addAttribute(errorsName, Errors.of(null, refused.code(), refused.args().toArray()).all());
			response.setStatus(refused.kind().status);
		}
		return page.show(id, me, model);
	}
}
