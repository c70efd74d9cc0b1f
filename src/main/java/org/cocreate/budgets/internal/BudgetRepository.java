package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Budgets in PostgreSQL, read and written with plain SQL. */
@Repository
class BudgetRepository {

	private final JdbcClient jdbc;

	BudgetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long spaceId, long creatorId, BudgetSettings.Valid s, BudgetPhase phase, boolean imported) {
		return jdbc.sql("""
				insert into budget (space_id, name, description, amount, currency, rule, utility, min_score, ballot_type,
				    min_count, max_count, max_points_per_project, max_points_total, phase, proposals_end, review_end,
				    voting_end, imported, created_by)
				values (:space, :name, :description, :amount, :currency, :rule, :utility, :minScore, :ballotType,
				    :minCount, :maxCount, :perProject, :total, :phase, :proposalsEnd, :reviewEnd, :votingEnd, :imported, :creator)
				returning id""")
			.param("space", spaceId)
			.param("name", s.name())
			.param("description", s.description())
			.param("amount", s.amount())
			.param("currency", s.currency())
			.param("rule", s.rule())
			.param("utility", s.utility().name())
			.param("minScore", s.minScore())
			.param("ballotType", s.ballotType().name())
			.param("minCount", s.minCount())
			.param("maxCount", s.maxCount())
			.param("perProject", s.maxPointsPerProject())
			.param("total", s.maxPointsTotal())
			.param("phase", phase.name())
			.param("proposalsEnd", timestamp(s.proposalsEnd()))
			.param("reviewEnd", timestamp(s.reviewEnd()))
			.param("votingEnd", timestamp(s.votingEnd()))
			.param("imported", imported)
			.param("creator", creatorId)
			.query(Long.class)
			.single();
	}

	Optional<Budget> find(long id) {
		return jdbc.sql("select * from budget where id = ?").param(id).query(BudgetRepository::map).optional();
	}

	Budget get(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("error.budget.not-found", String.valueOf(id)));
	}

	/** The budget, its row locked until the transaction ends: for phase changes. */
	Budget lock(long id) {
		return jdbc.sql("select * from budget where id = ? for update")
			.param(id)
			.query(BudgetRepository::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.budget.not-found", String.valueOf(id)));
	}

	/**
	 * The budget with a shared lock: many ballots may hold it at once, but a phase change waits
	 * for them (and they for it), so no ballot slips in after the outcome was computed.
	 */
	Budget share(long id) {
		return jdbc.sql("select * from budget where id = ? for share")
			.param(id)
			.query(BudgetRepository::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.budget.not-found", String.valueOf(id)));
	}

	List<Budget> ofSpace(long spaceId) {
		return jdbc.sql("select * from budget where space_id = ? order by id desc").param(spaceId).query(BudgetRepository::map).list();
	}

	/** Budgets whose current phase has a date that has passed. */
	List<Long> due(Instant now) {
		return jdbc.sql("""
				select id from budget
				where (phase = 'PROPOSALS' and proposals_end <= :now) or (phase = 'REVIEW' and review_end <= :now)
				   or (phase = 'VOTING' and voting_end <= :now)
				order by id""")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	void movePhase(long id, BudgetPhase phase) {
		jdbc.sql("update budget set phase = ?, phase_changed_at = now(), version = version + 1 where id = ?")
			.params(phase.name(), id)
			.update();
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Budget map(ResultSet rs, int row) throws SQLException {
		return new Budget(rs.getLong("id"), rs.getLong("space_id"), rs.getString("name"), rs.getString("description"),
				rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("rule"),
				Utility.valueOf(rs.getString("utility")), rs.getBigDecimal("min_score"),
				BallotKind.valueOf(rs.getString("ballot_type")), integer(rs, "min_count"), integer(rs, "max_count"),
				integer(rs, "max_points_per_project"), integer(rs, "max_points_total"),
				BudgetPhase.valueOf(rs.getString("phase")), instant(rs, "proposals_end"), instant(rs, "review_end"),
				instant(rs, "voting_end"), instant(rs, "phase_changed_at"), rs.getBoolean("imported"),
				strings(rs.getArray("pb_meta_keys")), strings(rs.getArray("pb_meta_values")),
				strings(rs.getArray("pb_project_columns")), strings(rs.getArray("pb_vote_columns")),
				rs.getString("result_rule"), rs.getBigDecimal("result_total"), integer(rs, "result_voters"),
				strings(rs.getArray("result_notes")), instant(rs, "results_at"), rs.getBoolean("results_stale"), rs.getLong("created_by"),
				instant(rs, "created_at"));
	}

	static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	@SuppressWarnings("NullAway")
	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static @Nullable List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		return Arrays.asList((String[]) array.getArray());
	}

	static @Nullable List<BigDecimal> decimals(@Nullable Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		return Arrays.asList((BigDecimal[]) array.getArray());
	}

	static List<Long> longs(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}
}
