package org.cocreate.moderation;

import java.time.Instant;
import java.util.List;
import org.cocreate.identity.MemberSummary;
import org.jspecify.annotations.Nullable;

/** How pages and the API see moderation. */
public final class ModerationViews {

	private ModerationViews() {
	}

	/** A review case: one piece of content with its reports, spam assessment and state. */
	public record CaseView(long id, ContentRef content, MemberSummary author, @Nullable String spaceSlug, String excerpt,
			String link, String status, String contentState, int reportCount, @Nullable Double spamScore,
			List<String> signals, Instant openedAt, @Nullable Instant closedAt) {

		public boolean held() {
			return "HELD".equals(contentState);
		}
	}

	/** One report on a case. */
	public record ReportView(long id, MemberSummary reporter, String reason, String note, Instant at) {
	}

	/** One line of the audit log. {@code actor} is null for the platform's own actions. */
	public record LogEntry(long id, Instant at, @Nullable MemberSummary actor, ActionType action, @Nullable Long caseId,
			@Nullable ContentRef content, @Nullable MemberSummary member, @Nullable String spaceSlug, String reason,
			@Nullable Instant until, String details) {
	}

	/** An appeal and where it stands. */
	public record AppealView(long id, LogEntry action, MemberSummary appellant, String statement, String status,
			Instant at, @Nullable MemberSummary decidedBy, @Nullable Instant decidedAt, @Nullable String decision) {

		public boolean pending() {
			return "PENDING".equals(status);
		}
	}

	/** A case with everything its page shows. */
	public record CaseDetail(CaseView kase, List<ReportView> reports, List<LogEntry> history, List<AppealView> appeals) {
	}

	/** One queue: open cases and pending appeals. */
	public record Queue(@Nullable String spaceSlug, List<CaseView> cases, List<AppealView> appeals) {
	}

	/** An action against the member themself or their content, and whether they may still appeal it. */
	public record MyAction(LogEntry action, boolean appealable, @Nullable Instant appealUntil,
			@Nullable AppealView appeal) {
	}

	/** A member's standing: the active sanction, if any. */
	public record Standing(@Nullable ActionType sanction, @Nullable Instant until, @Nullable String reason) {

		public boolean restricted() {
			return sanction != null;
		}
	}
}
