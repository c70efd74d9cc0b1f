/**
 * Community budgets: participatory budgeting, where members propose projects with a cost, staff
 * review them, members vote, and a rule turns the ballots into the set of projects the budget
 * pays for. Two parts:
 * <ul>
 * <li>the engine, plain Java with no Spring dependency so that the rules can be checked against
 * real elections in isolation: the public pabulib {@code .pb} format ({@code pabulib}), the
 * greedy rules and the Method of Equal Shares in exact arithmetic with an explanation for every
 * project ({@code allocation}), and the command line {@code pb}
 * ({@link org.cocreate.budgets.PbCommand});</li>
 * <li>budgets inside spaces (the capability {@code budgets}): {@link org.cocreate.budgets.Budgets}
 * (open a budget, move its phases PROPOSALS → REVIEW → VOTING → RESULTS),
 * {@link org.cocreate.budgets.Projects}, {@link org.cocreate.budgets.Ballots} (one per member,
 * a unique key), {@link org.cocreate.budgets.PabulibExchange} (import and export) and
 * {@link org.cocreate.budgets.BudgetReader}; pages and API in {@code budgets.web}.</li>
 * </ul>
 */
@NullMarked
package org.cocreate.budgets;

import org.jspecify.annotations.NullMarked;
