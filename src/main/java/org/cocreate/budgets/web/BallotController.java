package org.cocreate.budgets.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocreate.budgets.internal.BallotChoice;
import org.cocreate.budgets.internal.BallotKind;
import org.cocreate.budgets.internal.Ballots;
import org.cocreate.budgets.internal.BudgetReader;
import org.cocreate.budgets.internal.BudgetViews.BallotView;
import org.cocreate.budgets.internal.BudgetViews.BudgetView;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ballot page: tick projects (approval, knapsack — the running total is shown live by
 * {@code /js/budget-ballot.js}) or give points (cumulative). A refused ballot comes back with
 * what the member ticked and the reason.
 */
@Controller
class BallotController {

	static final String BALLOT = "budgets/ballot";

	private final Ballots ballots;

	private final BudgetReader reader;

	BallotController(Ballots ballots, BudgetReader reader) {
		this.ballots = ballots;
		this.reader = reader;
	}

	@GetMapping("/budgets/{id}/ballot")
	String ballot(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		var mine = ballots.of(me.id(), id);
		Set<Long> ticked = new LinkedHashSet<>(mine.map(BallotView::projects).orElse(List.of()));
		Map<Long, Integer> given = new LinkedHashMap<>();
		mine.ifPresent(b -> b.points().forEach((p, n) -> given.put(p, n.intValue())));
		model.addAttribute("mine", mine.orElse(null));
		return render(id, me, ticked, given, model);
	}

	@PostMapping("/budgets/{id}/ballot")
	String cast(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		BudgetView budget = reader.budget(id, me.id());
		Set<Long> ticked = new LinkedHashSet<>();
		Map<Long, Integer> given = new LinkedHashMap<>();
		var errors = Errors.none();
		for (String value : form.getOrDefault("project", List.of())) {
			try {
				ticked.add(Long.valueOf(value.strip()));
			}
			catch (NumberFormatException ex) {
				errors.reject("projects", "error.budget.number");
			}
		}
		form.forEach((name, values) -> {
			if (name.startsWith("points-") && !values.isEmpty() && !values.getFirst().isBlank()) {
				try {
					given.put(Long.valueOf(name.substring("points-".length())), Integer.valueOf(values.getFirst().strip()));
				}
				catch (NumberFormatException ex) {
					errors.reject("points", "error.budget.number");
				}
			}
		});
		try {
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			BallotChoice choice = budget.ballotType() == BallotKind.CUMULATIVE ? BallotChoice.points(given)
					: BallotChoice.ticks(List.copyOf(ticked));
			ballots.cast(me.id(), id, choice);
			redirect.addFlashAttribute("flash", "flash.ballot-saved");
			return "redirect:/budgets/" + id + "/ballot";
		}
		catch (InvalidCommand invalid) {
			response.setStatus(400);
			model.addAttribute("errors", invalid.errors().all());
			model.addAttribute("mine", ballots.of(me.id(), id).orElse(null));
			return render(id, me, ticked, given, model);
		}
	}

	private String render(long id, MemberPrincipal me, Set<Long> ticked, Map<Long, Integer> given, Model model) {
		BudgetView budget = reader.budget(id, me.id());
		var onBallot = reader.projects(id, me.id()).stream().filter(p -> p.onBallot()).toList();
		model.addAttribute("budget", budget);
		model.addAttribute("projects", onBallot);
		model.addAttribute("ticked", ticked);
		model.addAttribute("given", given);
		model.addAttribute("total", onBallot.stream()
			.filter(p -> ticked.contains(p.id()))
			.map(p -> p.cost())
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		model.addAttribute("limit", switch (budget.ballotType()) {
			case KNAPSACK -> budget.amount().stripTrailingZeros().toPlainString();
			case CUMULATIVE -> String.valueOf(budget.maxPointsTotal());
			default -> budget.maxCount() == null ? "" : String.valueOf(budget.maxCount());
		});
		model.addAttribute("pointsTotal", given.values().stream().mapToInt(Integer::intValue).sum());
		return BALLOT;
	}
}
