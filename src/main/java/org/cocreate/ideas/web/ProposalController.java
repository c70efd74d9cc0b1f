package org.cocreate.ideas.web;

import org.cocreate.ideas.internal.EditProposals;
import org.cocreate.ideas.internal.EditProposals.ProposeEdit;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.InvalidCommand;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposing an edit to someone else's idea, and the author's accept or reject, from the idea page. */
@Controller
class ProposalController {

	private final EditProposals proposals;

	private final IdeaPage page;

	ProposalController(EditProposals proposals, IdeaPage page) {
		this.proposals = proposals;
		this.page = page;
	}

	@PostMapping("/ideas/{id}/proposals")
	String propose(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		try {
			proposals.propose(me.id(), id, new ProposeEdit(title, body, note));
			redirect.addFlashAttribute("flash", "flash.proposal-sent");
			return "redirect:/ideas/" + id;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("proposalForm", new ProposeEdit(title, body, note));
			model.addAttribute("proposalErrors", invalid.errors().all());
			return page.render(id, me, model);
		}
	}

	@PostMapping("/ideas/{id}/proposals/{proposal}/accept")
	String accept(@PathVariable long id, @PathVariable long proposal, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		proposals.accept(me.id(), proposal);
		redirect.addFlashAttribute("flash", "flash.proposal-accepted");
		return "redirect:/ideas/" + id;
	}

	@PostMapping("/ideas/{id}/proposals/{proposal}/reject")
	String reject(@PathVariable long id, @PathVariable long proposal, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		proposals.reject(me.id(), proposal);
		redirect.addFlashAttribute("flash", "flash.proposal-rejected");
		return "redirect:/ideas/" + id;
	}
}
