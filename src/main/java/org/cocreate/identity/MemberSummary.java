package org.cocreate.identity;

/** How other modules and pages show a member: enough for a name, a link and an avatar. */
public record MemberSummary(long id, String handle, String displayName, int avatarVersion) {

	public String profilePath() {
		return "/@" + handle;
	}

	/** The avatar's address; a generated initial when the member has none. */
	public String avatarPath() {
		return "/avatars/" + handle + "?v=" + avatarVersion;
	}

	public String initial() {
		return displayName.isEmpty() ? "?" : displayName.substring(0, displayName.offsetByCodePoints(0, 1)).toUpperCase();
	}

	public boolean hasAvatar() {
		return avatarVersion > 0;
	}
}
