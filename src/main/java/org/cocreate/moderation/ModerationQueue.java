package org.cocreate.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.moderation.ModerationViews.AppealView;
import org.cocreate.moderation.ModerationViews.CaseDetail;
import org.cocreate.moderation.ModerationViews.LogEntry;
import org.cocreate.moderation.ModerationViews.MyAction;
import org.cocreate.moderation.ModerationViews.Queue;
import org.cocreate.moderation.ModerationViews.ReportView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading moderation: the queues, a case, the audit log, a member's own actions and appeals. */
@Service
@Transactional(readOnly = true)
public class ModerationQueue {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final AuditLog log;

	private final ModerationPermissions permissions;

	private final Members members;

	private final Appeals appeals;

	ModerationQueue(JdbcClient jdbc, Cases cases, AuditLog log, ModerationPermissions permissions, Members members,
			Appeals appeals) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.log = log;
		this.permissions = permissions;
		this.members = members;
		this.appeals = appeals;
	}

	/** A space's queue (its moderators), or the platform queue with every space (platform admins) when {@code spaceSlug} is null. */
	public Queue queue(long moderatorId, @Nullable String spaceSlug) {
		permissions.require(moderatorId, spaceSlug);
		List<String> spaces = spaceSlug == null ? null : List.of(spaceSlug);
		return new Queue(spaceSlug, cases.open(spaces, 200), pendingAppeals(spaces));
	}

	/** The spaces whose queues the member may open; null when they may open the platform queue (and all). */
	public @Nullable List<String> moderatedSpaces(long memberId) {
		return permissions.moderatedSpaces(memberId);
	}

	/** The id of the content's case, for a moderator who may review it; empty when nobody reported it and it was never held. */
	public Optional<Long> caseOf(long moderatorId, ContentRef ref) {
		Optional<Cases.Case> kase = cases.find(ref);
		kase.ifPresent(k -> permissions.require(moderatorId, k.spaceSlug()));
		return kase.map(Cases.Case::id);
	}

	public CaseDetail detail(long moderatorId, long caseId) {
		Cases.Case kase = cases.get(caseId);
		permissions.require(moderatorId, kase.spaceSlug());
		record Report(long id, long reporter, String reason, String note, Instant at) {
		}
		List<Report> rows = jdbc.sql("select id, reporter_id, reason, note, created_at from moderation_report where case_id = ? order by id")
			.param(caseId)
			.query((rs, i) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		Map<Long, MemberSummary> reporters = members.summaries(rows.stream().map(Report::reporter).distinct().toList());
		List<ReportView> reports = rows.stream()
			.map(r -> new ReportView(r.id(), reporters.get(r.reporter()), r.reason(), r.note(), r.at()))
			.toList();
		List<LogEntry> history = log.ofContent(kase.ref());
		List<AppealView> caseAppeals = appealsOf(history.stream().map(LogEntry::id).toList());
		return new CaseDetail(cases.view(kase), reports, history, caseAppeals);
	}

	/** The audit log as the moderator may see it: one space, or every space they moderate (admins: everything). */
	public List<LogEntry> log(long moderatorId, @Nullable String spaceSlug, long before, int limit) {
		long from = before <= 0 ? Long.MAX_VALUE : before;
		if (spaceSlug != null) {
			permissions.require(moderatorId, spaceSlug);
			return log.latest(List.of(spaceSlug), from, limit);
		}
		return log.latest(permissions.moderatedSpaces(moderatorId), from, limit);
	}

	/** Actions against the member or their content, newest first, with what they may still appeal. */
	public List<MyAction> mine(long memberId) {
		List<LogEntry> entries = log.ofMember(memberId)
			.stream()
			.filter(e -> e.action() != ActionType.APPEAL_DENIED && e.action() != ActionType.APPEAL_GRANTED)
			.toList();
		Map<Long, AppealView> byAction = appealsOf(entries.stream().map(LogEntry::id).toList()).stream()
			.collect(Collectors.toMap(a -> a.action().id(), Function.identity()));
		var mine = new ArrayList<MyAction>();
		for (LogEntry e : entries) {
			Instant until = e.action().appealable() ? appeals.deadline(e) : null;
			boolean open = until != null && Instant.now().isBefore(until) && !byAction.containsKey(e.id());
			mine.add(new MyAction(e, open, until, byAction.get(e.id())));
		}
		return mine;
	}

	/** Votes voided by moderators, with their public reasons. */
	public List<LogEntry> voids(int limit) {
		return log.voids(limit);
	}

	private List<AppealView> pendingAppeals(@Nullable List<String> spaces) {
		String where = spaces == null ? "" : " and a.space_slug in (:spaces)";
		var statement = jdbc.sql("""
				select p.id from moderation_appeal p join moderation_action a on a.id = p.action_id
				where p.status = 'PENDING'""" + where + " order by p.created_at limit 200");
		if (spaces != null) {
			statement = statement.param("spaces", spaces);
		}
		return appeals(statement.query(Long.class).list());
	}

	private List<AppealView> appealsOf(List<Long> actionIds) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		return appeals(jdbc.sql("select id from moderation_appeal where action_id in (:ids) order by id")
			.param("ids", actionIds)
			.query(Long.class)
			.list());
	}

	private List<AppealView> appeals(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		record Row(long id, long action, long appellant, String statement, String status, Instant at, @Nullable Long decidedBy,
				@Nullable Instant decidedAt, @Nullable String decision) {
		}
		List<Row> rows = jdbc.sql("""
				select id, action_id, appellant_id, statement, status, created_at, decided_by, decided_at, decision
				from moderation_appeal where id in (:ids) order by id""")
			.param("ids", ids)
			.query((rs, i) -> {
				Timestamp decided = rs.getTimestamp(8);
				return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
						rs.getTimestamp(6).toInstant(), AuditLog.nullableLong(rs, "decided_by"),
						decided == null ? null : decided.toInstant(), rs.getString(9));
			})
			.list();
		var people = new ArrayList<Long>();
		rows.forEach(r -> {
			people.add(r.appellant());
			if (r.decidedBy() != null) {
				people.add(r.decidedBy());
			}
		});
		Map<Long, MemberSummary> summaries = members.summaries(people.stream().distinct().toList());
		Map<Long, LogEntry> actions = log.byIds(rows.stream().map(Row::action).distinct().toList());
		return rows.stream()
			.map(r -> new AppealView(r.id(), actions.get(r.action()), summaries.get(r.appellant()), r.statement(), r.status(),
					r.at(), r.decidedBy() == null ? null : summaries.get(r.decidedBy()), r.decidedAt(), r.decision()))
			.toList();
	}
}
