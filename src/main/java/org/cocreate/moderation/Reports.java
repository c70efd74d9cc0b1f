package org.cocreate.moderation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cocreate.moderation.AuditLog.Subject;
import org.cocreate.moderation.ModerationEvents.ContentHidden;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members report content they may see, once each, with a reason. The report opens (or reopens)
 * the content's case in its space's queue; after {@code hide-after-reports} distinct reports the
 * content is hidden pending review, unless a moderator already reviewed and kept it.
 */
@Service
public class Reports {

	public enum Reason {
		SPAM, HARASSMENT, HATE, MISINFORMATION, OFF_TOPIC, ILLEGAL, OTHER
	}

	static final int NOTE_MAX = 1000;

	/** The reasons a reader may choose, in the order forms offer them (templates: {@code @reports.reasons()}). */
	public List<Reason> reasons() {
		return List.of(Reason.values());
	}

	/** A report: {@code content} is a {@link ContentRef} as text, for example {@code idea:42}. */
	public record Report(@Nullable String content, @Nullable String reason, @Nullable String note) {
	}

	/** What the report did: its case, and whether the content is now hidden pending review. */
	public record Reported(long reportId, long caseId, boolean hidden) {
	}

	private final JdbcClient jdbc;

	private final ContentKinds kinds;

	private final Cases cases;

	private final AuditLog log;

	private final Spaces spaces;

	private final ModerationSettings settings;

	private final ApplicationEventPublisher events;

	Reports(JdbcClient jdbc, ContentKinds kinds, Cases cases, AuditLog log, Spaces spaces, ModerationSettings settings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.kinds = kinds;
		this.cases = cases;
		this.log = log;
		this.spaces = spaces;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	public Reported report(long reporterId, Report command) {
		var errors = Errors.none();
		if (command.content() == null || command.content().isBlank()) {
			errors.reject("content", "error.required");
		}
		Reason reason = reason(command.reason(), errors);
		String note = command.note() == null ? "" : command.note().strip();
		if (note.length() > NOTE_MAX) {
			errors.reject("note", "error.too-long", NOTE_MAX);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		ContentRef ref = ContentRef.parse(command.content().strip());
		ContentSnapshot content = kinds.snapshot(ref);
		if (content.spaceSlug() != null && spaces.find(content.spaceSlug(), reporterId).isEmpty()) {
			throw DomainException.notFound("moderation.error.content-not-found", ref.toString());
		}
		if (content.authorId() == reporterId) {
			throw DomainException.conflict("moderation.error.own-report");
		}
		Cases.Case kase = cases.openAndLock(content);
		Long reportId = jdbc.sql("""
				insert into moderation_report (case_id, reporter_id, reason, note) values (?, ?, ?, ?)
				on conflict (case_id, reporter_id) do nothing returning id""")
			.params(kase.id(), reporterId, reason.name(), note)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (reportId == null) {
			// the whole transaction rolls back: the case is left as it was
			throw DomainException.conflict("moderation.error.already-reported");
		}
		cases.counted(kase.id());
		int reports = kase.reportCount() + 1;
		boolean hidden = "HIDDEN".equals(kase.contentState()) || "HELD".equals(kase.contentState());
		if (!hidden && !kase.reviewed() && reports >= settings.hideAfterReports()) {
			kinds.of(ref.kind()).hide(ref.id());
			cases.contentState(kase.id(), "HIDDEN");
			long action = log.record(null, ActionType.AUTO_HIDE, Subject.of(kase), "moderation.reason.auto-hidden", null,
					"reports=" + reports);
			events.publishEvent(new ContentHidden(action, ref, content.authorId(), 0, "moderation.reason.auto-hidden",
					content.link(), Instant.now()));
			hidden = true;
		}
		return new Reported(reportId, kase.id(), hidden);
	}

	private static @Nullable Reason reason(@Nullable String text, Errors errors) {
		if (text == null || text.isBlank()) {
			errors.reject("reason", "error.required");
			return null;
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		if (Arrays.stream(Reason.values()).noneMatch(r -> r.name().equals(name))) {
			errors.reject("reason", "moderation.error.reason");
			return null;
		}
		return Reason.valueOf(name);
	}
}
