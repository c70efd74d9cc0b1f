/**
 * Everything of budgets inside spaces: the use cases ({@code Budgets}, {@code Projects},
 * {@code Ballots}, {@code PabulibExchange}), the read side ({@code BudgetReader} and its views),
 * the aggregates and their repositories, permissions, the phase job, the descriptor, the
 * moderation kind, the content and notice events, the import limits and the demo data. Only this
 * module (its {@code web} layer) uses it; it runs the engine in {@code allocation} and
 * {@code pabulib}.
 */
@NullMarked
package org.cocreate.budgets.internal;

import org.jspecify.annotations.NullMarked;
