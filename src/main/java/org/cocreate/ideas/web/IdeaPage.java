package org.cocreate.ideas.web;

import java.util.List;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.ideas.IdeaViews.IdeaView;
import org.cocreate.ideas.internal.Comments;
import org.cocreate.ideas.internal.EditProposals;
import org.cocreate.ideas.internal.EditProposals.ProposalView;
import org.cocreate.ideas.internal.IdeaImages;
import org.cocreate.ideas.internal.TextDiff;
import org.cocreate.identity.MemberPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the idea page's model; forms that came back with messages have already put what was typed there. */
@Component
class IdeaPage {

	static final String VIEW = "ideas/idea";

	private final IdeaBoard board;

	/** A pending proposal with what it would change, for the author to decide on. */
	record PendingProposal(ProposalView proposal, List<TextDiff.Line> title, List<TextDiff.Line> body) {
	}

	private final Comments comments;

	private final EditProposals proposals;

	private final IdeaImages images;

	IdeaPage(IdeaBoard board, Comments comments, EditProposals proposals, IdeaImages images) {
		this.images = images;
		this.board = board;
		this.comments = comments;
		this.proposals = proposals;
	}

	String render(long id, @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		IdeaView idea = board.idea(id, viewer);
		model.addAttribute("idea", idea);
		model.addAttribute("images", idea.deleted() ? List.of() : images.of(id));
		model.addAttribute("maxImages", IdeaImages.MAX_PER_IDEA);
		model.addAttribute("timeline", board.timeline(id, viewer));
		model.addAttribute("comments", comments.of(idea, viewer));
		model.addAttribute("nextStatuses", idea.status().next());
		model.addAttribute("editWindow", Comments.EDIT_WINDOW.toMinutes());
		model.addAttribute("pendingProposals", proposals.of(id, viewer)
			.stream()
			.filter(p -> "PENDING".equals(p.status()))
			.map(p -> new PendingProposal(p, TextDiff.lines(idea.title(), p.title()), TextDiff.lines(idea.body(), p.body())))
			.toList());
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new IdeaController.AnswerForm(null, ""));
		}
		return VIEW;
	}
}
