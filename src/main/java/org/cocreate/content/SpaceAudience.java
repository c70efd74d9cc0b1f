package org.cocreate.content;

import java.util.Set;

/**
 * Implemented by the spaces module: who may see what happens in a space that is not public.
 * Consumers of {@link ContentEvent} ask it instead of keeping memberships themselves.
 */
public interface SpaceAudience {

	boolean canSee(long memberId, String spaceSlug);

	/** The slugs of the non-public spaces the member may see (their own private spaces, unlisted ones). */
	Set<String> readableSpaces(long memberId);
}
