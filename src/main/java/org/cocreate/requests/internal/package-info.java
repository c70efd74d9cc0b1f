/**
 * Everything of requests and reverse auctions: the use cases, the aggregate and its repository,
 * the closing job, the descriptor, the moderation kinds, the content events and the demo data.
 * Only this module (its {@code web} layer) uses it.
 */
@NullMarked
package org.cocreate.requests.internal;

import org.jspecify.annotations.NullMarked;
