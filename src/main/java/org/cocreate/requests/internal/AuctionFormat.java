package org.cocreate.requests.internal;

/** OPEN: the best bid is visible and each new bid must beat it by the minimum decrement. SEALED: bids are hidden until the close. */
public enum AuctionFormat {
	OPEN, SEALED
}
