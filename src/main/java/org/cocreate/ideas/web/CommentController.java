package org.cocreate.ideas.web;

import org.cocreate.ideas.internal.Comments;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Comment forms on the idea page: add, reply, edit within the window, delete, up-vote. */
@Controller
class CommentController {

	private final Comments comments;

	private final IdeaPage ideas;

	CommentController(Comments comments, IdeaPage ideas) {
		this.comments = comments;
		this.ideas = ideas;
	}

	@PostMapping("/ideas/{id}/comments")
	String add(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable Long parentId, @RequestParam(defaultValue = "") String body,
			Model model, RedirectAttributes redirect) {
		try {
			var created = comments.submit(me.id(), id, parentId, body);
			redirect.addFlashAttribute("flash", created.held() ? "moderation.flash.comment-held" : "flash.comment-added");
			return "redirect:/ideas/" + id + "#comment-" + created.id();
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("commentBody", body);
			model.addAttribute("commentParent", parentId);
			model.addAttribute("commentErrors", invalid.errors().all());
			return ideas.render(id, me, model);
		}
	}

	@PostMapping("/ideas/{id}/comments/{comment}/edit")
	String edit(@PathVariable long id, @PathVariable long comment, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect) {
		try {
			comments.edit(me.id(), comment, body);
			redirect.addFlashAttribute("flash", "flash.comment-saved");
			return "redirect:/ideas/" + id + "#comment-" + comment;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("editedComment", comment);
			model.addAttribute("editedBody", body);
			model.addAttribute("commentErrors", invalid.errors().all());
			return ideas.render(id, me, model);
		}
	}

	@PostMapping("/ideas/{id}/comments/{comment}/delete")
	String delete(@PathVariable long id, @PathVariable long comment, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		comments.delete(me.id(), comment);
		redirect.addFlashAttribute("flash", "flash.comment-deleted");
		return "redirect:/ideas/" + id + "#comment-" + comment;
	}

	@PostMapping("/ideas/{id}/comments/{comment}/upvote")
	String upvote(@PathVariable long id, @PathVariable long comment, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "true") boolean on) {
		if (on) {
			comments.upvote(me.id(), comment);
		}
		else {
			comments.withdrawUpvote(me.id(), comment);
		}
		return "redirect:/ideas/" + id + "#comment-" + comment;
	}
}
