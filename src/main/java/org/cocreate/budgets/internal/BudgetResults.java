package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.allocation.Outcome;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.budgets.allocation.UnsupportedElectionException;
import org.cocreate.budgets.internal.BudgetViews.Reason;
import org.cocreate.budgets.pabulib.PbInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a budget's outcome with the allocation engine and stores it, once, on entering
 * RESULTS: for every project whether it is funded, its tally and why, as message keys. The
 * election is the budget as a pabulib instance ({@link PabulibExchange#instance}), so the page,
 * the export and {@code pb outcome} on the exported file agree.
 */
@Component
class BudgetResults {

	private final ProjectRepository projects;

	private final JdbcClient jdbc;

	BudgetResults(ProjectRepository projects, JdbcClient jdbc) {
		this.projects = projects;
		this.jdbc = jdbc;
	}

	/**
	 * Computes and stores the outcome; returns the number of funded projects.
	 * @param strict throw when the rule cannot be applied (an import is then refused); otherwise
	 * nothing is funded and the reason is stored as a note
	 */
	int store(Budget budget, List<Project> all, PbInstance instance, boolean strict) throws UnsupportedElectionException {
		return store(budget, all, instance.votes().isEmpty() ? null : () -> Election.from(instance),
				instance.votes().size(), strict);
	}

	/**
	 * Computes and stores the outcome of an election built elsewhere (an import builds it as it
	 * reads the file); {@code null} when there are no ballots.
	 */
	int store(Budget budget, List<Project> all, @Nullable Election built, int voters, boolean strict)
			throws UnsupportedElectionException {
		return store(budget, all, built == null ? null : () -> built, voters, strict);
	}

	/** The election, made only when there are ballots. */
	private interface ElectionSource {

		Election get() throws UnsupportedElectionException;

	}

	private int store(Budget budget, List<Project> all, @Nullable ElectionSource source, int voters, boolean strict)
			throws UnsupportedElectionException {
		Map<String, String> titles = new HashMap<>();
		all.forEach(p -> titles.put(p.pbKey(), p.title()));
		Outcome outcome = null;
		Election election = null;
		List<String> notes = new ArrayList<>();
		if (source != null) {
			try {
				election = source.get();
				outcome = Rules.apply(budget.rule(), election, budget.utility());
				notes.addAll(outcome.notes());
			}
			catch (UnsupportedElectionException | IllegalArgumentException ex) {
				if (strict) {
					throw ex instanceof UnsupportedElectionException u ? u : new UnsupportedElectionException(ex.getMessage());
				}
				notes.add(String.valueOf(ex.getMessage()));
			}
		}
		Map<String, Integer> index = new HashMap<>();
		if (election != null) {
			for (int i = 0; i < election.projectCount(); i++) {
				index.put(election.projectId(i), i);
			}
		}
		int funded = 0;
		for (Project p : all) {
			Integer i = index.get(p.pbKey());
			if (p.review() != ProjectReview.FEASIBLE) {
				projects.outcome(p.id(), false, null, null, List.of(p.review() == ProjectReview.NOT_FEASIBLE
						? new Reason("budgets.why.not-feasible", List.of(String.valueOf(p.reviewReason())))
						: new Reason("budgets.why.not-reviewed", List.of())));
			}
			else if (outcome == null || election == null || i == null) {
				projects.outcome(p.id(), false, 0, BigDecimal.ZERO, List.of(new Reason(
						source == null ? "budgets.why.no-ballots" : "budgets.why.no-result", List.of())));
			}
			else {
				boolean selected = outcome.isSelected(p.pbKey());
				funded += selected ? 1 : 0;
				projects.outcome(p.id(), selected, election.supporters(i), election.score(i),
						ExplanationText.of(outcome.explanation(p.pbKey()), titles, p.cost()));
			}
		}
		jdbc.sql("""
				update budget set result_rule = ?, result_total = ?, result_voters = ?, result_notes = ?, results_at = now()
				where id = ?""")
			.params(budget.rule(), outcome == null ? BigDecimal.ZERO : outcome.totalCost(), voters,
					notes.toArray(String[]::new), budget.id())
			.update();
		return funded;
	}
}
