package org.cocreate.moderation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.identity.MemberSummary;
import org.cocreate.moderation.Appeals;
import org.cocreate.moderation.Appeals.Appeal;
import org.cocreate.moderation.Appeals.Decide;
import org.cocreate.moderation.ModerationActions;
import org.cocreate.moderation.ModerationActions.Act;
import org.cocreate.moderation.ModerationQueue;
import org.cocreate.moderation.ModerationViews.AppealView;
import org.cocreate.moderation.ModerationViews.CaseDetail;
import org.cocreate.moderation.ModerationViews.CaseView;
import org.cocreate.moderation.ModerationViews.LogEntry;
import org.cocreate.moderation.ModerationViews.MyAction;
import org.cocreate.moderation.ModerationViews.ReportView;
import org.cocreate.moderation.Reports;
import org.cocreate.moderation.Reports.Report;
import org.cocreate.moderation.Reports.Reported;
import org.cocreate.moderation.Sanctions;
import org.cocreate.moderation.SpamExamples;
import org.cocreate.moderation.VoteFraud;
import org.cocreate.moderation.VoteFraud.Signal;
import org.cocreate.moderation.VoteFraud.VoidVotes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderation over JSON: reports, queues, cases and actions, the audit log, appeals, spam examples and vote fraud. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Moderation")
class ModerationApiController {

	record MemberJson(long id, String handle, String displayName) {

		static @Nullable MemberJson of(@Nullable MemberSummary m) {
			return m == null ? null : new MemberJson(m.id(), m.handle(), m.displayName());
		}
	}

	record CaseJson(long id, String content, @Nullable MemberJson author, @Nullable String space, String excerpt,
			String link, String status, String contentState, int reportCount, @Nullable Double spamScore,
			List<String> signals, String openedAt) {

		static CaseJson of(CaseView c) {
			return new CaseJson(c.id(), c.content().toString(), MemberJson.of(c.author()), c.spaceSlug(), c.excerpt(),
					c.link(), c.status(), c.contentState(), c.reportCount(), c.spamScore(), c.signals(),
					c.openedAt().toString());
		}
	}

	record ReportJson(long id, @Nullable MemberJson reporter, String reason, String note, String at) {

		static ReportJson of(ReportView r) {
			return new ReportJson(r.id(), MemberJson.of(r.reporter()), r.reason(), r.note(), r.at().toString());
		}
	}

	record LogJson(long id, String at, @Nullable MemberJson actor, String action, @Nullable Long caseId,
			@Nullable String content, @Nullable MemberJson member, @Nullable String space, String reason,
			@Nullable String until, String details) {

		static LogJson of(LogEntry e) {
			return new LogJson(e.id(), e.at().toString(), MemberJson.of(e.actor()), e.action().name(), e.caseId(),
					e.content() == null ? null : e.content().toString(), MemberJson.of(e.member()), e.spaceSlug(),
					e.reason(), e.until() == null ? null : e.until().toString(), e.details());
		}
	}

	record AppealJson(long id, LogJson action, @Nullable MemberJson appellant, String statement, String status, String at,
			@Nullable MemberJson decidedBy, @Nullable String decision) {

		static AppealJson of(AppealView a) {
			return new AppealJson(a.id(), LogJson.of(a.action()), MemberJson.of(a.appellant()), a.statement(), a.status(),
					a.at().toString(), MemberJson.of(a.decidedBy()), a.decision());
		}
	}

	record QueueJson(@Nullable String space, List<CaseJson> cases, List<AppealJson> appeals) {
	}

	record CaseDetailJson(CaseJson kase, List<ReportJson> reports, List<LogJson> history, List<AppealJson> appeals) {

		static CaseDetailJson of(CaseDetail d) {
			return new CaseDetailJson(CaseJson.of(d.kase()), d.reports().stream().map(ReportJson::of).toList(),
					d.history().stream().map(LogJson::of).toList(), d.appeals().stream().map(AppealJson::of).toList());
		}
	}

	record MyActionJson(LogJson action, boolean appealable, @Nullable String appealUntil, @Nullable AppealJson appeal) {

		static MyActionJson of(MyAction m) {
			return new MyActionJson(LogJson.of(m.action()), m.appealable(),
					m.appealUntil() == null ? null : m.appealUntil().toString(),
					m.appeal() == null ? null : AppealJson.of(m.appeal()));
		}
	}

	record StandingJson(@Nullable String sanction, @Nullable String until, @Nullable String reason,
			List<MyActionJson> actions) {
	}

	record SignalJson(String kind, List<String> targets, List<MemberJson> members, List<String> evidence) {

		static SignalJson of(Signal s) {
			return new SignalJson(s.kind().name(), s.targets().stream().map(Object::toString).toList(),
					s.members().stream().map(MemberJson::of).toList(), s.evidence());
		}
	}

	private final Reports reports;

	private final ModerationQueue queue;

	private final ModerationActions actions;

	private final Appeals appeals;

	private final Sanctions sanctions;

	private final VoteFraud fraud;

	private final SpamExamples examples;

	ModerationApiController(Reports reports, ModerationQueue queue, ModerationActions actions, Appeals appeals,
			Sanctions sanctions, VoteFraud fraud, SpamExamples examples) {
		this.reports = reports;
		this.queue = queue;
		this.actions = actions;
		this.appeals = appeals;
		this.sanctions = sanctions;
		this.fraud = fraud;
		this.examples = examples;
	}

	@PostMapping("/api/v1/moderation/reports")
	ResponseEntity<Reported> report(@AuthenticationPrincipal MemberPrincipal me, @RequestBody Report body) {
		Reported reported = reports.report(me.id(), body);
		return ResponseEntity.created(URI.create("/api/v1/moderation/cases/" + reported.caseId())).body(reported);
	}

	/** A space's queue ({@code space}), or the platform queue without it (platform admins). */
	@GetMapping("/api/v1/moderation/queue")
	QueueJson queue(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) @Nullable String space) {
		var q = queue.queue(me.id(), space);
		return new QueueJson(q.spaceSlug(), q.cases().stream().map(CaseJson::of).toList(),
				q.appeals().stream().map(AppealJson::of).toList());
	}

	@GetMapping("/api/v1/moderation/cases/{id}")
	CaseDetailJson kase(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
		return CaseDetailJson.of(queue.detail(me.id(), id));
	}

	@PostMapping("/api/v1/moderation/cases/{id}/actions")
	ResponseEntity<Map<String, Long>> act(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@RequestBody Act body) {
		long action = actions.onCase(me.id(), id, body);
		return ResponseEntity.created(URI.create("/api/v1/moderation/log/" + action)).body(Map.of("actionId", action));
	}

	@PostMapping("/api/v1/moderation/members/{handle}/actions")
	ResponseEntity<Map<String, Long>> actOnMember(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String handle,
			@RequestBody Act body) {
		long action = actions.onMember(me.id(), handle, body);
		return ResponseEntity.created(URI.create("/api/v1/moderation/log/" + action)).body(Map.of("actionId", action));
	}

	@GetMapping("/api/v1/moderation/log")
	List<LogJson> log(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) @Nullable String space,
			@RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "50") int size) {
		return queue.log(me.id(), space, before, size).stream().map(LogJson::of).toList();
	}

	/** The caller's standing and the actions against them or their content, with what they may appeal. */
	@GetMapping("/api/v1/moderation/me")
	StandingJson mine(@AuthenticationPrincipal MemberPrincipal me) {
		var standing = sanctions.standing(me.id());
		return new StandingJson(standing.sanction() == null ? null : standing.sanction().name(),
				standing.until() == null ? null : standing.until().toString(), standing.reason(),
				queue.mine(me.id()).stream().map(MyActionJson::of).toList());
	}

	@PostMapping("/api/v1/moderation/appeals")
	ResponseEntity<Map<String, Long>> appeal(@AuthenticationPrincipal MemberPrincipal me, @RequestBody Appeal body) {
		long id = appeals.appeal(me.id(), body);
		return ResponseEntity.created(URI.create("/api/v1/moderation/appeals/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/api/v1/moderation/appeals/{id}/decision")
	ResponseEntity<Map<String, Long>> decide(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@RequestBody Decide body) {
		long action = appeals.decide(me.id(), id, body);
		return ResponseEntity.ok(Map.of("actionId", action));
	}

	@GetMapping("/api/v1/moderation/fraud")
	List<SignalJson> fraud(@AuthenticationPrincipal MemberPrincipal me, @RequestParam String space) {
		return fraud.signals(me.id(), space).stream().map(SignalJson::of).toList();
	}

	@PostMapping("/api/v1/moderation/votes/void")
	ResponseEntity<Map<String, List<Long>>> voidVotes(@AuthenticationPrincipal MemberPrincipal me,
			@RequestBody VoidVotes body) {
		return ResponseEntity.ok(Map.of("actionIds", fraud.voidVotes(me.id(), body)));
	}

	/** Public: every vote voiding with its reason. */
	@GetMapping("/api/v1/moderation/voided-votes")
	List<LogJson> voids() {
		return queue.voids(100).stream().map(LogJson::of).toList();
	}

	/** Platform admins: moderators' decisions on held content as CSV ({@code CONTENT,label}), to retrain the classifier. */
	@GetMapping("/api/v1/moderation/spam-examples")
	ResponseEntity<String> spamExamples(@AuthenticationPrincipal MemberPrincipal me) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"cocreate-spam-examples.csv\"")
			.body(examples.csv(me.id()));
	}
}
