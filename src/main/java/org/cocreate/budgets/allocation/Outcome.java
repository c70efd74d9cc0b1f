package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a rule: the funded projects and, for every project, why.
 *
 * @param rule the rule that produced it, e.g. {@code equalshares/add1}
 * @param selected ids of the funded projects, in the order the election declares projects
 * @param explanations one explanation per project, in declaration order
 * @param totalCost sum of the costs of the funded projects
 * @param notes facts about the whole computation (the per-voter endowment Add1 settled on,
 * the comparison step's vote, ...)
 */
public record Outcome(String rule, List<String> selected, Map<String, Explanation> explanations, BigDecimal totalCost,
		List<String> notes) {

	public Outcome {
		selected = List.copyOf(selected);
		explanations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
		notes = List.copyOf(notes);
	}

	public boolean isSelected(String projectId) {
		return this.selected.contains(projectId);
	}

	public Explanation explanation(String projectId) {
		Explanation explanation = this.explanations.get(projectId);
		if (explanation == null) {
			throw new IllegalArgumentException("no project " + projectId);
		}
		return explanation;
	}
}
