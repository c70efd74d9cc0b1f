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
 * <li>budgets inside spaces (the capability {@code budgets}), in {@code internal}: {@code Budgets}
 * (open a budget, move its phases PROPOSALS → REVIEW → VOTING → RESULTS), {@code Projects},
 * {@code Ballots} (one per member, a unique key), {@code PabulibExchange} (import and export) and
 * {@code BudgetReader}; pages and API in {@code budgets.web}.</li>
 * </ul>
 *
 * <p>No other module calls budgets, so the base package holds only {@link
 * org.cocreate.budgets.PbCommand}, which the application's command-line entry point
 * ({@code org.cocreate.CommandLineTools}) runs without a Spring context. Everything else is
 * internal to the module: the engine's sub-packages, and {@code internal}, which only this
 * module's {@code web} layer uses.
 */
@NullMarked
package org.cocreate.budgets;

import org.jspecify.annotations.NullMarked;
