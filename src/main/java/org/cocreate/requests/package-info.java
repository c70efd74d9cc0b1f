/**
 * Requests and reverse auctions: a member posts what they need (category, specification,
 * quantity, location, optional ceiling price, deadline); others join with their own quantity;
 * verified seller organisations bid per unit, in the open (each bid must beat the best by the
 * minimum decrement) or sealed. Bids on one request are serialised by its row lock, a bid inside
 * the anti-sniping window moves the deadline, and a scheduled job closes each request exactly once
 * (due rows taken with {@code FOR UPDATE SKIP LOCKED}, the status change guarded, one award per
 * request by key), awarding automatically by a declared score or letting the requester pick.
 * After the award: a private thread, completion by both sides, and ratings that are public on
 * the seller's page and feed the score.
 *
 * <p>No other module calls it, so its base package has no types: the platform meets it through
 * its descriptor ({@code RequestsCapability}), its moderation kinds and its content events, all
 * in {@code internal}, which only this module's {@code web} layer uses.
 */
@NullMarked
package org.cocreate.requests;

import org.jspecify.annotations.NullMarked;
