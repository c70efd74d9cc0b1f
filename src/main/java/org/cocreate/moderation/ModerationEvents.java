package org.cocreate.moderation;

import java.time.Instant;
import java.util.List;
import org.cocreate.notifications.Notice;
import org.jspecify.annotations.Nullable;

/**
 * What moderation did, published after each action is written to the audit log. Each event tells
 * the member concerned in their inbox ({@link Notice}); any module may listen too (search may
 * drop hidden content, feeds may hide it).
 */
public final class ModerationEvents {

	private ModerationEvents() {
	}

	/** Every moderation notice names its audit log entry, the member concerned and the reason. */
	interface AboutAnAction extends Notice {

		long actionId();

		long memberId();

		String reason();

		@Override
		default String noticeKey() {
			return "moderation:" + actionId();
		}

		@Override
		default List<Long> recipientIds() {
			return memberId() == actorId() ? List.of() : List.of(memberId());
		}

		@Override
		default List<String> noticeArgs() {
			return List.of(reason());
		}
	}

	/**
	 * Content was hidden: by a moderator, or automatically ({@code actorId} 0) after enough
	 * distinct reports, pending review. {@code memberId} is its author.
	 */
	public record ContentHidden(long actionId, ContentRef ref, long memberId, long actorId, String reason, String link,
			Instant occurredAt) implements AboutAnAction {

		@Override
		public String noticeMessage() {
			return actorId == 0 ? "notice.moderation.auto-hidden" : "notice.moderation.hidden";
		}

		@Override
		public String noticeLink() {
			return link;
		}
	}

	/** Hidden or held content is shown again (a moderator restored it, approved it, or granted an appeal). */
	public record ContentRestored(long actionId, ContentRef ref, long memberId, long actorId, String reason, String link,
			Instant occurredAt) implements AboutAnAction {

		@Override
		public String noticeMessage() {
			return "notice.moderation.restored";
		}

		@Override
		public String noticeLink() {
			return link;
		}
	}

	/** Suspected spam was held for review instead of published; its author is told, never silently dropped. */
	public record ContentHeld(long actionId, ContentRef ref, long memberId, String reason, String link,
			Instant occurredAt) implements AboutAnAction {

		@Override
		public long actorId() {
			return 0;
		}

		@Override
		public String noticeMessage() {
			return "notice.moderation.held";
		}

		@Override
		public String noticeLink() {
			return link;
		}
	}

	/** A moderator warned a member. */
	public record MemberWarned(long actionId, long memberId, long actorId, String reason, Instant occurredAt)
			implements AboutAnAction {

		@Override
		public String noticeMessage() {
			return "notice.moderation.warned";
		}

		@Override
		public String noticeLink() {
			return "/moderation/my";
		}
	}

	/**
	 * A member may no longer write until {@code until}; a ban has no end ({@code until} null).
	 */
	public record MemberSuspended(long actionId, long memberId, long actorId, String reason, @Nullable Instant until,
			Instant occurredAt) implements AboutAnAction {

		@Override
		public String noticeMessage() {
			return until == null ? "notice.moderation.banned" : "notice.moderation.suspended";
		}

		@Override
		public List<String> noticeArgs() {
			return until == null ? List.of(reason) : List.of(reason, until.toString());
		}

		@Override
		public String noticeLink() {
			return "/moderation/my";
		}
	}

	/** A moderator other than the one who acted decided an appeal; {@code granted} undid the action. */
	public record AppealDecided(long actionId, long appealId, long memberId, long actorId, boolean granted,
			String reason, Instant occurredAt) implements AboutAnAction {

		@Override
		public String noticeKey() {
			return "appeal:" + appealId;
		}

		@Override
		public String noticeMessage() {
			return granted ? "notice.moderation.appeal-granted" : "notice.moderation.appeal-denied";
		}

		@Override
		public String noticeLink() {
			return "/moderation/my";
		}
	}
}
