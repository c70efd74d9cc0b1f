package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cocreate.identity.MemberSummary;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;

/** How pages, the API and other modules see budgets. */
public final class BudgetViews {

	private BudgetViews() {
	}

	/** One budget with its settings, phase and counts, seen by one viewer. */
	public record BudgetView(long id, SpaceSummary space, String name, String description, String descriptionHtml,
			BigDecimal amount, String currency, String rule, String utility, @Nullable BigDecimal minScore,
			BallotKind ballotType, @Nullable Integer minCount, @Nullable Integer maxCount,
			@Nullable Integer maxPointsPerProject, @Nullable Integer maxPointsTotal, BudgetPhase phase,
			@Nullable Instant proposalsEnd, @Nullable Instant reviewEnd, @Nullable Instant votingEnd,
			Instant phaseChangedAt, boolean imported, long projectCount, long ballotCount, Viewer viewer) {

		public String path() {
			return "/budgets/" + id;
		}

		/** The phase after this one, or null in RESULTS. */
		public @Nullable BudgetPhase nextPhase() {
			return phase.next().orElse(null);
		}

		/** Whether a phase lies before the current one (for the phase bar). */
		public boolean passed(BudgetPhase other) {
			return other.ordinal() < phase.ordinal();
		}
	}

	/** What the viewer may do with a budget. */
	public record Viewer(boolean signedIn, boolean staff, boolean mayPropose, boolean mayVote, boolean voted) {
	}

	/**
	 * A project of a budget; the outcome fields are set once the budget is in RESULTS.
	 * {@code moderation} is null or HIDDEN; {@code masked} when this viewer gets the placeholder
	 * (title and description empty) instead of a hidden project's content.
	 */
	public record ProjectView(long id, long budgetId, @Nullable String pbId, String title, String description,
			String descriptionHtml, BigDecimal cost, @Nullable MemberSummary proposer, @Nullable Long ideaId,
			ProjectReview review, @Nullable String reviewReason, Instant createdAt, @Nullable Boolean funded,
			@Nullable Integer votes, @Nullable BigDecimal score, List<Reason> explanation, boolean mayEdit,
			@Nullable String moderation, boolean masked) {

		public boolean onBallot() {
			return review == ProjectReview.FEASIBLE;
		}

		public boolean selected() {
			return Boolean.TRUE.equals(funded);
		}
	}

	/** One sentence of an explanation: a message key and its arguments, in the reader's language. */
	public record Reason(String key, List<String> args) {
	}

	/** A member's ballot: ticked projects, or points by project. */
	public record BallotView(List<Long> projects, Map<Long, BigDecimal> points, Instant castAt, Instant updatedAt) {

		public boolean has(long projectId) {
			return projects.contains(projectId);
		}

		public int pointsFor(long projectId) {
			BigDecimal p = points.get(projectId);
			return p == null ? 0 : p.intValue();
		}
	}

	/**
	 * The outcome: the rule's totals, the projects in the order the rule ranked them (funded first),
	 * and the chart's bars. {@code stale} when moderators voided ballots after it was computed.
	 */
	public record ResultsView(BudgetView budget, String rule, BigDecimal spent, BigDecimal left, int spentPercent,
			int voters, List<String> notes, Instant computedAt, List<ProjectView> funded, List<ProjectView> unfunded,
			List<Bar> bars, int chartHeight, boolean stale) {
	}

	/**
	 * A funded project's bar in the chart of the budget spent (an SVG of width 1000): where it starts
	 * and how wide it is, in the chart's units, and its row.
	 */
	public record Bar(ProjectView project, String x, String width, int y, int textY, int percent, int colour) {
	}
}
