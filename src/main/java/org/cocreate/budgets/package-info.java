/**
 * Community budgets: participatory budgeting, where residents vote on projects and a rule turns
 * the votes into the set of projects the budget pays for. This module reads and writes
 * elections in the public pabulib {@code .pb} format ({@code pabulib}), computes outcomes with
 * the greedy rules cities use and with the Method of Equal Shares, in exact arithmetic and with
 * an explanation for every project ({@code allocation}), and offers both on the command line
 * as {@code pb} ({@link org.cocreate.budgets.PbCommand}). It is plain Java with no Spring
 * dependency, so the rules can be checked against real elections in isolation.
 */
@NullMarked
package org.cocreate.budgets;

import org.jspecify.annotations.NullMarked;
