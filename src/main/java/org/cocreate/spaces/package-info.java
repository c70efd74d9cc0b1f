/**
 * Spaces: where participation happens. An organisation hosts spaces (PUBLIC, UNLISTED or
 * PRIVATE); members create communities — spaces they own themselves — and join or leave them.
 * Each participatory capability (ideas, budgets, requests …) describes itself once with a
 * {@link org.cocreate.spaces.Capability} bean; a space switches on the ones it uses.
 */
@NullMarked
package org.cocreate.spaces;

import org.jspecify.annotations.NullMarked;
