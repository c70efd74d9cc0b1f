package org.cocreate.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.cocreate.moderation.ModerationViews.Standing;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Suspensions and bans. A suspended or banned member may read, log in and out and appeal, but
 * every other write is refused with the reason and the end of the suspension. A suspension ends
 * by itself: it is active only while its end lies ahead.
 */
@Service
public class Sanctions {

	/**
	 * Every write asks whether its member may write. The few members under a sanction are kept in
	 * memory and re-read at most every {@link #REFRESH}, so the common answer ("yes") costs no query;
	 * a sanction imposed or lifted on this node counts at once, one on another node within
	 * {@link #REFRESH}.
	 */
	static final Duration REFRESH = Duration.ofSeconds(5);

	/** What was read, when, and after which change made here: a read begun before a change is never used after it. */
	private record Sanctioned(Set<Long> members, long readAtNanos, long change) {
	}

	private volatile @Nullable Sanctioned sanctioned;

	/** Counts the sanctions imposed or lifted on this node (each counted once more after its commit). */
	private final AtomicLong changes = new AtomicLong();

	private final JdbcClient jdbc;

	Sanctions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the member may be under a sanction: answered from memory, so a hot path can ask first. */
	public boolean mayBeSanctioned(long memberId) {
		Sanctioned known = sanctioned;
		long change = changes.get();
		if (known == null || known.change() != change || System.nanoTime() - known.readAtNanos() > REFRESH.toNanos()) {
			// a read racing a change here keeps the change it began after: the next ask sees it is stale
			long readAt = System.nanoTime();
			known = new Sanctioned(Set.copyOf(jdbc.sql("""
					select distinct member_id from member_sanction
					where lifted_at is null and (until is null or until > now())""").query(Long.class).list()), readAt, change);
			sanctioned = known;
		}
		return known.members().contains(memberId);
	}

	/**
	 * Makes what was read stale, so that the next write asks the database (after a change made
	 * here): now, and again once the change's transaction has ended, since a read begun meanwhile
	 * cannot see it yet.
	 */
	private void forget() {
		changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(
					new TransactionSynchronization() {
						@Override
						public void afterCompletion(int status) {
							changes.incrementAndGet();
						}
					});
		}
	}

	/** The member's active sanction, if any (the longest one). */
	@Transactional(readOnly = true)
	public Standing standing(long memberId) {
		return jdbc.sql("""
				select s.kind, s.until, a.reason from member_sanction s join moderation_action a on a.id = s.action_id
				where s.member_id = ? and s.lifted_at is null and (s.until is null or s.until > now())
				order by s.until desc nulls first limit 1""")
			.param(memberId)
			.query((rs, i) -> {
				Timestamp until = rs.getTimestamp(2);
				return new Standing(ActionType.valueOf(rs.getString(1)), until == null ? null : until.toInstant(),
						rs.getString(3));
			})
			.optional()
			.orElse(new Standing(null, null, null));
	}

	/** Refuses a write by a suspended or banned member, with the reason and the end. */
	public void requireMayWrite(long memberId) {
		if (!mayBeSanctioned(memberId)) {
			return;
		}
		Standing standing = standing(memberId);
		if (standing.sanction() == ActionType.BAN) {
			throw DomainException.forbidden("moderation.error.banned", standing.reason());
		}
		if (standing.sanction() == ActionType.SUSPEND) {
			throw DomainException.forbidden("moderation.error.suspended", String.valueOf(standing.until()), standing.reason());
		}
	}

	void impose(long memberId, ActionType kind, @Nullable Instant until, long actionId) {
		jdbc.sql("insert into member_sanction (member_id, kind, until, action_id) values (?, ?, ?, ?)")
			.params(memberId, kind.name(), until == null ? null : Timestamp.from(until), actionId)
			.update();
		forget();
	}

	/** Lifts the sanction imposed by the action; true when it was still active. */
	boolean lift(long actionId) {
		forget();
		return jdbc.sql("""
				update member_sanction set lifted_at = now()
				where action_id = ? and lifted_at is null and (until is null or until > now())""")
			.param(actionId)
			.update() > 0;
	}

	/** Lifts every active sanction of the member. */
	int liftAll(long memberId) {
		forget();
		return jdbc.sql("""
				update member_sanction set lifted_at = now()
				where member_id = ? and lifted_at is null and (until is null or until > now())""")
			.param(memberId)
			.update();
	}
}
