/**
 * The platform contract between the capabilities and everything that shows their content.
 * Every capability publishes what happens to its public content as one versioned
 * {@link org.cocreate.content.ContentEvent} (through {@link org.cocreate.content.ContentEvents},
 * so it goes through the event publication registry and survives a crash); the home feed, tag
 * pages, notifications and the public activity stream ({@code GET /api/v1/activity}) consume
 * only that event, and so will search, digests, listening, Atom, webhooks and federation. A
 * hide, a removal or a space turned private flows through the same event, so no consumer keeps
 * showing what may no longer be seen.
 */
@NullMarked
package org.cocreate.content;

import org.jspecify.annotations.NullMarked;
