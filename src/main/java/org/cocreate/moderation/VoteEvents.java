package org.cocreate.moderation;

import java.time.Instant;
import java.util.List;
import org.cocreate.notifications.Notice;
import org.jspecify.annotations.Nullable;

/**
 * Votes (idea supports, budget ballots …) as moderation sees them, for the vote-fraud signals.
 * A module that counts votes publishes {@link VoteCast} when a vote is stored and
 * {@link VoteWithdrawn} when it is taken back, and listens to {@link VotesVoided} for its kinds:
 * it removes those votes and keeps its counts equal to its rows.
 */
public final class VoteEvents {

	private VoteEvents() {
	}

	/**
	 * A member voted for the target; {@code origin} is {@link NetworkOrigin#current()} at request time.
	 * @param spaceId the id of the target's space, or null
	 */
	public record VoteCast(ContentRef target, long memberId, String origin, @Nullable Long spaceId, Instant at) {
	}

	/** A member took a vote back. */
	public record VoteWithdrawn(ContentRef target, long memberId) {
	}

	/**
	 * A moderator voided these members' votes on the target, with a public reason (the audit log
	 * entry {@code actionId}). The voters are told.
	 */
	public record VotesVoided(long actionId, ContentRef target, List<Long> memberIds, String reason, long actorId,
			String link, Instant occurredAt) implements Notice {

		@Override
		public String noticeKey() {
			return "votes-voided:" + actionId;
		}

		@Override
		public List<Long> recipientIds() {
			return memberIds.stream().filter(m -> m != actorId).toList();
		}

		@Override
		public String noticeMessage() {
			return "notice.moderation.votes-voided";
		}

		@Override
		public List<String> noticeArgs() {
			return List.of(reason);
		}

		@Override
		public String noticeLink() {
			return link;
		}
	}
}
