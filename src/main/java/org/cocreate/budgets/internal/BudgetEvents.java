package org.cocreate.budgets.internal;

import java.time.Instant;
import java.util.List;
import org.cocreate.notifications.Notice;
import org.jspecify.annotations.Nullable;

/** What happens to budgets that is addressed to someone (inbox notices); public content goes out as content events. */
public final class BudgetEvents {

	private BudgetEvents() {
	}

	/**
	 * Staff reviewed a project; its proposer is told whether it is on the ballot and why.
	 * @param proposerId the member who proposed it (or whose idea it was), null for imported ones
	 */
	public record ProjectReviewed(long budgetId, long projectId, String title, boolean feasible, String reason,
			@Nullable Long proposerId, long actorId, Instant occurredAt) implements Notice {

		@Override
		public String noticeKey() {
			return "budget-review:" + projectId + ":" + occurredAt.toEpochMilli();
		}

		@Override
		public List<Long> recipientIds() {
			return proposerId == null || proposerId == actorId ? List.of() : List.of(proposerId);
		}

		@Override
		public String noticeMessage() {
			return feasible ? "notice.budget-project-feasible" : "notice.budget-project-not-feasible";
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(title, reason);
		}

		@Override
		public String noticeLink() {
			return "/budgets/" + budgetId + "#project-" + projectId;
		}

		@Override
		public String contentKind() {
			return ProjectModeration.KIND;
		}

		@Override
		public long contentId() {
			return projectId;
		}
	}

	/**
	 * A budget's outcome was computed and published: every member who voted is told in their
	 * inbox (feeds and the activity stream learn of it from the budget's content event).
	 */
	public record ResultsPublished(long budgetId, String budgetName, int fundedCount, long actorId, Instant occurredAt,
			List<Long> voterIds) implements Notice {

		@Override
		public String noticeKey() {
			return "budget-results:" + budgetId;
		}

		@Override
		public List<Long> recipientIds() {
			return voterIds.stream().filter(id -> id != actorId).toList();
		}

		@Override
		public String noticeMessage() {
			return "notice.budget-results";
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(budgetName, String.valueOf(fundedCount));
		}

		@Override
		public String noticeLink() {
			return "/budgets/" + budgetId + "/results";
		}
	}
}
