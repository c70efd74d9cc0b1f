/** Moderation's pages, its API, and the guard every write passes: sanctions and rate limits. */
@NullMarked
package org.cocreate.moderation.web;

import org.jspecify.annotations.NullMarked;
