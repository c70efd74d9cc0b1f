package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocreate.budgets.allocation.Explanation;
import org.cocreate.budgets.internal.BudgetViews.Reason;

/**
 * Turns the engine's explanation of a project into sentences as message keys with arguments,
 * so the results page says it in the reader's language. The keys are {@code budgets.why.*}.
 */
final class ExplanationText {

	private ExplanationText() {
	}

	/**
	 * @param titles project titles by pabulib id, to name the project that outbid another
	 * @param cost the project's cost
	 */
	static List<Reason> of(Explanation explanation, Map<String, String> titles, BigDecimal cost) {
		var out = new ArrayList<Reason>();
		add(out, explanation, titles, cost);
		return out;
	}

	private static void add(List<Reason> out, Explanation explanation, Map<String, String> titles, BigDecimal cost) {
		switch (explanation) {
			case Explanation.Greedy g -> out.add(new Reason(
					"budgets.why.greedy." + g.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					List.of(String.valueOf(g.rank()), plain(g.score()), plain(g.cost()), plain(g.moneyLeft()))));
			case Explanation.Funded f -> out.add(new Reason("budgets.why.mes.funded",
					List.of(String.valueOf(f.round()), f.rho().toString(), f.rho().toDecimal(6).toPlainString(),
							f.maxPayment().toDecimal(2).toPlainString())));
			case Explanation.Outbid o -> out.add(new Reason("budgets.why.mes.outbid",
					List.of(String.valueOf(o.round()), titles.getOrDefault(o.byProject(), o.byProject()))));
			case Explanation.Unaffordable u -> out.add(new Reason("budgets.why.mes.unaffordable",
					List.of(u.money().toDecimal(2).toPlainString(), plain(cost))));
			case Explanation.NotEligible n -> out.add(new Reason(
					cost.signum() == 0 ? "budgets.why.mes.no-cost" : "budgets.why.mes.no-supporters", List.of()));
			case Explanation.Completion c -> out.add(new Reason("budgets.why.completion.funded",
					List.of(String.valueOf(c.rank()), plain(c.score()))));
			case Explanation.NotCompleted n -> {
				add(out, n.before(), titles, cost);
				out.add(new Reason("budgets.why.completion.no-fit", List.of()));
			}
		}
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString() : value.toPlainString();
	}
}
