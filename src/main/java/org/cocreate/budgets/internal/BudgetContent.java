package org.cocreate.budgets.internal;

import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvent.Type;
import org.cocreate.content.ContentEvents;
import org.cocreate.content.Draft;
import org.cocreate.content.OwnsContent;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Visibility;
import org.springframework.stereotype.Component;

/**
 * What budgets tell the platform, as {@link ContentEvent}s: a project proposed, hidden or shown
 * again; a budget opening its vote or publishing its results. Called inside the transaction that
 * made the change.
 */
@Component
class BudgetContent {

	/** The content kind of budgets; their projects are {@link ProjectModeration#KIND}. */
	static final String BUDGET = "budget";

	private final ContentEvents events;

	private final Spaces spaces;

	BudgetContent(ContentEvents events, Spaces spaces) {
		this.events = events;
		this.spaces = spaces;
	}

	void proposed(long budgetId, String budgetName, long projectId, String title, String description, SpaceSummary space,
			long memberId) {
		events.publish(project(projectId, budgetId, Type.PUBLISHED, space.id()).by(memberId)
			.title(title)
			.markdown(description)
			.key("budget-project:" + projectId)
			.feed("activity.budget-project-proposed", title, budgetName));
	}

	/** Hidden by moderation, or shown again (with its text). */
	void projectModerated(long projectId, long budgetId, long spaceId, Type type, String title, String description) {
		project(projectId, budgetId, spaceId, type, 0, title, description);
	}

	/**
	 * Anything else that happens to a project: promoted from an idea (published, no feed line: the
	 * idea had one), edited, withdrawn (removed). A withdrawal carries no text.
	 */
	void project(long projectId, long budgetId, long spaceId, Type type, long actorId, String title, String description) {
		events.publish(project(projectId, budgetId, type, spaceId).by(actorId).title(title).markdown(description));
	}

	void budgetOpened(long budgetId, String budgetName, SpaceSummary space, long actorId) {
		events.publish(budget(budgetId, Type.PUBLISHED, space, actorId, "/budgets/" + budgetId).title(budgetName));
	}

	void votingOpened(long budgetId, String budgetName, SpaceSummary space, long actorId) {
		events.publish(budget(budgetId, Type.STATUS_CHANGED, space, actorId, "/budgets/" + budgetId + "/ballot")
			.title(budgetName)
			.key("budget-voting:" + budgetId)
			.feed("activity.budget-voting-opened", budgetName));
	}

	void resultsPublished(long budgetId, String budgetName, int funded, SpaceSummary space, long actorId) {
		events.publish(budget(budgetId, Type.STATUS_CHANGED, space, actorId, "/budgets/" + budgetId + "/results")
			.title(budgetName)
			.count("funded", funded)
			.key("budget-results:" + budgetId)
			.feed("activity.budget-results", budgetName, String.valueOf(funded)));
	}

	private Draft budget(long budgetId, Type type, SpaceSummary space, long actorId, String path) {
		return ContentEvent.about(BUDGET, budgetId, type).in(space.slug(), space.visibility()).by(actorId).at(path);
	}

	private Draft project(long projectId, long budgetId, Type type, long spaceId) {
		// a space that cannot be found is an error, never "no space" (which readers take as public)
		String slug = spaces.slugOf(spaceId).orElseThrow(() -> new IllegalStateException("no space " + spaceId));
		return ContentEvent.about(ProjectModeration.KIND, projectId, type)
			.at("/budgets/" + budgetId + "#project-" + projectId)
			.in(slug, spaces.visibilityOf(spaceId).orElse(Visibility.PRIVATE));
	}
}
