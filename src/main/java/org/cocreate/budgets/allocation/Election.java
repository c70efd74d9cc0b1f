package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbProject;
import org.cocreate.budgets.pabulib.PbVote;
import org.jspecify.annotations.Nullable;

/**
 * What the allocation rules work on: projects with exact costs, a budget, and the ballots.
 * Voters who cast identical ballots are kept once with a weight (their number), which changes
 * no rule and makes large elections cheap to compute.
 *
 * <p>The greedy rules rank by the tally recorded with the election when there is one (a
 * pabulib file's PROJECTS {@code score} column, else its {@code votes} column: the official
 * count, which pabulib's own checker ranks by, and which may include ballots the VOTES section
 * lacks). Otherwise, and always for Equal Shares, scores come from the ballots: an approval
 * counts 1; cumulative and scoring ballots count their
 * points (scoring ballots add {@code default_score} for every voter who did not list the
 * project); ordinal ballots count Borda points, {@code L} for a first place, {@code L-1} for a
 * second and so on, where {@code L} is the META {@code max_length} (the number of places on
 * the ballot, as in Kraków's 3-2-1 points) or, without it, the length of the ballot itself.
 */
public final class Election {

	private final BallotType type;

	private final BigDecimal budget;

	private final List<String> projectIds;

	private final BigDecimal[] costs;

	private final int voterCount;

	/** Distinct ballots: project indices in ballot order. */
	private final int[][] ballots;

	/** Points per entry of {@link #ballots} for cumulative and scoring ballots, else null. */
	private final BigDecimal @Nullable [][] points;

	/** Places on an ordinal ballot (META max_length), 0 if unknown. */
	private final int places;

	/** How many voters cast each distinct ballot. */
	private final int[] weights;

	/** Scores computed from the ballots. */
	private final BigDecimal[] ballotScores;

	/** The tallies the greedy rules rank by: recorded ones if given, else {@link #ballotScores}. */
	private final BigDecimal[] scores;

	/** Where {@link #scores} come from, e.g. "the PROJECTS score column". */
	private final String scoreSource;

	/** How many recorded tallies differ from the ballots. */
	private final int scoreDisagreements;

	private final int[] supporters;

	private final @Nullable BigDecimal threshold;

	private final BigDecimal defaultScore;

	private Election(Builder b) {
		this.type = b.type;
		this.budget = b.budget;
		this.projectIds = List.copyOf(b.ids);
		this.costs = b.costs.toArray(BigDecimal[]::new);
		int groups = b.groups.size();
		this.ballots = new int[groups][];
		this.points = new BigDecimal[groups][];
		this.weights = new int[groups];
		this.places = b.maxLength;
		int g = 0;
		int voters = 0;
		for (Map.Entry<BallotKey, int[]> entry : b.groups.entrySet()) {
			this.ballots[g] = entry.getKey().projects;
			this.points[g] = entry.getKey().points;
			this.weights[g] = entry.getValue()[0];
			voters += this.weights[g];
			g++;
		}
		this.voterCount = voters;
		this.threshold = b.threshold;
		this.defaultScore = b.defaultScore;
		int n = this.projectIds.size();
		this.ballotScores = new BigDecimal[n];
		Arrays.fill(this.ballotScores, BigDecimal.ZERO);
		this.supporters = new int[n];
		long[] counted = new long[n]; // approvals and Borda points are whole numbers
		for (int i = 0; i < groups; i++) {
			int[] ballot = this.ballots[i];
			BigDecimal[] pts = this.points[i];
			long w = this.weights[i];
			for (int j = 0; j < ballot.length; j++) {
				int p = ballot[j];
				this.supporters[p] += this.weights[i];
				if (pts != null) {
					this.ballotScores[p] = this.ballotScores[p].add(pts[j].multiply(BigDecimal.valueOf(w)));
				}
				else {
					counted[p] += w * (this.type == BallotType.ORDINAL ? bordaPoints(ballot.length, j) : 1);
				}
			}
		}
		for (int p = 0; p < n; p++) {
			if (counted[p] != 0) {
				this.ballotScores[p] = this.ballotScores[p].add(BigDecimal.valueOf(counted[p]));
			}
		}
		if (this.type == BallotType.SCORING && b.defaultScore.signum() != 0) {
			for (int p = 0; p < n; p++) {
				BigDecimal unlisted = BigDecimal.valueOf((long) voters - this.supporters[p]);
				this.ballotScores[p] = this.ballotScores[p].add(b.defaultScore.multiply(unlisted));
			}
		}
		if (b.recordedTallies != null) {
			this.scores = b.recordedTallies.toArray(BigDecimal[]::new);
			this.scoreSource = b.recordedSource;
			int differ = 0;
			for (int p = 0; p < n; p++) {
				if (this.scores[p].compareTo(this.ballotScores[p]) != 0) {
					differ++;
				}
			}
			this.scoreDisagreements = differ;
		}
		else {
			this.scores = this.ballotScores;
			this.scoreSource = "the ballots";
			this.scoreDisagreements = 0;
		}
	}

	/**
	 * The election in a pabulib instance.
	 * @throws UnsupportedElectionException for a vote type or scoring function the rules do not
	 * know
	 */
	public static Election from(PbInstance instance) throws UnsupportedElectionException {
		Builder builder = builderFor(instance);
		for (PbVote vote : instance.votes()) {
			builder.ballot(vote);
		}
		return builder.build();
	}

	/**
	 * A builder with the instance's budget, projects, META settings and recorded tallies, and
	 * none of its votes: for adding the votes of a file as they are read ({@link Builder#ballot(PbVote)}).
	 * @throws UnsupportedElectionException for a vote type or scoring function the rules do not
	 * know
	 */
	public static Builder builderFor(PbInstance instance) throws UnsupportedElectionException {
		String voteType = instance.voteType();
		BallotType type = BallotType.fromPabulib(voteType)
			.orElseThrow(() -> new UnsupportedElectionException("vote_type \"" + voteType
					+ "\" is not supported (supported: approval, choose-1, ordinal, cumulative, scoring)"));
		String scoringFn = instance.metaValue("scoring_fn");
		if (type == BallotType.ORDINAL && scoringFn != null && !scoringFn.isEmpty() && !scoringFn.equals("Borda")) {
			throw new UnsupportedElectionException("scoring_fn \"" + scoringFn + "\" is not supported (only Borda)");
		}
		Builder builder = builder(type, instance.budget());
		String maxLength = instance.metaValue("max_length");
		if (maxLength != null && !maxLength.isEmpty()) {
			BigDecimal places = new BigDecimal(maxLength);
			builder.maxLength(places.compareTo(BigDecimal.valueOf(1_000_000)) > 0 ? 1_000_000 : places.intValue());
		}
		String threshold = instance.metaValue("min_project_score_threshold");
		if (threshold != null && !threshold.isEmpty()) {
			builder.threshold(new BigDecimal(threshold));
		}
		String defaultScore = instance.metaValue("default_score");
		if (defaultScore != null && !defaultScore.isEmpty()) {
			builder.defaultScore(new BigDecimal(defaultScore));
		}
		for (PbProject project : instance.projects()) {
			builder.project(project.id(), project.cost());
		}
		// the official tally, as pabulib records it and its checker ranks by: score, else votes
		for (String column : List.of("score", "votes")) {
			List<BigDecimal> tallies = recorded(instance, column);
			if (tallies != null) {
				builder.recordedTallies(tallies, "the PROJECTS " + column + " column");
				break;
			}
		}
		return builder;
	}

	/** The column's values if every project has one, else {@code null}. */
	private static @Nullable List<BigDecimal> recorded(PbInstance instance, String column) {
		if (!instance.hasProjectColumn(column)) {
			return null;
		}
		List<BigDecimal> values = new ArrayList<>();
		for (PbProject project : instance.projects()) {
			String value = instance.projectValue(project, column);
			if (value == null || value.isEmpty()) {
				return null;
			}
			values.add(new BigDecimal(value));
		}
		return values;
	}

	public static Builder builder(BallotType type, BigDecimal budget) {
		return new Builder(type, budget);
	}

	public BallotType type() {
		return this.type;
	}

	public BigDecimal budget() {
		return this.budget;
	}

	public int projectCount() {
		return this.projectIds.size();
	}

	/** Project ids in the order they were declared (the PROJECTS order of a pabulib file). */
	public List<String> projectIds() {
		return this.projectIds;
	}

	public String projectId(int project) {
		return this.projectIds.get(project);
	}

	public BigDecimal cost(int project) {
		return this.costs[project];
	}

	/** Number of voters, including those whose ballot is empty. */
	public int voterCount() {
		return this.voterCount;
	}

	/**
	 * The tally the greedy rules rank a project by: the one recorded with the election (a
	 * pabulib file's PROJECTS {@code score}, else {@code votes}) when every project has one,
	 * otherwise {@link #ballotScore}.
	 */
	public BigDecimal score(int project) {
		return this.scores[project];
	}

	/** The score computed from the ballots (see the class comment). */
	public BigDecimal ballotScore(int project) {
		return this.ballotScores[project];
	}

	/** Where {@link #score} comes from, for explanations: "the ballots" or a column. */
	public String scoreSource() {
		return this.scoreSource;
	}

	/** How many projects have a recorded tally that the ballots do not add up to. */
	public int scoreDisagreements() {
		return this.scoreDisagreements;
	}

	/** How many voters listed the project on their ballot. */
	public int supporters(int project) {
		return this.supporters[project];
	}

	/** The META {@code min_project_score_threshold}, if the election has one. */
	public @Nullable BigDecimal threshold() {
		return this.threshold;
	}

	/** Whether unlisted projects score something on scoring ballots. */
	boolean hasDefaultScore() {
		return this.type == BallotType.SCORING && this.defaultScore.signum() != 0;
	}

	/** Borda points of place {@code j} (0 first) on a ballot ranking {@code length} projects. */
	private long bordaPoints(int length, int j) {
		return (long) Math.max(this.places, length) - j;
	}

	int ballotGroups() {
		return this.ballots.length;
	}

	int[] ballot(int group) {
		return this.ballots[group];
	}

	/** Points of a cumulative or scoring ballot; {@code null} for approval and ordinal ones. */
	BigDecimal @Nullable [] points(int group) {
		return this.points[group];
	}

	int weight(int group) {
		return this.weights[group];
	}

	/** Collects an election project by project and ballot by ballot. */
	public static final class Builder {

		private final BallotType type;

		private final BigDecimal budget;

		private final List<String> ids = new ArrayList<>();

		private final List<BigDecimal> costs = new ArrayList<>();

		private final Map<String, Integer> index = new HashMap<>();

		private final Map<BallotKey, int[]> groups = new LinkedHashMap<>(1 << 12);

		private @Nullable BigDecimal threshold;

		private BigDecimal defaultScore = BigDecimal.ZERO;

		private int maxLength;

		private @Nullable List<BigDecimal> recordedTallies;

		private String recordedSource = "";

		private Builder(BallotType type, BigDecimal budget) {
			this.type = Objects.requireNonNull(type);
			if (budget.signum() < 0) {
				throw new IllegalArgumentException("negative budget " + budget);
			}
			this.budget = budget;
		}

		public Builder project(String id, BigDecimal cost) {
			if (cost.signum() < 0) {
				throw new IllegalArgumentException("negative cost " + cost + " of project " + id);
			}
			if (this.index.putIfAbsent(id, this.ids.size()) != null) {
				throw new IllegalArgumentException("duplicate project " + id);
			}
			this.ids.add(id);
			this.costs.add(cost);
			return this;
		}

		public Builder project(String id, long cost) {
			return project(id, BigDecimal.valueOf(cost));
		}

		/** Projects below this score are not eligible for the greedy rules. */
		public Builder threshold(@Nullable BigDecimal threshold) {
			this.threshold = threshold;
			return this;
		}

		/**
		 * Official tallies, one per project in declaration order, for the greedy rules to rank
		 * by instead of the ballots (the ballots of a file may be a subset of those counted).
		 */
		public Builder recordedTallies(List<BigDecimal> tallies, String source) {
			this.recordedTallies = List.copyOf(tallies);
			this.recordedSource = source;
			return this;
		}

		/** Number of places on an ordinal ballot, for Borda points. */
		public Builder maxLength(int maxLength) {
			this.maxLength = maxLength;
			return this;
		}

		/** Score of an unlisted project on a scoring ballot. */
		public Builder defaultScore(BigDecimal defaultScore) {
			this.defaultScore = defaultScore;
			return this;
		}

		/**
		 * An approval or ordinal ballot (most preferred first). On a cumulative or scoring
		 * election, the projects get 1 point each.
		 */
		public Builder ballot(List<String> projects) {
			int[] ps = indices(projects);
			if (this.type == BallotType.CUMULATIVE || this.type == BallotType.SCORING) {
				BigDecimal[] ones = new BigDecimal[ps.length];
				Arrays.fill(ones, BigDecimal.ONE);
				return add(new BallotKey(ps, ones));
			}
			if (this.type.isApproval()) {
				Arrays.sort(ps); // a set: the order on the ballot means nothing
			}
			return add(new BallotKey(ps, null));
		}

		/** A pabulib vote: its projects, with its points if it has them. */
		public Builder ballot(PbVote vote) {
			List<BigDecimal> points = vote.points();
			return points == null ? ballot(vote.projectIds()) : ballot(vote.projectIds(), points);
		}

		public Builder ballot(String... projects) {
			return ballot(List.of(projects));
		}

		/** A cumulative or scoring ballot: points per listed project. */
		public Builder ballot(List<String> projects, List<BigDecimal> points) {
			if (this.type != BallotType.CUMULATIVE && this.type != BallotType.SCORING) {
				return ballot(projects);
			}
			if (projects.size() != points.size()) {
				throw new IllegalArgumentException(points.size() + " points for " + projects.size() + " projects");
			}
			int[] ps = indices(projects);
			Integer[] order = new Integer[ps.length];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (x, y) -> Integer.compare(ps[x], ps[y]));
			int[] sorted = new int[ps.length];
			BigDecimal[] pts = new BigDecimal[ps.length];
			for (int i = 0; i < order.length; i++) {
				sorted[i] = ps[order[i]];
				pts[i] = points.get(order[i]);
			}
			return add(new BallotKey(sorted, pts));
		}

		private int[] indices(List<String> projects) {
			int[] ps = new int[projects.size()];
			for (int i = 0; i < ps.length; i++) {
				Integer p = this.index.get(projects.get(i));
				if (p == null) {
					throw new IllegalArgumentException("ballot names unknown project " + projects.get(i));
				}
				ps[i] = p;
			}
			for (int i = 0; i < ps.length; i++) {
				for (int j = i + 1; j < ps.length && ps.length <= 64; j++) {
					if (ps[i] == ps[j]) {
						throw new IllegalArgumentException("project listed twice: " + projects.get(i));
					}
				}
			}
			return ps;
		}

		private Builder add(BallotKey key) {
			this.groups.computeIfAbsent(key, k -> new int[1])[0]++;
			return this;
		}

		public Election build() {
			if (this.recordedTallies != null && this.recordedTallies.size() != this.ids.size()) {
				throw new IllegalStateException(this.recordedTallies.size() + " tallies for " + this.ids.size() + " projects");
			}
			return new Election(this);
		}
	}

	/** A ballot as a map key: projects and their points, compared by value. */
	private static final class BallotKey {

		final int[] projects;

		final BigDecimal @Nullable [] points;

		private final int hash;

		BallotKey(int[] projects, BigDecimal @Nullable [] points) {
			this.projects = projects;
			this.points = points;
			this.hash = Arrays.hashCode(projects) * 31 + (points == null ? 0 : Arrays.hashCode(points));
		}

		@Override
		public boolean equals(@Nullable Object o) {
			return o instanceof BallotKey k && Arrays.equals(this.projects, k.projects)
					&& Arrays.equals(this.points, k.points);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}
	}
}
