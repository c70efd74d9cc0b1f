package org.cocreate.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.moderation.AuditLog.Subject;
import org.cocreate.moderation.ModerationEvents.ContentHidden;
import org.cocreate.moderation.ModerationEvents.ContentRestored;
import org.cocreate.moderation.ModerationEvents.MemberSuspended;
import org.cocreate.moderation.ModerationEvents.MemberWarned;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do: on a case — hide, restore, approve or reject held content, warn, suspend
 * or ban its author — and, for platform admins, on any member. Every action needs a reason, is
 * written to the audit log and tells the member concerned.
 */
@Service
public class ModerationActions {

	static final int REASON_MAX = 2000;

	static final int DAYS_MAX = 365;

	private static final Set<ActionType> ON_CASE = EnumSet.of(ActionType.HIDE, ActionType.RESTORE, ActionType.APPROVE,
			ActionType.REJECT, ActionType.WARN, ActionType.SUSPEND, ActionType.BAN);

	private static final Set<ActionType> ON_MEMBER = EnumSet.of(ActionType.WARN, ActionType.SUSPEND, ActionType.BAN,
			ActionType.LIFT);

	/** An action with its reason; {@code days} is for suspensions. */
	public record Act(@Nullable String action, @Nullable String reason, @Nullable Integer days) {
	}

	private final Cases cases;

	private final ContentKinds kinds;

	private final AuditLog log;

	private final ModerationPermissions permissions;

	private final Sanctions sanctions;

	private final SpamGuard spam;

	private final Members members;

	private final ApplicationEventPublisher events;

	ModerationActions(Cases cases, ContentKinds kinds, AuditLog log, ModerationPermissions permissions, Sanctions sanctions,
			SpamGuard spam, Members members, ApplicationEventPublisher events) {
		this.cases = cases;
		this.kinds = kinds;
		this.log = log;
		this.permissions = permissions;
		this.sanctions = sanctions;
		this.spam = spam;
		this.members = members;
		this.events = events;
	}

	/** Acts on a case; returns the audit log entry's id. */
	@Transactional
	public long onCase(long actorId, long caseId, Act command) {
		Cases.Case kase = cases.lock(caseId);
		permissions.require(actorId, kase.spaceSlug());
		ActionType action = validate(command, ON_CASE);
		if (kase.authorId() == actorId) {
			throw DomainException.forbidden("moderation.error.own-content");
		}
		String reason = command.reason().strip();
		if (action.onMember()) {
			return sanction(actorId, kase.authorId(), action, reason, command.days(), Subject.of(kase));
		}
		boolean held = "HELD".equals(kase.contentState());
		if (held && action == ActionType.HIDE) {
			action = ActionType.REJECT;
		}
		else if (held && action == ActionType.RESTORE) {
			action = ActionType.APPROVE;
		}
		else if (!held && (action == ActionType.APPROVE || action == ActionType.REJECT)) {
			throw DomainException.conflict("moderation.error.not-held");
		}
		ModeratedContent content = kinds.of(kase.ref().kind());
		boolean hide = action == ActionType.HIDE || action == ActionType.REJECT;
		String text = content.find(kase.ref().id()).map(ContentSnapshot::text).orElse(kase.excerpt());
		if (hide) {
			content.hide(kase.ref().id());
		}
		else {
			content.restore(kase.ref().id());
		}
		cases.close(kase.id(), hide ? "HIDDEN" : "VISIBLE", !hide);
		long id = log.record(actorId, action, Subject.of(kase), reason, null, "");
		if (held) {
			spam.label(kase.ref(), text, hide, id);
		}
		Instant now = Instant.now();
		events.publishEvent(hide ? new ContentHidden(id, kase.ref(), kase.authorId(), actorId, reason, kase.link(), now)
				: new ContentRestored(id, kase.ref(), kase.authorId(), actorId, reason, kase.link(), now));
		return id;
	}

	/** A platform admin warns, suspends, bans or lifts a sanction of any member but themself. */
	@Transactional
	public long onMember(long actorId, String handle, Act command) {
		if (!permissions.platformAdmin(actorId)) {
			throw DomainException.forbidden("moderation.error.platform-only");
		}
		ActionType action = validate(command, ON_MEMBER);
		MemberSummary member = members.byHandle(handle)
			.orElseThrow(() -> DomainException.notFound("error.member.not-found", handle));
		if (member.id() == actorId) {
			throw DomainException.forbidden("moderation.error.own-content");
		}
		String reason = command.reason().strip();
		if (action == ActionType.LIFT) {
			if (sanctions.liftAll(member.id()) == 0) {
				throw DomainException.conflict("moderation.error.nothing-to-lift");
			}
			return log.record(actorId, ActionType.LIFT, Subject.member(member.id()), reason, null, "");
		}
		return sanction(actorId, member.id(), action, reason, command.days(), Subject.member(member.id()));
	}

	private long sanction(long actorId, long memberId, ActionType action, String reason, @Nullable Integer days,
			Subject subject) {
		if (permissions.platformAdmin(memberId) && !permissions.platformAdmin(actorId)) {
			throw DomainException.forbidden("moderation.error.protected-admin");
		}
		Instant now = Instant.now();
		Instant until = action == ActionType.SUSPEND ? now.plus(Duration.ofDays(days)) : null;
		long id = log.record(actorId, action, subject, reason, until, "");
		if (action == ActionType.WARN) {
			events.publishEvent(new MemberWarned(id, memberId, actorId, reason, now));
		}
		else {
			sanctions.impose(memberId, action, until, id);
			events.publishEvent(new MemberSuspended(id, memberId, actorId, reason, until, now));
		}
		return id;
	}

	/** The action named by the command, if allowed here, with a reason and (to suspend) a number of days. */
	private static ActionType validate(Act command, Set<ActionType> allowed) {
		var errors = Errors.none();
		ActionType action = null;
		if (command.action() == null || command.action().isBlank()) {
			errors.reject("action", "error.required");
		}
		else {
			String name = command.action().strip().toUpperCase(Locale.ROOT);
			action = allowed.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
			if (action == null) {
				errors.reject("action", "moderation.error.action");
			}
		}
		errors.checkLength("reason", command.reason(), 1, REASON_MAX);
		if (action == ActionType.SUSPEND && (command.days() == null || command.days() < 1 || command.days() > DAYS_MAX)) {
			errors.reject("days", "moderation.error.days", DAYS_MAX);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return action;
	}
}
