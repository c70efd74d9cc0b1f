/**
 * Tags: every {@code #hashtag} in content becomes a tag with its own page, listing what was
 * tagged with it; members can follow tags. Tags come from the tags of content events, so a
 * capability tags its content just by naming them in its events; lists and counts show each
 * reader only the uses they may see.
 */
@NullMarked
package org.cocreate.tags;

import org.jspecify.annotations.NullMarked;
