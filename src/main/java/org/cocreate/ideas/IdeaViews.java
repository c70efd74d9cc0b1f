package org.cocreate.ideas;

import java.time.Instant;
import java.util.List;
import org.cocreate.identity.MemberSummary;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;

/** How pages, the API and other modules see ideas. */
public final class IdeaViews {

	private IdeaViews() {
	}

	/** An idea on a board: enough for one line and its counts. */
	public record IdeaCard(long id, String title, String excerpt, IdeaStatus status, int supportCount, int commentCount,
			MemberSummary author, List<String> tags, Instant createdAt) {

		public String path() {
			return "/ideas/" + id;
		}
	}

	/** One idea with everything its page shows, seen by one viewer. */
	public record IdeaView(long id, SpaceSummary space, String title, String body, String bodyHtml, List<String> tags,
			IdeaStatus status, @Nullable Long mergedInto, int supportCount, int commentCount, MemberSummary author,
			List<MemberSummary> coAuthors, int revision, Instant createdAt, @Nullable Instant thresholdReachedAt,
			@Nullable Instant answerDueAt, @Nullable Instant firstAnsweredAt, boolean deleted, Viewer viewer,
			@Nullable String moderation) {

		/** Held for review as suspected spam (only its author and moderators see it). */
		public boolean held() {
			return "HELD".equals(moderation);
		}

		/** Hidden by moderation (only its author and moderators see it). */
		public boolean hidden() {
			return "HIDDEN".equals(moderation);
		}

		public String path() {
			return "/ideas/" + id;
		}

		/** Reached the threshold, not answered, and the promised days are over. */
		public boolean overdue() {
			return firstAnsweredAt == null && answerDueAt != null && Instant.now().isAfter(answerDueAt);
		}
	}

	/** What the viewer of an idea has done and may do with it. */
	public record Viewer(boolean signedIn, boolean author, boolean supports, boolean follows, boolean mayAnswer,
			boolean mayModerate) {

		static final Viewer ANONYMOUS = new Viewer(false, false, false, false, false, false);
	}

	/** One public answer on the idea's timeline. */
	public record StatusChangeView(IdeaStatus from, IdeaStatus to, String response, String responseHtml,
			MemberSummary responder, @Nullable Long mergedInto, Instant at) {
	}

	/** One version of the idea's text. */
	public record RevisionView(int number, String title, String body, MemberSummary author, Instant at) {
	}
}
