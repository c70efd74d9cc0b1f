/**
 * Following and the home feed. Members follow members, organisations, spaces and tags; the feed
 * keeps a line for every {@link org.cocreate.content.ContentEvent} that has a sentence and shows a
 * member the lines that concern what they follow, leaving out withdrawn items and spaces they may
 * no longer see. A new capability appears in feeds by publishing content events; this module never
 * changes for it.
 */
@NullMarked
package org.cocreate.following;

import org.jspecify.annotations.NullMarked;
