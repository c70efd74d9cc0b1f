package org.cocreate.moderation.web;

import java.util.Arrays;
import java.util.List;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.moderation.Appeals;
import org.cocreate.moderation.Appeals.Appeal;
import org.cocreate.moderation.Appeals.Decide;
import org.cocreate.moderation.ModerationActions;
import org.cocreate.moderation.ModerationActions.Act;
import org.cocreate.moderation.ModerationQueue;
import org.cocreate.moderation.Reports;
import org.cocreate.moderation.Reports.Report;
import org.cocreate.moderation.Sanctions;
import org.cocreate.moderation.VoteFraud;
import org.cocreate.moderation.VoteFraud.VoidVotes;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.web.Redirects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderation pages: reporting, the queues, a case with its actions, the audit log, appeals and vote fraud. */
@Controller
class ModerationController {

	static final String INDEX = "moderation/index";

	static final String QUEUE = "moderation/queue";

	static final String CASE = "moderation/case";

	static final String LOG = "moderation/log";

	static final String REPORT = "moderation/report";

	static final String MINE = "moderation/mine";

	static final String FRAUD = "moderation/fraud";

	static final String VOIDS = "moderation/voids";

	private final Reports reports;

	private final ModerationQueue queue;

	private final ModerationActions actions;

	private final Appeals appeals;

	private final Sanctions sanctions;

	private final VoteFraud fraud;

	ModerationController(Reports reports, ModerationQueue queue, ModerationActions actions, Appeals appeals,
			Sanctions sanctions, VoteFraud fraud) {
		this.reports = reports;
		this.queue = queue;
		this.actions = actions;
		this.appeals = appeals;
		this.sanctions = sanctions;
		this.fraud = fraud;
	}

	@GetMapping("/moderation")
	String index(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		List<String> spaces = queue.moderatedSpaces(me.id());
		model.addAttribute("platform", spaces == null);
		model.addAttribute("spaces", spaces == null ? List.of() : spaces);
		model.addAttribute("standing", sanctions.standing(me.id()));
		return INDEX;
	}

	@GetMapping("/moderation/queue")
	String queue(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) @Nullable String space,
			Model model) {
		model.addAttribute("queue", queue.queue(me.id(), space));
		return QUEUE;
	}

	@GetMapping("/moderation/cases/{id}")
	String kase(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("detail", queue.detail(me.id(), id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Act("", "", null));
		}
		return CASE;
	}

	@PostMapping("/moderation/cases/{id}/actions")
	String act(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable Integer days, Model model,
			RedirectAttributes redirect) {
		var command = new Act(action, reason, days);
		try {
			actions.onCase(me.id(), id, command);
			redirect.addFlashAttribute("flash", "moderation.flash.acted");
			return "redirect:/moderation/cases/" + id;
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("form", command);
			model.addAttribute("errors", invalid.errors().all());
			return kase(id, me, model);
		}
	}

	@GetMapping("/moderation/log")
	String log(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) @Nullable String space,
			@RequestParam(defaultValue = "0") long before, Model model) {
		var entries = queue.log(me.id(), space, before, 50);
		model.addAttribute("space", space);
		model.addAttribute("entries", entries);
		model.addAttribute("next", entries.size() == 50 ? entries.getLast().id() : null);
		return LOG;
	}

	@GetMapping("/moderation/report")
	String reportForm(@RequestParam String content, Model model) {
		model.addAttribute("content", content);
		model.addAttribute("reasons", reports.reasons());
		return REPORT;
	}

	@PostMapping("/moderation/reports")
	String report(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note,
			@RequestHeader(name = "Referer", required = false) @Nullable String referer, Model model,
			RedirectAttributes redirect) {
		try {
			var reported = reports.report(me.id(), new Report(content, reason, note));
			redirect.addFlashAttribute("flash", reported.hidden() ? "moderation.flash.reported-hidden" : "moderation.flash.reported");
			return referer != null && referer.contains("/moderation/report") ? "redirect:/" : Redirects.back(referer, "/");
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("content", content);
			model.addAttribute("reasons", reports.reasons());
			model.addAttribute("note", note);
			model.addAttribute("errors", invalid.errors().all());
			return REPORT;
		}
	}

	@GetMapping("/moderation/my")
	String mine(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("standing", sanctions.standing(me.id()));
		model.addAttribute("actions", queue.mine(me.id()));
		return MINE;
	}

	@PostMapping("/moderation/appeals")
	String appeal(@AuthenticationPrincipal MemberPrincipal me, @RequestParam long actionId,
			@RequestParam(defaultValue = "") String statement, Model model, RedirectAttributes redirect) {
		try {
			appeals.appeal(me.id(), new Appeal(actionId, statement));
			redirect.addFlashAttribute("flash", "moderation.flash.appealed");
			return "redirect:/moderation/my";
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("appealFor", actionId);
			model.addAttribute("statement", statement);
			model.addAttribute("errors", invalid.errors().all());
			return mine(me, model);
		}
	}

	@PostMapping("/moderation/appeals/{id}/decision")
	String decide(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable Boolean grant, @RequestParam(defaultValue = "") String reason,
			@RequestHeader(name = "Referer", required = false) @Nullable String referer, RedirectAttributes redirect) {
		try {
			appeals.decide(me.id(), id, new Decide(grant, reason));
			redirect.addFlashAttribute("flash", "moderation.flash.appeal-decided");
		}
		catch (InvalidCommand invalid) {
			redirect.addFlashAttribute("flash", "moderation.flash.reason-needed");
		}
		return Redirects.back(referer, "/moderation");
	}

	@GetMapping("/moderation/fraud")
	String fraud(@AuthenticationPrincipal MemberPrincipal me, @RequestParam String space, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("signals", fraud.signals(me.id(), space));
		return FRAUD;
	}

	@PostMapping("/moderation/votes/void")
	String voidVotes(@AuthenticationPrincipal MemberPrincipal me, @RequestParam String space,
			@RequestParam(defaultValue = "") String targets, @RequestParam(defaultValue = "") String members,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			fraud.voidVotes(me.id(), new VoidVotes(List.of(targets.split("\\s+")), ids(members), reason));
			redirect.addFlashAttribute("flash", "moderation.flash.voided");
		}
		catch (InvalidCommand invalid) {
			redirect.addFlashAttribute("flash",
					invalid.errors().has("reason") ? "moderation.flash.reason-needed" : "moderation.flash.void-refused");
		}
		return "redirect:/moderation/fraud?space=" + space;
	}

	/** The member ids of the fraud page's form ({@link VoteFraud.Signal#memberList()}); anything else is refused. */
	private static List<Long> ids(String text) {
		try {
			return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
		}
		catch (NumberFormatException ex) {
			throw new InvalidCommand(Errors.of("memberIds", "moderation.flash.void-refused"));
		}
	}

	@GetMapping("/moderation/voided-votes")
	String voids(Model model) {
		model.addAttribute("entries", queue.voids(100));
		return VOIDS;
	}
}
