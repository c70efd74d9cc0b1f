/**
 * Allocation rules for participatory budgeting: the greedy rules ({@code greedy},
 * {@code greedy-no-skip}, {@code greedy-threshold}) and the Method of Equal Shares with its
 * Add1 completion and comparison step ({@code equalshares...}). All money, prices and scores
 * are exact ({@link java.math.BigDecimal}, {@link java.math.BigInteger},
 * {@link org.cocreate.budgets.allocation.Rational}); nothing is rounded. Entry points:
 * {@link org.cocreate.budgets.allocation.Election} and
 * {@link org.cocreate.budgets.allocation.Rules}.
 */
@NullMarked
package org.cocreate.budgets.allocation;

import org.jspecify.annotations.NullMarked;
