package org.cocreate.ideas.web;

import org.cocreate.identity.MemberPrincipal;
import org.cocreate.ideas.Comments;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.ideas.IdeaViews.IdeaView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the idea page's model; forms that came back with messages have already put what was typed there. */
@Component
class IdeaPage {

	static final String VIEW = "ideas/idea";

	private final IdeaBoard board;

	private final Comments comments;

	IdeaPage(IdeaBoard board, Comments comments) {
		this.board = board;
		this.comments = comments;
	}

	String render(long id, @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		IdeaView idea = board.idea(id, viewer);
		model.addAttribute("idea", idea);
		model.addAttribute("timeline", board.timeline(id, viewer));
		model.addAttribute("comments", comments.of(id, viewer));
		model.addAttribute("nextStatuses", idea.status().next());
		model.addAttribute("editWindow", Comments.EDIT_WINDOW.toMinutes());
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new IdeaController.AnswerForm(null, ""));
		}
		return VIEW;
	}
}
