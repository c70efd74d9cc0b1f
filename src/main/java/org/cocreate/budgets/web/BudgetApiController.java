package org.cocreate.budgets.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cocreate.budgets.internal.BallotChoice;
import org.cocreate.budgets.internal.Ballots;
import org.cocreate.budgets.internal.BudgetPhase;
import org.cocreate.budgets.internal.BudgetReader;
import org.cocreate.budgets.internal.BudgetSettings;
import org.cocreate.budgets.internal.BudgetViews.ProjectView;
import org.cocreate.budgets.internal.Budgets;
import org.cocreate.budgets.internal.PabulibExchange;
import org.cocreate.budgets.internal.Projects;
import org.cocreate.budgets.internal.Projects.PromoteIdea;
import org.cocreate.budgets.internal.Projects.ProposeProject;
import org.cocreate.budgets.internal.Projects.ReviewProject;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Budgets, projects, reviews, ballots, results and pabulib files over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Budgets")
class BudgetApiController {

	record BudgetBody(@Nullable String name, @Nullable String description, @Nullable BigDecimal amount,
			@Nullable String currency, @Nullable String rule, @Nullable String utility, @Nullable BigDecimal minScore,
			@Nullable String ballotType, @Nullable Integer minCount, @Nullable Integer maxCount,
			@Nullable Integer maxPointsPerProject, @Nullable Integer maxPointsTotal, @Nullable String proposalsEnd,
			@Nullable String reviewEnd, @Nullable String votingEnd) {

		BudgetSettings settings() {
			return new BudgetSettings(name, description, amount, currency, rule, utility, minScore, ballotType, minCount,
					maxCount, maxPointsPerProject, maxPointsTotal, proposalsEnd, reviewEnd, votingEnd);
		}
	}

	record PhaseBody(@Nullable String phase) {
	}

	record ProjectBody(@Nullable String title, @Nullable String description, @Nullable BigDecimal cost,
			@Nullable Long ideaId) {
	}

	record ReviewBody(@Nullable Boolean feasible, @Nullable String reason) {
	}

	record BallotBody(@Nullable List<Long> projects, @Nullable Map<Long, Integer> points) {
	}

	private final Budgets budgets;

	private final Projects projects;

	private final Ballots ballots;

	private final PabulibExchange exchange;

	private final BudgetReader reader;

	private final MessageSource messages;

	BudgetApiController(Budgets budgets, Projects projects, Ballots ballots, PabulibExchange exchange, BudgetReader reader,
			MessageSource messages) {
		this.budgets = budgets;
		this.projects = projects;
		this.ballots = ballots;
		this.exchange = exchange;
		this.reader = reader;
		this.messages = messages;
	}

	@PostMapping("/api/v1/spaces/{slug}/budgets")
	ResponseEntity<BudgetJson.Budget> create(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody BudgetBody body) {
		long id = budgets.create(me.id(), slug, body.settings());
		return ResponseEntity.created(URI.create("/api/v1/budgets/" + id)).body(BudgetJson.Budget.of(reader.budget(id, me.id())));
	}

	@GetMapping("/api/v1/spaces/{slug}/budgets")
	List<BudgetJson.Budget> ofSpace(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return reader.ofSpace(slug, id(me)).stream().map(BudgetJson.Budget::of).toList();
	}

	@GetMapping("/api/v1/budgets/{id}")
	BudgetJson.Budget one(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return BudgetJson.Budget.of(reader.budget(id, id(me)));
	}

	@PostMapping("/api/v1/budgets/{id}/phase")
	BudgetJson.Budget advance(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody(required = false) @Nullable PhaseBody body) {
		BudgetPhase target = null;
		if (body != null && body.phase() != null && !body.phase().isBlank()) {
			target = BudgetPhase.parse(body.phase())
				.orElseThrow(() -> new InvalidCommand(Errors.of("phase", "error.budget.phase-unknown", body.phase())));
		}
		budgets.advance(me.id(), id, target);
		return BudgetJson.Budget.of(reader.budget(id, me.id()));
	}

	@GetMapping("/api/v1/budgets/{id}/projects")
	List<BudgetJson.Project> projects(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return reader.projects(id, id(me)).stream().map(this::json).toList();
	}

	@PostMapping("/api/v1/budgets/{id}/projects")
	ResponseEntity<BudgetJson.Project> propose(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody ProjectBody body) {
		long project = body.ideaId() != null ? projects.promote(me.id(), id, new PromoteIdea(body.ideaId(), body.cost()))
				: projects.propose(me.id(), id, new ProposeProject(body.title(), body.description(), body.cost()));
		return ResponseEntity.created(URI.create("/api/v1/budget-projects/" + project))
			.body(json(reader.project(project, me.id())));
	}

	@GetMapping("/api/v1/budget-projects/{id}")
	BudgetJson.Project project(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return json(reader.project(id, id(me)));
	}

	@PatchMapping("/api/v1/budget-projects/{id}")
	BudgetJson.Project edit(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody ProjectBody body) {
		ProjectView current = reader.project(id, me.id());
		projects.edit(me.id(), id, new ProposeProject(body.title() == null ? current.title() : body.title(),
				body.description() == null ? current.description() : body.description(),
				body.cost() == null ? current.cost() : body.cost()));
		return json(reader.project(id, me.id()));
	}

	@DeleteMapping("/api/v1/budget-projects/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		projects.withdraw(me.id(), id);
	}

	@PostMapping("/api/v1/budget-projects/{id}/review")
	BudgetJson.Project review(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody ReviewBody body) {
		projects.review(me.id(), id, new ReviewProject(body.feasible(), body.reason()));
		return json(reader.project(id, me.id()));
	}

	@GetMapping("/api/v1/budgets/{id}/ballot")
	BudgetJson.Ballot ballot(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		return ballots.of(me.id(), id)
			.map(BudgetJson.Ballot::of)
			.orElseThrow(() -> DomainException.notFound("error.ballot.none"));
	}

	@PutMapping("/api/v1/budgets/{id}/ballot")
	BudgetJson.Ballot vote(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody BallotBody body) {
		return BudgetJson.Ballot.of(ballots.cast(me.id(), id, new BallotChoice(body.projects(), body.points())));
	}

	@GetMapping("/api/v1/budgets/{id}/results")
	BudgetJson.Results results(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return BudgetJson.Results.of(reader.results(id, id(me)), messages, LocaleContextHolder.getLocale());
	}

	@PostMapping(path = "/api/v1/spaces/{slug}/budgets/import", consumes = MediaType.ALL_VALUE)
	ResponseEntity<BudgetJson.Imported> importFile(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String rule,
			InputStream file) {
		// read as a stream: the import refuses a file over its size limit before reading the rest
		var imported = exchange.importFile(me.id(), slug, file, name, rule);
		long id = imported.id();
		return ResponseEntity.created(URI.create("/api/v1/budgets/" + id))
			.body(new BudgetJson.Imported(BudgetJson.Budget.of(reader.budget(id, me.id())),
					BudgetJson.Warning.of(imported.warnings(), messages, LocaleContextHolder.getLocale())));
	}

	@GetMapping("/api/v1/budgets/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return pbFile(id, exchange.export(id, id(me)));
	}

	static ResponseEntity<byte[]> pbFile(long id, String text) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("budget-" + id + ".pb").build().toString())
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	private BudgetJson.Project json(ProjectView p) {
		return BudgetJson.Project.of(p, messages, LocaleContextHolder.getLocale());
	}

	private static @Nullable Long id(@Nullable MemberPrincipal me) {
		return me == null ? null : me.id();
	}
}
