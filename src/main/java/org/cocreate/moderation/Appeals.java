package org.cocreate.moderation;

import java.time.Duration;
import java.time.Instant;
import org.cocreate.moderation.AuditLog.Subject;
import org.cocreate.moderation.ModerationEvents.AppealDecided;
import org.cocreate.moderation.ModerationEvents.ContentRestored;
import org.cocreate.moderation.ModerationViews.LogEntry;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals: the author of hidden content, or a suspended or banned member, appeals an action once,
 * within {@code appeal-days} of it. A moderator other than the one who acted decides; granting
 * undoes the action (the content is restored, the sanction lifted). The outcome is logged and the
 * appellant told.
 */
@Service
public class Appeals {

	static final int STATEMENT_MAX = 4000;

	public record Appeal(long actionId, @Nullable String statement) {
	}

	public record Decide(@Nullable Boolean grant, @Nullable String reason) {
	}

	private final JdbcClient jdbc;

	private final AuditLog log;

	private final Cases cases;

	private final ContentKinds kinds;

	private final Sanctions sanctions;

	private final ModerationPermissions permissions;

	private final ModerationSettings settings;

	private final ApplicationEventPublisher events;

	Appeals(JdbcClient jdbc, AuditLog log, Cases cases, ContentKinds kinds, Sanctions sanctions,
			ModerationPermissions permissions, ModerationSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.log = log;
		this.cases = cases;
		this.kinds = kinds;
		this.sanctions = sanctions;
		this.permissions = permissions;
		this.settings = settings;
		this.events = events;
	}

	/** The last moment an action may be appealed. */
	Instant deadline(LogEntry action) {
		return action.at().plus(Duration.ofDays(settings.appealDays()));
	}

	/** Appeals an action against the member or their content; returns the appeal's id. */
	@Transactional
	public long appeal(long memberId, Appeal command) {
		LogEntry action = log.get(command.actionId());
		if (action.member() == null || action.member().id() != memberId) {
			throw DomainException.forbidden("moderation.error.not-your-action");
		}
		if (!action.action().appealable()) {
			throw DomainException.conflict("moderation.error.not-appealable");
		}
		if (Instant.now().isAfter(deadline(action))) {
			throw DomainException.conflict("moderation.error.appeal-too-late", settings.appealDays());
		}
		var errors = Errors.none();
		errors.checkLength("statement", command.statement(), 1, STATEMENT_MAX);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return jdbc.sql("""
				insert into moderation_appeal (action_id, appellant_id, statement) values (?, ?, ?)
				on conflict (action_id) do nothing returning id""")
			.params(action.id(), memberId, command.statement().strip())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.conflict("moderation.error.already-appealed"));
	}

	/** Grants or denies a pending appeal; returns the audit log entry of the decision. */
	@Transactional
	public long decide(long moderatorId, long appealId, Decide command) {
		record Pending(long actionId, long appellantId, String status) {
		}
		Pending appeal = jdbc.sql("select action_id, appellant_id, status from moderation_appeal where id = ? for update")
			.param(appealId)
			.query((rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> DomainException.notFound("moderation.error.appeal-not-found", String.valueOf(appealId)));
		LogEntry action = log.get(appeal.actionId());
		permissions.require(moderatorId, action.spaceSlug());
		if (appeal.appellantId() == moderatorId) {
			throw DomainException.forbidden("moderation.error.own-content");
		}
		if (action.actor() != null && action.actor().id() == moderatorId) {
			throw DomainException.forbidden("moderation.error.same-moderator");
		}
		if (!"PENDING".equals(appeal.status())) {
			throw DomainException.conflict("moderation.error.appeal-decided");
		}
		var errors = Errors.none();
		if (command.grant() == null) {
			errors.reject("grant", "error.required");
		}
		errors.checkLength("reason", command.reason(), 1, ModerationActions.REASON_MAX);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		boolean grant = command.grant();
		String reason = command.reason().strip();
		Subject subject = new Subject(action.caseId(), action.content(), appeal.appellantId(), action.spaceSlug());
		long decision = log.record(moderatorId, grant ? ActionType.APPEAL_GRANTED : ActionType.APPEAL_DENIED, subject,
				reason, null, "appeal=" + appealId + " action=" + action.id());
		if (grant) {
			undo(action, moderatorId, reason, decision);
		}
		jdbc.sql("update moderation_appeal set status = ?, decided_by = ?, decided_at = now(), decision = ? where id = ?")
			.params(grant ? "GRANTED" : "DENIED", moderatorId, reason, appealId)
			.update();
		events.publishEvent(new AppealDecided(decision, appealId, appeal.appellantId(), moderatorId, grant, reason,
				Instant.now()));
		return decision;
	}

	private void undo(LogEntry action, long moderatorId, String reason, long decision) {
		if (action.action() == ActionType.SUSPEND || action.action() == ActionType.BAN) {
			sanctions.lift(action.id());
			return;
		}
		if (action.caseId() != null && action.content() != null) {
			Cases.Case kase = cases.lock(action.caseId());
			kinds.of(kase.ref().kind()).restore(kase.ref().id());
			cases.close(kase.id(), "VISIBLE", true);
			events.publishEvent(new ContentRestored(decision, kase.ref(), kase.authorId(), moderatorId, reason, kase.link(),
					Instant.now()));
		}
	}
}
