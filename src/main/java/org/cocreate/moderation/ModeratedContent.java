package org.cocreate.moderation;

import java.util.Optional;

/**
 * How a content kind joins moderation: the module that owns the content declares one bean per
 * kind implementing this interface. Moderation collects them as a {@code List<ModeratedContent>}
 * and calls them inside its own transactions, so a report on missing content is refused at once
 * and a hide is visible as soon as the moderator's request returns.
 *
 * <p>The owning module stores the state itself (for example a {@code moderation} column that is
 * null, {@code HELD} or {@code HIDDEN}), leaves held and hidden content out of lists and feeds,
 * shows others a placeholder and its author the content with "hidden by moderation" or "held for
 * review". See {@code docs/moderation.md}, "A content kind joins moderation".
 */
public interface ModeratedContent {

	/** The kind this bean answers for, for example {@code idea}; unique among the beans. */
	String kind();

	/** The content as moderation sees it, whatever its state; empty when it does not exist or was removed. */
	Optional<ContentSnapshot> find(long id);

	/** Hides the content from everyone but its author and moderators. Calling it again changes nothing. */
	void hide(long id);

	/**
	 * Shows hidden or held content again. Content held for review was never published: the owning
	 * module publishes it now (its "posted" event, for feeds and notifications). Idempotent.
	 */
	void restore(long id);
}
