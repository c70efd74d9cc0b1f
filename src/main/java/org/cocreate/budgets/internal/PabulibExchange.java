package org.cocreate.budgets.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.budgets.allocation.UnsupportedElectionException;
import org.cocreate.budgets.pabulib.PabulibFormatException;
import org.cocreate.budgets.pabulib.PabulibLimitException;
import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbProject;
import org.cocreate.budgets.pabulib.PbReader;
import org.cocreate.budgets.pabulib.PbVote;
import org.cocreate.budgets.pabulib.PbWarning;
import org.cocreate.budgets.pabulib.PbWriter;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets in and out as pabulib {@code .pb} files. An import creates a budget in RESULTS with the
 * file's projects and ballots (its voters are not members: their ballots are stored with the
 * file's voter id only) and keeps the file's META and columns, so that its export reads back as
 * the same instance. Any budget exports as a file that {@code pb outcome} and pabulib's tools read.
 */
@Service
public class PabulibExchange {

	private final BudgetRepository budgets;

	private final ProjectRepository projects;

	private final BudgetPermissions permissions;

	private final BudgetResults results;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final BudgetContent content;

	private final Members members;

	private final PabulibImportSettings limits;

	PabulibExchange(BudgetRepository budgets, ProjectRepository projects, BudgetPermissions permissions,
			BudgetResults results, JdbcClient jdbc, JdbcTemplate template, BudgetContent content,
			Members members, PabulibImportSettings limits) {
		this.members = members;
		this.limits = limits;
		this.budgets = budgets;
		this.projects = projects;
		this.permissions = permissions;
		this.results = results;
		this.jdbc = jdbc;
		this.template = template;
		this.content = content;
	}

	/** What an import made: the new budget, and the quirks of the file that were read anyway. */
	public record Imported(long id, List<PbWarning> warnings) {
	}

	/** Imports a file held in memory; see {@link #importFile(long, String, InputStream, String, String)}. */
	@Transactional
	public Imported importFile(long actorId, String spaceSlug, byte[] file, @Nullable String name, @Nullable String rule) {
		return importFile(actorId, spaceSlug, new ByteArrayInputStream(file), name, rule);
	}

	/**
	 * Imports a {@code .pb} file into a space: a budget in RESULTS, its outcome computed by
	 * {@code rule} ({@code auto} or blank: the file's META {@code rule}). Only staff of a space
	 * hosted by an organisation, or a platform administrator, may import (docs/budgets.md says
	 * why). The file is read as a stream: its ballots are stored in batches and added to the
	 * election as they are read, none kept as objects. A malformed file, one over the limits of
	 * {@link PabulibImportSettings}, an unsupported vote type or rule is refused with a message
	 * naming the line, field or limit, and nothing is stored.
	 */
	@Transactional
	public Imported importFile(long actorId, String spaceSlug, InputStream file, @Nullable String name,
			@Nullable String rule) {
		SpaceSummary space = permissions.space(spaceSlug, actorId);
		BudgetPermissions.requireCapability(space);
		requireImporter(space, actorId);
		long maxBytes = limits.maxFileSize().toBytes();
		CappedInput in = new CappedInput(file, maxBytes);
		Import run = new Import(actorId, space, name, rule);
		List<PbWarning> warnings;
		try {
			warnings = new PbReader(PbReader.DEFAULT_MAX_LINE_LENGTH, limits.maxProjects(), limits.maxVoters()).stream(in,
					run);
		}
		catch (CappedInput.TooLarge ex) {
			throw new InvalidCommand(Errors.of("file", "error.budget.pb-too-large", limits.maxMegabytes()));
		}
		catch (PabulibLimitException ex) {
			throw new InvalidCommand(Errors.of("file", ex.what() == PabulibLimitException.What.PROJECTS
					? "error.budget.pb-too-many-projects" : "error.budget.pb-too-many-voters", ex.limit()));
		}
		catch (PabulibFormatException | IOException ex) {
			if (in.count() == 0) {
				throw new InvalidCommand(Errors.of("file", "error.budget.pb-empty"));
			}
			throw new InvalidCommand(Errors.of("file", "error.budget.pb-format", String.valueOf(ex.getMessage())));
		}
		return new Imported(run.finish(), warnings);
	}

	/** Who may import: staff of a space an organisation hosts, or a platform administrator. */
	private void requireImporter(SpaceSummary space, long actorId) {
		if (members.account(actorId).platformAdmin()) {
			return;
		}
		if (space.community()) {
			throw DomainException.forbidden("error.budget.import-hosted-only");
		}
		permissions.requireStaff(space, actorId);
	}

	/** The limits an import takes, for the import page. */
	public PabulibImportSettings limits() {
		return limits;
	}

	/**
	 * One import as the reader goes: the header makes the budget and its projects, each vote is
	 * queued for a batch insert and added to the election, and {@link #finish} stores the outcome.
	 */
	private final class Import implements PbReader.Handler {

		private static final int BATCH = 1000;

		private final long actorId;

		private final SpaceSummary space;

		private final @Nullable String name;

		private final @Nullable String rule;

		private final List<PbVote> batch = new ArrayList<>(BATCH);

		private final Map<String, Long> ids = new HashMap<>();

		private long id;

		private String title = "";

		private Election.@Nullable Builder election;

		private int voters;

		Import(long actorId, SpaceSummary space, @Nullable String name, @Nullable String rule) {
			this.actorId = actorId;
			this.space = space;
			this.name = name;
			this.rule = rule;
		}

		@Override
		public void header(PbInstance instance) {
			String ruleName = rule == null || rule.isBlank() || rule.strip().equalsIgnoreCase("auto") ? instance.rule()
					: rule.strip().toLowerCase(Locale.ROOT);
			if (ruleName == null || ruleName.isBlank()) {
				throw new InvalidCommand(Errors.of("rule", "error.budget.pb-no-rule"));
			}
			ruleName = ruleName.strip().toLowerCase(Locale.ROOT);
			if (!Rules.NAMES.contains(ruleName)) {
				throw new InvalidCommand(Errors.of("rule", "error.budget.pb-rule", ruleName, String.join(", ", Rules.NAMES)));
			}
			BallotKind kind = BallotKind.ofVoteType(instance.voteType(), instance.metaValue("max_sum_cost") != null)
				.orElseThrow(() -> new InvalidCommand(Errors.of("file", "error.budget.pb-vote-type", instance.voteType())));
			title = name == null || name.isBlank() ? title(instance) : name.strip();
			var errors = Errors.none();
			if (errors.checkLength("name", title, 2, 150) && instance.budget().compareTo(BudgetSettings.MAX_AMOUNT) > 0) {
				errors.reject("file", "error.budget.amount");
			}
			if (!errors.isEmpty()) {
				throw new InvalidCommand(errors);
			}
			try {
				election = Election.builderFor(instance);
			}
			catch (UnsupportedElectionException ex) {
				throw new InvalidCommand(Errors.of("rule", "error.budget.pb-unsupported", String.valueOf(ex.getMessage())));
			}
			String currency = meta(instance, "currency").toUpperCase(Locale.ROOT);
			Integer min = whole(instance, "min_length");
			Integer max = whole(instance, "max_length");
			Integer perProject = whole(instance, "max_points");
			Integer total = whole(instance, "max_sum_points");
			var settings = new BudgetSettings.Valid(title, meta(instance, "comment"), instance.budget(),
					currency.matches("[A-Z]{3}") ? currency : "XXX", ruleName, Utility.COST, decimal(instance,
							"min_project_score_threshold"), kind, kind == BallotKind.APPROVAL && min != null && min >= 0
							&& (max == null || min <= max) ? min : null,
					kind == BallotKind.APPROVAL && max != null && max >= 1 && (min == null || min <= max) ? max : null,
					kind == BallotKind.CUMULATIVE && perProject != null && perProject >= 1
							&& (total == null || perProject <= total) ? perProject : null,
					kind == BallotKind.CUMULATIVE && total != null && total >= 1 ? total : null, null, null, null);
			id = budgets.insert(space.id(), actorId, settings, BudgetPhase.RESULTS, true);
			jdbc.sql("""
					update budget set pb_meta_keys = ?, pb_meta_values = ?, pb_project_columns = ?, pb_vote_columns = ?
					where id = ?""")
				.params(instance.meta().keySet().toArray(String[]::new), instance.meta().values().toArray(String[]::new),
						instance.projectColumns().toArray(String[]::new), instance.voteColumns().toArray(String[]::new), id)
				.update();
			storeProjects(id, instance);
			jdbc.sql("select pb_id, id from budget_project where budget_id = ?")
				.param(id)
				.query((rs, i) -> ids.put(rs.getString(1), rs.getLong(2)))
				.list();
		}

		@Override
		public void vote(PbVote vote) {
			Election.Builder builder = election;
			if (builder == null) {
				throw new IllegalStateException("a vote before the header");
			}
			builder.ballot(vote);
			voters++;
			batch.add(vote);
			if (batch.size() == BATCH) {
				flush();
			}
		}

		private void flush() {
			storeBallots(id, batch, ids);
			batch.clear();
		}

		/** Stores the last ballots and the outcome; answers the budget's id. */
		long finish() {
			Election.Builder builder = election;
			if (builder == null) {
				throw new IllegalStateException("the reader ended without a header");
			}
			flush();
			Budget budget = budgets.get(id);
			int funded;
			try {
				funded = results.store(budget, projects.ofBudget(id), voters == 0 ? null : builder.build(), voters, true);
			}
			catch (UnsupportedElectionException ex) {
				throw new InvalidCommand(Errors.of("rule", "error.budget.pb-unsupported", String.valueOf(ex.getMessage())));
			}
			content.resultsPublished(id, title, funded, space, actorId);
			return id;
		}
	}

	/** The file's bytes, refused past a limit (by a {@link TooLarge}) before any more is read. */
	private static final class CappedInput extends FilterInputStream {

		static final class TooLarge extends IOException {

			private static final long serialVersionUID = 1L;

			TooLarge(long limit) {
				super("more than " + limit + " bytes");
			}
		}

		private final long limit;

		private long count;

		CappedInput(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, (int) Math.min(len, limit + 1 - count));
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) throws TooLarge {
			count += n;
			if (count > limit) {
				throw new TooLarge(limit);
			}
		}
	}

	/**
	 * The budget as a {@code .pb} file. Anyone who may see it exports it in RESULTS; staff also
	 * before (ballots are then the ones cast so far).
	 */
	@Transactional(readOnly = true)
	public String export(long budgetId, @Nullable Long viewerId) {
		Budget budget = budgets.get(budgetId);
		SpaceSummary space = permissions.space(budget, viewerId);
		if (budget.phase() != BudgetPhase.RESULTS && !permissions.staff(space, viewerId)) {
			throw DomainException.conflict("error.budget.export-before-results");
		}
		return new PbWriter().toString(instance(budget, space, projects.ofBudget(budgetId), true));
	}

	/**
	 * The budget as a pabulib instance: an imported one as it was read; one run here with its
	 * feasible projects (in the order proposed), a {@code votes} (and for points, {@code score})
	 * tally from the ballots, and the ballots under anonymous voter numbers.
	 * @param withOutcome add the {@code selected} column when the outcome is known
	 */
	PbInstance instance(Budget budget, SpaceSummary space, List<Project> all, boolean withOutcome) {
		Map<Long, String> keys = new HashMap<>();
		all.forEach(p -> keys.put(p.id(), p.pbKey()));
		List<Object[]> ballots = jdbc.sql("select voter_ref, project_ids, points, pb_values from budget_ballot where budget_id = ? order by id")
			.param(budget.id())
			.query((rs, i) -> new Object[] { rs.getString(1), BudgetRepository.longs(rs.getArray(2)),
					BudgetRepository.decimals(rs.getArray(3)), BudgetRepository.strings(rs.getArray(4)) })
			.list();
		if (budget.imported()) {
			return imported(budget, all, ballots, keys);
		}
		boolean points = budget.ballotType().withPoints();
		List<Project> onBallot = all.stream().filter(p -> p.review() == ProjectReview.FEASIBLE).toList();
		Map<Long, Integer> votes = new HashMap<>();
		Map<Long, BigDecimal> scores = new HashMap<>();
		List<PbVote> pbVotes = new ArrayList<>();
		int voter = 0;
		for (Object[] row : ballots) {
			@SuppressWarnings("unchecked")
			List<Long> ids = (List<Long>) row[1];
			@SuppressWarnings("unchecked")
			List<BigDecimal> given = (List<BigDecimal>) row[2];
			List<String> vote = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				Long p = ids.get(i);
				vote.add(keys.get(p));
				votes.merge(p, 1, Integer::sum);
				scores.merge(p, given == null ? BigDecimal.ONE : given.get(i), BigDecimal::add);
			}
			String voterId = String.valueOf(++voter);
			List<String> values = new ArrayList<>(List.of(voterId, String.join(",", vote)));
			if (points && given != null) {
				values.add(String.join(",", given.stream().map(BigDecimal::toPlainString).toList()));
			}
			pbVotes.add(new PbVote(voterId, vote, points ? given : null, values));
		}
		List<String> projectColumns = new ArrayList<>(List.of("project_id", "cost", "votes"));
		if (points) {
			projectColumns.add("score");
		}
		projectColumns.add("name");
		boolean outcome = withOutcome && budget.phase() == BudgetPhase.RESULTS;
		if (outcome) {
			projectColumns.add("selected");
		}
		List<PbProject> pbProjects = new ArrayList<>();
		for (Project p : onBallot) {
			List<String> values = new ArrayList<>(List.of(p.pbKey(), ExplanationText.plain(p.cost()),
					String.valueOf(votes.getOrDefault(p.id(), 0))));
			if (points) {
				values.add(ExplanationText.plain(scores.getOrDefault(p.id(), BigDecimal.ZERO)));
			}
			values.add(p.title());
			if (outcome) {
				values.add(Boolean.TRUE.equals(p.funded()) ? "1" : "0");
			}
			pbProjects.add(new PbProject(p.pbKey(), p.cost(), values));
		}
		List<String> voteColumns = new ArrayList<>(List.of("voter_id", "vote"));
		if (points) {
			voteColumns.add("points");
		}
		return new PbInstance(meta(budget, space, onBallot.size(), pbVotes.size()), projectColumns, pbProjects,
				voteColumns, pbVotes);
	}

	private static Map<String, String> meta(Budget budget, SpaceSummary space, int projectCount, int voteCount) {
		var meta = new LinkedHashMap<String, String>();
		meta.put("description", budget.name());
		meta.put("country", "");
		meta.put("unit", space.name());
		meta.put("instance", String.valueOf(budget.createdAt().atZone(ZoneOffset.UTC).getYear()));
		meta.put("num_projects", String.valueOf(projectCount));
		meta.put("num_votes", String.valueOf(voteCount));
		meta.put("budget", ExplanationText.plain(budget.amount()));
		meta.put("vote_type", budget.ballotType().voteType());
		meta.put("rule", budget.rule());
		meta.put("currency", budget.currency());
		switch (budget.ballotType()) {
			case APPROVAL -> {
				if (budget.minCount() != null) {
					meta.put("min_length", String.valueOf(budget.minCount()));
				}
				if (budget.maxCount() != null) {
					meta.put("max_length", String.valueOf(budget.maxCount()));
				}
			}
			case KNAPSACK -> meta.put("max_sum_cost", ExplanationText.plain(budget.amount()));
			case CUMULATIVE -> {
				if (budget.maxPointsPerProject() != null) {
					meta.put("max_points", String.valueOf(budget.maxPointsPerProject()));
				}
				if (budget.maxPointsTotal() != null) {
					meta.put("max_sum_points", String.valueOf(budget.maxPointsTotal()));
				}
			}
			default -> {
			}
		}
		if (budget.minScore() != null) {
			meta.put("min_project_score_threshold", ExplanationText.plain(budget.minScore()));
		}
		meta.put("comment", "Exported from Cocreate");
		return meta;
	}

	@SuppressWarnings("unchecked")
	private static PbInstance imported(Budget budget, List<Project> all, List<Object[]> ballots, Map<Long, String> keys) {
		var meta = new LinkedHashMap<String, String>();
		List<String> metaKeys = budget.pbMetaKeys() == null ? List.of() : budget.pbMetaKeys();
		List<String> metaValues = budget.pbMetaValues() == null ? List.of() : budget.pbMetaValues();
		for (int i = 0; i < metaKeys.size(); i++) {
			meta.put(metaKeys.get(i), metaValues.get(i));
		}
		List<PbProject> pbProjects = all.stream()
			.map(p -> new PbProject(p.pbKey(), p.cost(), p.pbValues() == null ? List.of() : p.pbValues()))
			.toList();
		List<PbVote> votes = new ArrayList<>();
		for (Object[] row : ballots) {
			List<Long> ids = (List<Long>) row[1];
			List<String> values = (List<String>) row[3];
			votes.add(new PbVote(String.valueOf(row[0]), ids.stream().map(keys::get).toList(), (List<BigDecimal>) row[2],
					values == null ? List.of() : values));
		}
		return new PbInstance(meta, budget.pbProjectColumns() == null ? List.of() : budget.pbProjectColumns(), pbProjects,
				budget.pbVoteColumns() == null ? List.of() : budget.pbVoteColumns(), votes);
	}

	private void storeProjects(long budgetId, PbInstance instance) {
		String sql = """
				insert into budget_project (budget_id, pb_id, title, cost, review, pb_values)
				values (?, ?, ?, ?, 'FEASIBLE', ?)""";
		template.batchUpdate(sql, instance.projects(), 1000, (ps, p) -> {
			String name = instance.projectValue(p, "name");
			String title = name == null || name.isBlank() ? p.id() : name.strip();
			ps.setLong(1, budgetId);
			ps.setString(2, p.id());
			ps.setString(3, title.length() > 1000 ? title.substring(0, 1000) : title);
			ps.setBigDecimal(4, p.cost());
			ps.setArray(5, array(ps.getConnection(), "text", p.values().toArray()));
		});
	}

	private void storeBallots(long budgetId, List<PbVote> votes, Map<String, Long> ids) {
		if (votes.isEmpty()) {
			return;
		}
		String sql = """
				insert into budget_ballot (budget_id, voter_ref, project_ids, points, pb_values)
				values (?, ?, ?, ?, ?)""";
		template.batchUpdate(sql, votes, votes.size(), (ps, v) -> {
			ps.setLong(1, budgetId);
			ps.setString(2, v.voterId());
			ps.setArray(3, array(ps.getConnection(), "bigint", v.projectIds().stream().map(ids::get).toArray()));
			ps.setArray(4, v.points() == null ? null : array(ps.getConnection(), "numeric", v.points().toArray()));
			ps.setArray(5, array(ps.getConnection(), "text", v.values().toArray()));
		});
	}

	private static Array array(Connection connection, String type, Object[] values) throws java.sql.SQLException {
		return connection.createArrayOf(type, values);
	}

	private static String title(PbInstance instance) {
		String description = meta(instance, "description");
		if (!description.isBlank()) {
			return description.length() > 150 ? description.substring(0, 150) : description;
		}
		String unit = ("pabulib " + meta(instance, "unit") + " " + meta(instance, "subunit") + " " + meta(instance, "instance"))
			.strip();
		return unit.length() > 150 ? unit.substring(0, 150) : unit;
	}

	private static String meta(PbInstance instance, String key) {
		String value = instance.metaValue(key);
		return value == null ? "" : value.strip();
	}

	private static @Nullable Integer whole(PbInstance instance, String key) {
		BigDecimal value = decimal(instance, key);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(PbInstance instance, String key) {
		String value = meta(instance, key);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
