/**
 * Moderation: keeping the conversations on Cocreate worth having without silencing anyone.
 * Members report content; moderators review it in per-space and platform queues and hide,
 * restore, warn, suspend or ban, each with a reason written to an append-only audit log and told
 * to the member, who may appeal once to another moderator. Suspected spam (the classifier of
 * {@code moderation.spam} plus signals) is held for review, writes are rate-limited, and votes are
 * watched for fraud. Content kinds join through {@link org.cocreate.moderation.ModeratedContent}
 * and {@link org.cocreate.moderation.VoteEvents}; this module never imports the modules it
 * moderates.
 */
@org.jspecify.annotations.NullMarked
package org.cocreate.moderation;
