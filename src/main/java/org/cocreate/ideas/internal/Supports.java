package org.cocreate.ideas.internal;

import java.time.Instant;
import java.util.Optional;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.NetworkOrigin;
import org.cocreate.moderation.VoteEvents.VoteCast;
import org.cocreate.moderation.VoteEvents.VoteWithdrawn;
import org.cocreate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporting and withdrawing: the hot path. The primary key of {@code idea_support} is the
 * one-support rule; the counter moves in the same transaction, and only when a row was really
 * inserted or deleted, so it cannot drift from the rows however many requests race. A merge
 * locks the idea row; a support that arrives meanwhile waits for it and is then refused (the
 * idea is merged) and rolled back, or lands before it and is moved with the others.
 */
@Service
public class Supports {

	private record Target(long spaceId, long authorId, boolean merged, boolean deleted) {
	}

	/**
	 * The support statement (named parameters {@code :idea}, {@code :member}, {@code :threshold},
	 * {@code :days}). {@code bench/ideas/support.pgbench} runs this very text as its ceiling; a test
	 * keeps the two equal.
	 */
	static final String SUPPORT = """
				with target as (
				    select id, space_id, author_id, merged_into is not null as merged, deleted_at is not null as deleted
				    from idea where id = :idea),
				inserted as (
				    insert into idea_support (idea_id, member_id)
				    select t.id, :member from target t where not t.merged and not t.deleted and t.author_id <> :member
				    on conflict do nothing returning idea_id),
				promise as (
				    select coalesce(max(s.support_threshold), :threshold) as threshold, coalesce(max(s.answer_days), :days) as days
				    from idea_space_settings s where s.space_id = (select space_id from target)),
				counted as (
				    update idea i set support_count = i.support_count + 1,
				        hot = idea_hot(i.support_count + 1, i.created_at),
				        threshold_reached_at = case when i.threshold_reached_at is null and i.support_count + 1 >= p.threshold
				            then now() else i.threshold_reached_at end,
				        answer_due_at = case when i.answer_due_at is null and i.support_count + 1 >= p.threshold
				            then now() + make_interval(days => p.days) else i.answer_due_at end
				    from promise p
				    where i.id = (select idea_id from inserted) and i.merged_into is null and i.deleted_at is null
				    returning i.id),
				followed as (
				    insert into idea_follower (idea_id, member_id) select id, :member from counted on conflict do nothing)
				select t.space_id, t.author_id, t.merged, t.deleted,
				    (select count(*) from inserted) as inserted, (select count(*) from counted) as counted
				from target t""";

	private final JdbcClient jdbc;

	private final IdeaPermissions permissions;

	private final ApplicationEventPublisher events;

	Supports(JdbcClient jdbc, IdeaPermissions permissions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.events = events;
	}

	/** Supports the idea; true when this call added the support, false when it was already there. */
	@Transactional
	public boolean support(long memberId, long ideaId) {
		// One statement, one round trip: read the idea; insert the support only for a live idea by someone
		// else, and only then count it (and reach the threshold) and follow the idea unless the member turned
		// that off. Waiting for a merge's lock, the update re-reads the idea and finds it merged: nothing is
		// counted and the insert is rolled back. Who may see the space is asked after, from the space id the
		// statement returns; a refusal throws, and the transaction, with anything inserted, rolls back.
		var outcome = jdbc.sql(SUPPORT)
			.param("idea", ideaId)
			.param("member", memberId)
			.param("threshold", IdeaSpaceSettings.DEFAULT_THRESHOLD)
			.param("days", IdeaSpaceSettings.DEFAULT_ANSWER_DAYS)
			.query((rs, i) -> new Outcome(new Target(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4)),
					rs.getInt(5), rs.getInt(6)))
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.idea.not-found", String.valueOf(ideaId)));
		refuseUnless(outcome.target(), ideaId, memberId);
		if (outcome.target().authorId() == memberId) {
			throw DomainException.conflict("error.idea.own-support");
		}
		if (outcome.inserted() == 0) {
			return false;
		}
		if (outcome.counted() == 0) {
			// merged or removed while this support waited for the lock: refuse, and the insert rolls back
			throw DomainException.conflict("error.idea.merged-meanwhile");
		}
		// for the vote-fraud signals: who, from which network origin (recorded in this transaction)
		events.publishEvent(new VoteCast(new ContentRef(IdeaModeration.KIND, ideaId), memberId, NetworkOrigin.current(),
				outcome.target().spaceId(), Instant.now()));
		return true;
	}

	/** What the support statement found (the idea) and did (rows inserted, counted). */
	private record Outcome(Target target, int inserted, int counted) {
	}

	/** Withdraws the member's support; true when there was one. */
	@Transactional
	public boolean withdraw(long memberId, long ideaId) {
		target(ideaId, memberId);
		// lock the idea first, as a merge does, so the two never wait on each other's rows
		boolean live = jdbc.sql("select merged_into is null and deleted_at is null from idea where id = ? for no key update")
			.param(ideaId)
			.query(Boolean.class)
			.single();
		if (!live) {
			throw DomainException.conflict("error.idea.merged-meanwhile");
		}
		int deleted = jdbc.sql("delete from idea_support where idea_id = ? and member_id = ?").params(ideaId, memberId).update();
		if (deleted == 1) {
			jdbc.sql("""
					update idea set support_count = support_count - 1,
					    hot = idea_hot(support_count - 1, created_at)
					where id = ?""")
				.param(ideaId)
				.update();
			events.publishEvent(new VoteWithdrawn(new ContentRef(IdeaModeration.KIND, ideaId), memberId));
		}
		return deleted == 1;
	}

	@Transactional(readOnly = true)
	public boolean supports(long memberId, long ideaId) {
		return jdbc.sql("select exists (select 1 from idea_support where idea_id = ? and member_id = ?)")
			.params(ideaId, memberId)
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public int count(long ideaId) {
		return jdbc.sql("select support_count from idea where id = ?").param(ideaId).query(Integer.class).optional().orElse(0);
	}

	private Target target(long ideaId, long memberId) {
		Optional<Target> found = jdbc.sql("""
				select space_id, author_id, merged_into is not null as merged, deleted_at is not null as deleted
				from idea where id = ?""")
			.param(ideaId)
			.query((rs, i) -> new Target(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4)))
			.optional();
		Target target = found.orElseThrow(() -> DomainException.notFound("error.idea.not-found", String.valueOf(ideaId)));
		refuseUnless(target, ideaId, memberId);
		return target;
	}

	/** Anyone who may see the space may support a live idea; a signed-in member is guaranteed by the route rules. */
	private void refuseUnless(Target target, long ideaId, long memberId) {
		permissions.requireVisible(target.spaceId(), memberId, ideaId);
		if (target.deleted()) {
			throw DomainException.conflict("error.idea.deleted");
		}
		if (target.merged()) {
			throw DomainException.conflict("error.idea.merged-no-support");
		}
	}
}
