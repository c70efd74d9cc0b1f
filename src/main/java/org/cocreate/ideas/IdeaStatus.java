package org.cocreate.ideas;

import java.util.List;

/**
 * Where an idea stands in the organisation's answer. The path runs OPEN → UNDER_REVIEW →
 * PLANNED → IN_PROGRESS → DONE; an idea may skip ahead but never go back. DECLINED ends it from
 * any open status; MERGED is reached only by merging it into another idea.
 */
public enum IdeaStatus {

	OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, DECLINED, MERGED;

	static final List<IdeaStatus> PATH = List.of(OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE);

	/** DONE, DECLINED and MERGED are final. */
	public boolean isFinal() {
		return this == DONE || this == DECLINED || this == MERGED;
	}

	/** Whether a responder may move an idea from this status to {@code next} (merging is not a status change). */
	public boolean mayMoveTo(IdeaStatus next) {
		if (isFinal() || next == MERGED) {
			return false;
		}
		if (next == DECLINED) {
			return true;
		}
		return PATH.indexOf(next) > PATH.indexOf(this);
	}

	/** The statuses a responder may choose next, for forms and the API's documentation. */
	public List<IdeaStatus> next() {
		return java.util.Arrays.stream(values()).filter(this::mayMoveTo).toList();
	}

	/** Message key of the status name. */
	public String messageKey() {
		return "idea.status." + name();
	}
}
