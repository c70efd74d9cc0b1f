package org.cocreate.budgets.web;

import java.math.BigDecimal;
import org.cocreate.budgets.internal.BudgetPhase;
import org.cocreate.budgets.internal.BudgetReader;
import org.cocreate.budgets.internal.BudgetViews.BudgetView;
import org.cocreate.budgets.internal.BudgetViews.ProjectView;
import org.cocreate.budgets.internal.Projects;
import org.cocreate.budgets.internal.Projects.PromoteIdea;
import org.cocreate.budgets.internal.Projects.ProposeProject;
import org.cocreate.budgets.internal.Projects.ReviewProject;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
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

/** The budget page: its phase, its projects, proposing, promoting ideas and reviewing. */
@Controller
class ProjectController {

	static final String PAGE = "budgets/budget";

	/** What was typed into the proposal form. */
	record ProposalForm(String title, String description, String cost) {
	}

	/** What was typed into the promote form. */
	record PromoteForm(String ideaId, String cost) {
	}

	private final Projects projects;

	private final BudgetReader reader;

	ProjectController(Projects projects, BudgetReader reader) {
		this.projects = projects;
		this.reader = reader;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/budgets/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		return render(id, me, model);
	}

	@PostMapping("/budgets/{id}/projects")
	String propose(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String cost, Model model, RedirectAttributes redirect) {
		try {
			var errors = Errors.none();
			BigDecimal parsed = BudgetController.decimal(errors, "cost", cost);
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			long project = projects.propose(me.id(), id, new ProposeProject(title, description, parsed));
			redirect.addFlashAttribute("flash", "flash.project-proposed");
			return "redirect:/budgets/" + id + "#project-" + project;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("proposal", new ProposalForm(title, description, cost));
			model.addAttribute("proposalErrors", invalid.errors().all());
			return render(id, me, model);
		}
	}

	@PostMapping("/budgets/{id}/promote")
	String promote(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String ideaId, @RequestParam(defaultValue = "") String cost, Model model,
			RedirectAttributes redirect) {
		try {
			var errors = Errors.none();
			BigDecimal parsedCost = BudgetController.decimal(errors, "cost", cost);
			Long idea = BudgetController.id(errors, "ideaId", ideaId);
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			long project = projects.promote(me.id(), id,
					new PromoteIdea(idea, parsedCost));
			redirect.addFlashAttribute("flash", "flash.idea-promoted");
			return "redirect:/budgets/" + id + "#project-" + project;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("promote", new PromoteForm(ideaId, cost));
			model.addAttribute("promoteErrors", invalid.errors().all());
			return render(id, me, model);
		}
	}

	@PostMapping("/budget-projects/{projectId}/review")
	String review(@PathVariable long projectId, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable Boolean feasible, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		ProjectView project = reader.project(projectId, me.id());
		try {
			projects.review(me.id(), projectId, new ReviewProject(feasible, reason));
			redirect.addFlashAttribute("flash", "flash.project-reviewed");
			return "redirect:/budgets/" + project.budgetId() + "#project-" + projectId;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("reviewed", projectId);
			model.addAttribute("reviewReason", reason);
			model.addAttribute("reviewErrors", invalid.errors().all());
			return render(project.budgetId(), me, model);
		}
	}

	@PostMapping("/budget-projects/{projectId}/delete")
	String withdraw(@PathVariable long projectId, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		ProjectView project = reader.project(projectId, me.id());
		projects.withdraw(me.id(), projectId);
		redirect.addFlashAttribute("flash", "flash.project-withdrawn");
		return "redirect:/budgets/" + project.budgetId();
	}

	private String render(long id, @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		BudgetView budget = reader.budget(id, viewer);
		model.addAttribute("budget", budget);
		model.addAttribute("projects", reader.projects(id, viewer));
		model.addAttribute("viewerId", viewer);
		model.addAttribute("phases", BudgetPhase.values());
		if (!model.containsAttribute("proposal")) {
			model.addAttribute("proposal", new ProposalForm("", "", ""));
		}
		if (!model.containsAttribute("promote")) {
			model.addAttribute("promote", new PromoteForm("", ""));
		}
		return PAGE;
	}
}
