/**
 * Following and the home feed. Members follow members, organisations, spaces and tags; every
 * module publishes what happens as {@link org.cocreate.following.Activity} events, and the feed
 * shows a member the activities that concern what they follow. A new capability appears in
 * feeds by publishing activities; this module never changes for it.
 */
@NullMarked
package org.cocreate.following;

import org.jspecify.annotations.NullMarked;
