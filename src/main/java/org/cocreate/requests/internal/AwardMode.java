package org.cocreate.requests.internal;

/** MANUAL: the requester picks a bid within seven days of the close. AUTO: the best-scoring bid wins at the close. */
public enum AwardMode {
	MANUAL, AUTO
}
