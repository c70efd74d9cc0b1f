package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.budgets.internal.BudgetViews.Reason;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Projects of budgets in PostgreSQL. */
@Repository
class ProjectRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long budgetId, String title, String description, BigDecimal cost, @Nullable Long proposerId,
			@Nullable Long ideaId) {
		return jdbc.sql("""
				insert into budget_project (budget_id, title, description, cost, proposer_id, idea_id)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(budgetId, title, description, cost, proposerId, ideaId)
			.query(Long.class)
			.single();
	}

	Project get(long id) {
		return jdbc.sql("select * from budget_project where id = ?")
			.param(id)
			.query(ProjectRepository::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.budget.project-not-found", String.valueOf(id)));
	}

	/** The projects of a budget in the order they were proposed (or listed in the imported file). */
	List<Project> ofBudget(long budgetId) {
		return jdbc.sql("select * from budget_project where budget_id = ? order by id")
			.param(budgetId)
			.query(ProjectRepository::map)
			.list();
	}

	/** Cost of every project on the ballot (the feasible ones), by id. */
	Map<Long, BigDecimal> onBallot(long budgetId) {
		var costs = new LinkedHashMap<Long, BigDecimal>();
		jdbc.sql("select id, cost from budget_project where budget_id = ? and review = 'FEASIBLE' order by id")
			.param(budgetId)
			.query((rs, i) -> costs.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return costs;
	}

	long count(long budgetId, ProjectReview review) {
		return jdbc.sql("select count(*) from budget_project where budget_id = ? and review = ?")
			.params(budgetId, review.name())
			.query(Long.class)
			.single();
	}

	void update(long id, String title, String description, BigDecimal cost) {
		jdbc.sql("update budget_project set title = ?, description = ?, cost = ? where id = ?")
			.params(title, description, cost, id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from budget_project where id = ?").param(id).update();
	}

	void review(long id, ProjectReview review, @Nullable String reason, long reviewerId) {
		jdbc.sql("update budget_project set review = ?, review_reason = ?, reviewed_by = ?, reviewed_at = now() where id = ?")
			.params(review.name(), reason, reviewerId, id)
			.update();
	}

	void outcome(long id, boolean funded, @Nullable Integer votes, @Nullable BigDecimal score, List<Reason> why) {
		jdbc.sql("update budget_project set funded = ?, votes = ?, score = ?, explanation = cast(? as jsonb) where id = ?")
			.params(funded, votes, score, JSON.writeValueAsString(why), id)
			.update();
	}

	static Project map(ResultSet rs, int row) throws SQLException {
		String explanation = rs.getString("explanation");
		Boolean funded = rs.getBoolean("funded");
		if (rs.wasNull()) {
			funded = null;
		}
		long proposer = rs.getLong("proposer_id");
		Long proposerId = rs.wasNull() ? null : proposer;
		long idea = rs.getLong("idea_id");
		Long ideaId = rs.wasNull() ? null : idea;
		return new Project(rs.getLong("id"), rs.getLong("budget_id"), rs.getString("pb_id"), rs.getString("title"),
				rs.getString("description"), rs.getBigDecimal("cost"), proposerId, ideaId,
				ProjectReview.valueOf(rs.getString("review")), rs.getString("review_reason"),
				BudgetRepository.strings(rs.getArray("pb_values")), funded, BudgetRepository.integer(rs, "votes"),
				rs.getBigDecimal("score"), explanation == null ? List.of() : JSON.readValue(explanation, REASONS),
				rs.getTimestamp("created_at").toInstant(), rs.getString("moderation"));
	}
}
