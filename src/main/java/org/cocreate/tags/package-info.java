/**
 * Tags: every {@code #hashtag} in content becomes a tag with its own page, listing what was
 * tagged with it; members can follow tags. Tags come from activities' targets, so a capability
 * tags its content just by naming the tags its events concern.
 */
@NullMarked
package org.cocreate.tags;

import org.jspecify.annotations.NullMarked;
