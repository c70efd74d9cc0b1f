/** Pages and JSON API of community budgets; both call the use cases of {@code org.cocreate.budgets}. */
@NullMarked
package org.cocreate.budgets.web;

import org.jspecify.annotations.NullMarked;
