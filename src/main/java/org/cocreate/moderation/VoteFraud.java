package org.cocreate.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.moderation.AuditLog.Subject;
import org.cocreate.moderation.VoteEvents.VoteCast;
import org.cocreate.moderation.VoteEvents.VoteWithdrawn;
import org.cocreate.moderation.VoteEvents.VotesVoided;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vote-fraud signals. Every vote a module reports ({@link VoteCast}) is kept with its network
 * origin, in the voter's transaction. For a space, moderators see three signals with their
 * evidence: bursts of votes from accounts younger than a day, many accounts voting for one target
 * from one origin, and rings of accounts that vote together (pairs whose sets of voted targets
 * have a Jaccard similarity above a threshold over enough votes, joined into groups). A moderator
 * voids votes with a public reason; the owning module removes them ({@link VotesVoided}).
 */
@Service
public class VoteFraud {

	public enum Kind {
		BURST, SHARED_ORIGIN, RING
	}

	/**
	 * How a vote is kept (a vote cast again after a void counts again). The ideas benchmark's
	 * ceiling ({@code bench/ideas/support.pgbench}) runs it as part of the support transaction; a
	 * test keeps the two equal.
	 */
	static final String RECORD = """
			insert into vote_record (target_kind, target_id, member_id, origin, space_id, created_at) values (?, ?, ?, ?, ?, ?)
			on conflict (target_kind, target_id, member_id) do update
			set origin = excluded.origin, created_at = excluded.created_at, voided_at = null, void_action = null""";

	/** One signal: the targets and members concerned, and the evidence as message arguments. */
	public record Signal(Kind kind, List<ContentRef> targets, List<MemberSummary> members, List<String> evidence) {

		/** The form value naming the targets: {@code idea:1 idea:2}. */
		public String targetList() {
			return String.join(" ", targets.stream().map(ContentRef::toString).toList());
		}

		public String memberList() {
			return String.join(" ", members.stream().map(m -> String.valueOf(m.id())).toList());
		}
	}

	/** Void the votes of these members on these targets, with a public reason. */
	public record VoidVotes(@Nullable List<String> targets, @Nullable List<Long> memberIds, @Nullable String reason) {
	}

	private record Vote(ContentRef target, long member, String origin, Instant at) {
	}

	private final JdbcClient jdbc;

	private final Members members;

	private final Spaces spaces;

	private final ModerationPermissions permissions;

	private final ContentKinds kinds;

	private final AuditLog log;

	private final ModerationSettings settings;

	private final ApplicationEventPublisher events;

	VoteFraud(JdbcClient jdbc, Members members, Spaces spaces, ModerationPermissions permissions, ContentKinds kinds,
			AuditLog log, ModerationSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.members = members;
		this.spaces = spaces;
		this.permissions = permissions;
		this.kinds = kinds;
		this.log = log;
		this.settings = settings;
		this.events = events;
	}

	/** Recorded in the voter's own transaction: one insert, so a vote and its record stand or fall together. */
	@EventListener
	void on(VoteCast vote) {
		jdbc.sql(RECORD)
			.params(vote.target().kind(), vote.target().id(), vote.memberId(), truncate(vote.origin()), vote.spaceId(),
					java.sql.Timestamp.from(vote.at()))
			.update();
	}

	@EventListener
	void on(VoteWithdrawn vote) {
		jdbc.sql("delete from vote_record where target_kind = ? and target_id = ? and member_id = ? and voided_at is null")
			.params(vote.target().kind(), vote.target().id(), vote.memberId())
			.update();
	}

	/**
	 * Moves every vote recorded so far back by {@code by}, for seeded history (the demo site):
	 * votes cast seconds ago by accounts made seconds ago stand there for months past, so they
	 * leave the signals' window, as the seeded ideas' dates do ({@code ideas.IdeaHistory}). Not for live data.
	 */
	@Transactional
	public void moveRecordedVotesBack(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("votes cannot move into the future");
		}
		jdbc.sql("update vote_record set created_at = created_at - cast(? as interval)").param(by.toSeconds() + " seconds").update();
	}

	/** The signals of a space, for its moderators. */
	@Transactional(readOnly = true)
	public List<Signal> signals(long moderatorId, String spaceSlug) {
		permissions.require(moderatorId, spaceSlug);
		SpaceSummary space = spaces.bySlug(spaceSlug, moderatorId);
		var fraud = settings.fraud();
		List<Vote> votes = jdbc.sql("""
				select target_kind, target_id, member_id, origin, created_at from vote_record
				where space_id = ? and voided_at is null and created_at > now() - make_interval(days => ?)
				order by created_at""")
			.params(space.id(), fraud.windowDays())
			.query((rs, i) -> new Vote(new ContentRef(rs.getString(1), rs.getLong(2)), rs.getLong(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		var found = new ArrayList<Raw>();
		found.addAll(bursts(votes));
		found.addAll(sharedOrigins(votes));
		found.addAll(rings(votes));
		var ids = new TreeSet<Long>();
		found.forEach(s -> ids.addAll(s.members()));
		Map<Long, MemberSummary> people = members.summaries(ids);
		return found.stream()
			.map(s -> new Signal(s.kind(), s.targets(), s.members().stream().map(people::get).toList(), s.evidence()))
			.toList();
	}

	private record Raw(Kind kind, List<ContentRef> targets, List<Long> members, List<String> evidence) {
	}

	/** Per target and hour: at least {@code burstVotes} votes by accounts younger than {@code newAccountHours}. */
	private List<Raw> bursts(List<Vote> votes) {
		var fraud = settings.fraud();
		Map<Long, Instant> joined = members.joined(votes.stream().map(Vote::member).distinct().toList());
		Map<String, List<Vote>> byTargetHour = new LinkedHashMap<>();
		for (Vote v : votes) {
			Instant since = joined.get(v.member());
			if (since != null && Duration.between(since, v.at()).toHours() < fraud.newAccountHours()) {
				long hour = v.at().getEpochSecond() / 3600;
				byTargetHour.computeIfAbsent(v.target() + "@" + hour, k -> new ArrayList<>()).add(v);
			}
		}
		var raws = new ArrayList<Raw>();
		byTargetHour.values().stream().filter(l -> l.size() >= fraud.burstVotes()).forEach(l -> raws.add(new Raw(Kind.BURST,
				List.of(l.getFirst().target()), l.stream().map(Vote::member).distinct().toList(),
				List.of(String.valueOf(l.size()), String.valueOf(fraud.newAccountHours()), l.getFirst().at().toString()))));
		return raws;
	}

	/** Per target: at least {@code originAccounts} accounts voting from one network origin. */
	private List<Raw> sharedOrigins(List<Vote> votes) {
		Map<String, List<Vote>> byTargetOrigin = new LinkedHashMap<>();
		for (Vote v : votes) {
			if (!NetworkOrigin.NONE.equals(v.origin())) {
				byTargetOrigin.computeIfAbsent(v.target() + "@" + v.origin(), k -> new ArrayList<>()).add(v);
			}
		}
		var raws = new ArrayList<Raw>();
		byTargetOrigin.values()
			.stream()
			.filter(l -> l.size() >= settings.fraud().originAccounts())
			.forEach(l -> raws.add(new Raw(Kind.SHARED_ORIGIN, List.of(l.getFirst().target()),
					l.stream().map(Vote::member).toList(), List.of(String.valueOf(l.size()), l.getFirst().origin()))));
		return raws;
	}

	/**
	 * Pairs of members each with at least {@code ringMinVotes} votes whose voted targets have a
	 * Jaccard similarity of at least {@code ringSimilarity}, joined into groups (connected
	 * components); the evidence is the group's lowest similarity and the targets they share.
	 */
	private List<Raw> rings(List<Vote> votes) {
		var fraud = settings.fraud();
		Map<Long, Set<ContentRef>> byMember = new HashMap<>();
		votes.forEach(v -> byMember.computeIfAbsent(v.member(), k -> new LinkedHashSet<>()).add(v.target()));
		List<Long> active = byMember.entrySet()
			.stream()
			.filter(e -> e.getValue().size() >= fraud.ringMinVotes())
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		Map<Long, Long> parent = new HashMap<>();
		Map<Long, Double> lowest = new HashMap<>();
		for (int i = 0; i < active.size(); i++) {
			for (int j = i + 1; j < active.size(); j++) {
				Set<ContentRef> a = byMember.get(active.get(i));
				Set<ContentRef> b = byMember.get(active.get(j));
				long shared = a.stream().filter(b::contains).count();
				double jaccard = (double) shared / (a.size() + b.size() - shared);
				if (shared >= fraud.ringMinVotes() && jaccard >= fraud.ringSimilarity()) {
					union(parent, active.get(i), active.get(j));
					lowest.merge(active.get(i), jaccard, Math::min);
					lowest.merge(active.get(j), jaccard, Math::min);
				}
			}
		}
		Map<Long, List<Long>> groups = new LinkedHashMap<>();
		for (Long m : parent.keySet()) {
			groups.computeIfAbsent(find(parent, m), k -> new ArrayList<>()).add(m);
		}
		var raws = new ArrayList<Raw>();
		for (List<Long> group : groups.values()) {
			group.sort(null);
			Map<ContentRef, Integer> counts = new LinkedHashMap<>();
			group.forEach(m -> byMember.get(m).forEach(t -> counts.merge(t, 1, Integer::sum)));
			List<ContentRef> together = counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList();
			double low = group.stream().map(m -> lowest.getOrDefault(m, 1.0)).min(Double::compare).orElse(1.0);
			raws.add(new Raw(Kind.RING, together, group, List.of(String.valueOf(group.size()),
					String.format(Locale.ROOT, "%.2f", low), String.valueOf(together.size()))));
		}
		return raws;
	}

	private static void union(Map<Long, Long> parent, long a, long b) {
		long ra = find(parent, a);
		long rb = find(parent, b);
		if (ra != rb) {
			parent.put(Math.max(ra, rb), Math.min(ra, rb));
		}
	}

	private static long find(Map<Long, Long> parent, long x) {
		parent.putIfAbsent(x, x);
		long root = x;
		while (parent.get(root).longValue() != root) {
			root = parent.get(root);
		}
		parent.put(x, root);
		return root;
	}

	/** Voids the members' votes on each target with a public reason; returns the audit log entries. */
	@Transactional
	public List<Long> voidVotes(long moderatorId, VoidVotes command) {
		var errors = Errors.none();
		if (command.targets() == null || command.targets().isEmpty()) {
			errors.reject("targets", "error.required");
		}
		if (command.memberIds() == null || command.memberIds().isEmpty()) {
			errors.reject("memberIds", "error.required");
		}
		errors.checkLength("reason", command.reason(), 1, ModerationActions.REASON_MAX);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		String reason = command.reason().strip();
		var actions = new ArrayList<Long>();
		for (String text : command.targets()) {
			ContentRef target = ContentRef.parse(text.strip());
			ContentSnapshot content = kinds.snapshot(target);
			permissions.require(moderatorId, content.spaceSlug());
			if (content.authorId() == moderatorId) {
				throw DomainException.forbidden("moderation.error.own-content");
			}
			actions.addAll(voidOn(moderatorId, content, command.memberIds(), reason));
		}
		if (actions.isEmpty()) {
			throw DomainException.conflict("moderation.error.nothing-to-void");
		}
		return actions;
	}

	private List<Long> voidOn(long moderatorId, ContentSnapshot content, Collection<Long> memberIds, String reason) {
		ContentRef target = content.ref();
		List<Long> voided = jdbc.sql("""
				select member_id from vote_record
				where target_kind = :kind and target_id = :id and member_id in (:members) and voided_at is null
				order by member_id for update""")
			.param("kind", target.kind())
			.param("id", target.id())
			.param("members", memberIds)
			.query(Long.class)
			.list();
		if (voided.isEmpty()) {
			return List.of();
		}
		long action = log.record(moderatorId, ActionType.VOID_VOTES, new Subject(null, target, null, content.spaceSlug()),
				reason, null, "votes=" + voided.size());
		jdbc.sql("""
				update vote_record set voided_at = now(), void_action = :action
				where target_kind = :kind and target_id = :id and member_id in (:members)""")
			.param("action", action)
			.param("kind", target.kind())
			.param("id", target.id())
			.param("members", voided)
			.update();
		events.publishEvent(new VotesVoided(action, target, voided, reason, moderatorId, content.link(), Instant.now()));
		return List.of(action);
	}

	private static String truncate(String origin) {
		return origin.length() > 64 ? origin.substring(0, 64) : origin;
	}
}
