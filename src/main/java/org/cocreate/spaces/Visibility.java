package org.cocreate.spaces;

/** Who can see a space: everyone and listed, everyone with the link, or only its members. */
public enum Visibility {
	PUBLIC, UNLISTED, PRIVATE
}
