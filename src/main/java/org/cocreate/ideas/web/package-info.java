/** The ideas board's pages and its JSON API under {@code /api/v1}. */
@NullMarked
package org.cocreate.ideas.web;

import org.jspecify.annotations.NullMarked;
