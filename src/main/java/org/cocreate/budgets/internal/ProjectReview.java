package org.cocreate.budgets.internal;

import java.util.Locale;

/** What staff decided about a project: only feasible projects are on the ballot. */
public enum ProjectReview {

	PENDING, FEASIBLE, NOT_FEASIBLE;

	public String messageKey() {
		return "budgets.review." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
