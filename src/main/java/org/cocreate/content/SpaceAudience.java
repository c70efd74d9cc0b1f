package org.cocreate.content;

import java.util.Set;

/**
 * Implemented by the spaces module: who may see what happens in a space that is not public.
 * Consumers of {@link ContentEvent} ask it instead of keeping memberships themselves.
 */
public interface SpaceAudience {

	boolean canSee(long memberId, String spaceSlug);

	/**
	 * The slugs of the non-public spaces whose content the member may find in lists spanning spaces:
	 * those they belong to or answer for. An unlisted space is open to whoever has its link but
	 * never listed, so it is here only for its members.
	 */
	Set<String> readableSpaces(long memberId);
}
