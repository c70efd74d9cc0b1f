package org.cocreate.budgets.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.budgets.internal.BallotKind;
import org.cocreate.budgets.internal.BudgetPhase;
import org.cocreate.budgets.internal.BudgetReader;
import org.cocreate.budgets.internal.BudgetSettings;
import org.cocreate.budgets.internal.Budgets;
import org.cocreate.budgets.internal.PabulibExchange;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The budgets of a space, opening and importing a budget, moving its phase, results and export. */
@Controller
class BudgetController {

	static final String LIST = "budgets/list";

	static final String FORM = "budgets/form";

	static final String IMPORT = "budgets/import";

	static final String RESULTS = "budgets/results";

	static final String NO_RESULTS_YET = "budgets/no-results";

	/** What was typed into the new-budget form, kept when it comes back with messages. */
	record BudgetForm(String name, String description, String amount, String currency, String rule, String utility,
			String minScore, String ballotType, String minCount, String maxCount, String maxPointsPerProject,
			String maxPointsTotal, String proposalsEnd, String reviewEnd, String votingEnd) {

		static BudgetForm empty() {
			return new BudgetForm("", "", "", "EUR", BudgetSettings.DEFAULT_RULE, "COST", "", "APPROVAL", "1", "", "", "10",
					"", "", "");
		}

		BudgetSettings settings() {
			var errors = Errors.none();
			BigDecimal parsedAmount = decimal(errors, "amount", amount);
			BigDecimal parsedMinScore = decimal(errors, "minScore", minScore);
			Integer min = whole(errors, "minCount", minCount);
			Integer max = whole(errors, "maxCount", maxCount);
			Integer perProject = whole(errors, "maxPointsPerProject", maxPointsPerProject);
			Integer total = whole(errors, "maxPointsTotal", maxPointsTotal);
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			return new BudgetSettings(name, description, parsedAmount, currency, rule, utility, parsedMinScore, ballotType,
					min, max, perProject, total, proposalsEnd, reviewEnd, votingEnd);
		}
	}

	private final Budgets budgets;

	private final BudgetReader reader;

	private final PabulibExchange exchange;

	private final Spaces spaces;

	private final MessageSource messages;

	BudgetController(Budgets budgets, BudgetReader reader, PabulibExchange exchange, Spaces spaces,
			MessageSource messages) {
		this.messages = messages;
		this.budgets = budgets;
		this.reader = reader;
		this.exchange = exchange;
		this.spaces = spaces;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/s/{slug}/budgets")
	String list(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		model.addAttribute("space", spaces.bySlug(slug, viewer));
		model.addAttribute("budgets", reader.ofSpace(slug, viewer));
		model.addAttribute("mayRun", reader.mayRun(slug, viewer));
		return LIST;
	}

	@GetMapping("/s/{slug}/budgets/new")
	String form(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		return form(slug, me, BudgetForm.empty(), null, model);
	}

	@PostMapping("/s/{slug}/budgets")
	String create(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, BudgetForm form, Model model,
			RedirectAttributes redirect) {
		try {
			long id = budgets.create(me.id(), slug, form.settings());
			redirect.addFlashAttribute("flash", "flash.budget-opened");
			return "redirect:/budgets/" + id;
		}
		catch (InvalidCommand invalid) {
			return form(slug, me, form, invalid.errors(), model);
		}
	}

	private String form(String slug, MemberPrincipal me, BudgetForm form, @Nullable Errors errors, Model model) {
		model.addAttribute("space", spaces.bySlug(slug, me.id()));
		model.addAttribute("form", form);
		model.addAttribute("rules", Rules.NAMES);
		model.addAttribute("kinds", Arrays.stream(BallotKind.values()).filter(BallotKind::votable).toList());
		model.addAttribute("errors", errors == null ? null : errors.all());
		return FORM;
	}

	@GetMapping("/s/{slug}/budgets/import")
	String importForm(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		return importForm(slug, me, "", "auto", null, model);
	}

	@PostMapping("/s/{slug}/budgets/import")
	String importFile(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "auto") String rule, Model model, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
			var imported = exchange.importFile(me.id(), slug, in, name, rule);
			redirect.addFlashAttribute("flash", "flash.budget-imported");
			if (!imported.warnings().isEmpty()) {
				// plain strings: the flash map lives in the session, which is stored serialized
				redirect.addFlashAttribute("importWarnings", new ArrayList<>(
						ImportWarnings.messages(imported.warnings(), messages, LocaleContextHolder.getLocale())));
			}
			return "redirect:/budgets/" + imported.id() + "/results";
		}
		catch (InvalidCommand invalid) {
			return importForm(slug, me, name, rule, invalid.errors(), model);
		}
	}

	private String importForm(String slug, MemberPrincipal me, String name, String rule, @Nullable Errors errors,
			Model model) {
		model.addAttribute("space", spaces.bySlug(slug, me.id()));
		model.addAttribute("name", name);
		model.addAttribute("rule", rule);
		model.addAttribute("limits", exchange.limits());
		model.addAttribute("rules", Rules.NAMES);
		model.addAttribute("errors", errors == null ? null : errors.all());
		return IMPORT;
	}

	@PostMapping("/budgets/{id}/phase")
	String advance(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable BudgetPhase phase, RedirectAttributes redirect) {
		BudgetPhase now = budgets.advance(me.id(), id, phase);
		redirect.addFlashAttribute("flash", "flash.budget-phase." + now.name().toLowerCase(Locale.ROOT));
		return now == BudgetPhase.RESULTS ? "redirect:/budgets/" + id + "/results" : "redirect:/budgets/" + id;
	}

	@GetMapping("/budgets/{id}/results")
	String results(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		Long viewer = me == null ? null : me.id();
		var budget = reader.budget(id, viewer);
		if (budget.phase() != BudgetPhase.RESULTS) {
			// Not a refusal: a reader following a link or a bookmark early is told when the results come.
			model.addAttribute("budget", budget);
			model.addAttribute("phases", BudgetPhase.values());
			return NO_RESULTS_YET;
		}
		model.addAttribute("results", reader.results(id, viewer));
		return RESULTS;
	}

	@GetMapping("/budgets/{id}/export.pb")
	ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return BudgetApiController.pbFile(id, exchange.export(id, me == null ? null : me.id()));
	}

	/** A typed number, null when left empty; one that does not parse adds the field's message and is null. */
	static @Nullable BigDecimal decimal(Errors errors, String field, @Nullable String text) {
		return parse(errors, field, text, BigDecimal::new);
	}

	static @Nullable Integer whole(Errors errors, String field, @Nullable String text) {
		return parse(errors, field, text, Integer::valueOf);
	}

	/** A typed id: a whole number ("12.5" is refused, not cut to 12). */
	static @Nullable Long id(Errors errors, String field, @Nullable String text) {
		return parse(errors, field, text, Long::valueOf);
	}

	private static <T> @Nullable T parse(Errors errors, String field, @Nullable String text,
			Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.reject(field, "error.budget.number");
			return null;
		}
	}
}
