package org.cocreate.budgets.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cocreate.budgets.internal.BudgetViews.BallotView;
import org.cocreate.budgets.internal.BudgetViews.BudgetView;
import org.cocreate.budgets.internal.BudgetViews.ProjectView;
import org.cocreate.budgets.internal.BudgetViews.Reason;
import org.cocreate.budgets.internal.BudgetViews.ResultsView;
import org.cocreate.budgets.pabulib.PbWarning;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The JSON shapes of the budgets API. */
final class BudgetJson {

	private BudgetJson() {
	}

	/** An imported budget: the budget, and what the file had that was read anyway. */
	record Imported(@JsonUnwrapped Budget budget, List<Warning> warnings) {
	}

	/** A quirk of an imported file, e.g. {@code repeated-project}, with the message shown for it. */
	record Warning(String code, String message, long count, long line) {

		static List<Warning> of(List<PbWarning> warnings, MessageSource messages, Locale locale) {
			return warnings.stream()
				.map(w -> new Warning(w.code(), ImportWarnings.message(w, messages, locale), w.count(), w.firstLine()))
				.toList();
		}
	}

	record Budget(long id, String space, String name, String description, String descriptionHtml, BigDecimal amount,
			String currency, String rule, String utility, @Nullable BigDecimal minScore, String ballotType,
			@Nullable Integer minCount, @Nullable Integer maxCount, @Nullable Integer maxPointsPerProject,
			@Nullable Integer maxPointsTotal, String phase, @Nullable String proposalsEnd, @Nullable String reviewEnd,
			@Nullable String votingEnd, String phaseChangedAt, boolean imported, long projectCount, long ballotCount,
			@Nullable Boolean voted, String url) {

		static Budget of(BudgetView b) {
			return new Budget(b.id(), b.space().slug(), b.name(), b.description(), b.descriptionHtml(), b.amount(),
					b.currency(), b.rule(), b.utility(), b.minScore(), b.ballotType().name(), b.minCount(), b.maxCount(),
					b.maxPointsPerProject(), b.maxPointsTotal(), b.phase().name(), text(b.proposalsEnd()),
					text(b.reviewEnd()), text(b.votingEnd()), b.phaseChangedAt().toString(), b.imported(), b.projectCount(),
					b.ballotCount(), b.viewer().signedIn() ? b.viewer().voted() : null, b.path());
		}
	}

	record Proposer(String handle, String displayName) {
	}

	record Why(String key, List<String> args, String text) {
	}

	record Project(long id, long budgetId, @Nullable String pbId, String title, String description,
			String descriptionHtml, BigDecimal cost, @Nullable Proposer proposer, @Nullable Long ideaId, String review,
			@Nullable String reviewReason, String createdAt, @Nullable Boolean funded, @Nullable Integer votes,
			@Nullable BigDecimal score, List<Why> explanation, @Nullable String moderation) {

		static Project of(ProjectView p, MessageSource messages, Locale locale) {
			String title = p.masked() ? messages.getMessage("moderation.placeholder.project", null, locale) : p.title();
			return new Project(p.id(), p.budgetId(), p.pbId(), title, p.description(), p.descriptionHtml(), p.cost(),
					p.proposer() == null ? null : new Proposer(p.proposer().handle(), p.proposer().displayName()),
					p.ideaId(), p.review().name(), p.reviewReason(), p.createdAt().toString(), p.funded(), p.votes(),
					p.score(), p.explanation().stream().map(r -> why(r, messages, locale)).toList(), p.moderation());
		}
	}

	record Ballot(List<Long> projects, Map<Long, BigDecimal> points, String castAt, String updatedAt) {

		static Ballot of(BallotView b) {
			return new Ballot(b.projects(), new TreeMap<>(b.points()), b.castAt().toString(), b.updatedAt().toString());
		}
	}

	/** The outcome; {@code stale} when moderators voided ballots after it was computed (as the results page says). */
	record Results(long budgetId, String rule, BigDecimal amount, BigDecimal spent, BigDecimal left, String currency,
			int voters, String computedAt, List<String> notes, List<Project> funded, List<Project> unfunded, boolean stale) {

		static Results of(ResultsView r, MessageSource messages, Locale locale) {
			return new Results(r.budget().id(), r.rule(), r.budget().amount(), r.spent(), r.left(), r.budget().currency(),
					r.voters(), r.computedAt().toString(), r.notes(),
					r.funded().stream().map(p -> Project.of(p, messages, locale)).toList(),
					r.unfunded().stream().map(p -> Project.of(p, messages, locale)).toList(), r.stale());
		}
	}

	static Why why(Reason r, MessageSource messages, Locale locale) {
		return new Why(r.key(), r.args(), messages.getMessage(r.key(), r.args().toArray(), r.key(), locale));
	}

	static @Nullable String text(@Nullable Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
