package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cocreate.budgets.internal.BudgetViews.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A project of a budget as stored, with its review and (in RESULTS) its outcome; {@code moderation}
 * is null (visible) or {@code HIDDEN} (see {@link ProjectModeration}).
 */
record Project(long id, long budgetId, @Nullable String pbId, String title, String description, BigDecimal cost,
		@Nullable Long proposerId, @Nullable Long ideaId, ProjectReview review, @Nullable String reviewReason,
		@Nullable List<String> pbValues, @Nullable Boolean funded, @Nullable Integer votes, @Nullable BigDecimal score,
		List<Reason> explanation, Instant createdAt, @Nullable String moderation) {

	static final int TITLE_MAX = 150;

	static final int DESCRIPTION_MAX = 20_000;

	static final int REASON_MAX = 2_000;

	/** The id pabulib files know it by: the file's own for imported projects, else ours. */
	String pbKey() {
		return pbId != null ? pbId : String.valueOf(id);
	}
}
