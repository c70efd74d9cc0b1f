package org.cocreate.budgets;

import java.time.Instant;
import java.util.List;
import org.cocreate.following.Activity;
import org.cocreate.following.Target;
import org.cocreate.notifications.Notice;
import org.cocreate.shared.Markdown;
import org.jspecify.annotations.Nullable;

/** What happens to budgets, published for feeds, the inbox and other modules. */
public final class BudgetEvents {

	private BudgetEvents() {
	}

	/** A member proposed a project to a budget; followers of the space see it. */
	public record ProjectProposed(long budgetId, long projectId, String spaceSlug, String budgetName, String title,
			String description, @Nullable String privateToSpace, long actorId, Instant occurredAt) implements Activity {

		@Override
		public String activityKey() {
			return "budget-project:" + projectId;
		}

		@Override
		public String message() {
			return "activity.budget-project-proposed";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(title, budgetName);
		}

		@Override
		public String link() {
			return "/budgets/" + budgetId + "#project-" + projectId;
		}

		@Override
		public List<Target> targets() {
			return List.of(Target.space(spaceSlug));
		}

		@Override
		public String excerpt() {
			return Markdown.toPlainText(description, 200);
		}
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
	}

	/** A budget opened for voting; followers of the space see it in their feed. */
	public record VotingOpened(long budgetId, String spaceSlug, String budgetName, @Nullable String privateToSpace,
			long actorId, Instant occurredAt) implements Activity {

		@Override
		public String activityKey() {
			return "budget-voting:" + budgetId;
		}

		@Override
		public String message() {
			return "activity.budget-voting-opened";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(budgetName);
		}

		@Override
		public String link() {
			return "/budgets/" + budgetId + "/ballot";
		}

		@Override
		public List<Target> targets() {
			return List.of(Target.space(spaceSlug));
		}
	}

	/**
	 * A budget's outcome was computed and published: in the feed of the space's followers, and in
	 * the inbox of every member who voted.
	 */
	public record ResultsPublished(long budgetId, String spaceSlug, String budgetName, int fundedCount,
			@Nullable String privateToSpace, long actorId, Instant occurredAt, List<Long> voterIds)
			implements Activity, Notice {

		@Override
		public String activityKey() {
			return "budget-results:" + budgetId;
		}

		@Override
		public String message() {
			return "activity.budget-results";
		}

		@Override
		public List<String> messageArgs() {
			return List.of(budgetName, String.valueOf(fundedCount));
		}

		@Override
		public String link() {
			return "/budgets/" + budgetId + "/results";
		}

		@Override
		public List<Target> targets() {
			return List.of(Target.space(spaceSlug));
		}

		@Override
		public String noticeKey() {
			return activityKey();
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
			return messageArgs();
		}

		@Override
		public String noticeLink() {
			return link();
		}
	}
}
