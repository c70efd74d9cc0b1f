/**
 * Ideas board: members post ideas to a space, support them (one support per member, counted in
 * the same transaction that stores it), discuss them in two-level threads, and follow them.
 * Staff answer in public by moving an idea through its statuses, each move with a response
 * text, and merge duplicates without losing a supporter. Each space sets a support threshold
 * and the days within which an idea that reaches it must be answered; the response meter shows
 * per organisation how well that promise is kept.
 */
@NullMarked
package org.cocreate.ideas;

import org.jspecify.annotations.NullMarked;
