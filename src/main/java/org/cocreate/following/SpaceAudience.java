package org.cocreate.following;

/** Implemented by the spaces module: may this member see what happens in a private space? */
public interface SpaceAudience {

	boolean canSee(long memberId, String spaceSlug);
}
