/**
 * Reading and writing the pabulib {@code .pb} format, the public exchange format for
 * participatory-budgeting elections (<a href="https://pabulib.org">pabulib.org</a>):
 * {@link org.cocreate.budgets.pabulib.PbReader}, {@link org.cocreate.budgets.pabulib.PbWriter}
 * and the one parse error they share, {@link org.cocreate.budgets.pabulib.PabulibFormatException}.
 */
@NullMarked
package org.cocreate.budgets.pabulib;

import org.jspecify.annotations.NullMarked;
