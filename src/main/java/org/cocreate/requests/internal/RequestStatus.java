package org.cocreate.requests.internal;

/**
 * Where a request stands. OPEN until its deadline; then, exactly once, AWARDED (AUTO with bids),
 * AWAITING_AWARD (MANUAL with bids) or NO_BIDS. AWAITING_AWARD becomes AWARDED when the requester
 * picks a bid, or EXPIRED after seven days. AWARDED becomes COMPLETED when both sides mark it so.
 */
public enum RequestStatus {

	OPEN, AWAITING_AWARD, AWARDED, COMPLETED, EXPIRED, NO_BIDS;

	public String messageKey() {
		return "request.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
