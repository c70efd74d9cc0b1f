package org.cocreate.moderation;

/** What a moderation action did; every one is a line in the audit log. */
public enum ActionType {

	/** A moderator hid content. */
	HIDE,
	/** Content reached the number of distinct reports and was hidden pending review. */
	AUTO_HIDE,
	/** Suspected spam was held for review instead of published. */
	HOLD,
	/** A moderator showed hidden content again. */
	RESTORE,
	/** A moderator published held content: not spam. */
	APPROVE,
	/** A moderator kept held content hidden: spam. */
	REJECT,
	WARN, SUSPEND, BAN,
	/** A suspension or ban was lifted before its end. */
	LIFT,
	VOID_VOTES, APPEAL_GRANTED, APPEAL_DENIED;

	/** Actions their subject may appeal against. */
	public boolean appealable() {
		return this == HIDE || this == AUTO_HIDE || this == REJECT || this == SUSPEND || this == BAN;
	}

	/** Actions that act on the author of a case rather than on its content. */
	boolean onMember() {
		return this == WARN || this == SUSPEND || this == BAN;
	}
}
