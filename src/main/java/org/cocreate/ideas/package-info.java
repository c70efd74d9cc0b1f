/**
 * Ideas board: members post ideas to a space, support them (one support per member, counted in
 * the same transaction that stores it), discuss them in two-level threads, and follow them.
 * Staff answer in public by moving an idea through its statuses, each move with a response
 * text, and merge duplicates without losing a supporter. Each space sets a support threshold
 * and the days within which an idea that reaches it must be answered; the response meter shows
 * per organisation how well that promise is kept.
 *
 * <p>The base package is the module's API, and only what another module reads: {@link
 * org.cocreate.ideas.IdeaBoard} (a space's board and one idea, which {@code budgets} uses to turn
 * an idea into a project and to seed its demo), with the types its answers are made of, {@link
 * org.cocreate.ideas.BoardQuery}, {@link org.cocreate.ideas.BoardSort}, {@link
 * org.cocreate.ideas.IdeaViews} and {@link org.cocreate.ideas.IdeaStatus}. Everything else (the
 * use cases, the aggregate, the descriptor, the moderation kinds, the content and notice events,
 * the demo data) is in {@code internal}, which only this module (its {@code web} layer and
 * {@code IdeaBoard}) uses.
 */
@NullMarked
package org.cocreate.ideas;

import org.jspecify.annotations.NullMarked;
