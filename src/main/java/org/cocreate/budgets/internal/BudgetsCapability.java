package org.cocreate.budgets.internal;

import java.util.List;
import java.util.Optional;
import org.cocreate.spaces.Capability;
import org.cocreate.spaces.DemoSeeder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How community budgets describe themselves: off unless a space switches them on, they live at
 * {@code /s/{slug}/budgets} and publish budgets and their projects.
 */
@Component
class BudgetsCapability implements Capability {

	static final String ID = "budgets";

	private final JdbcClient jdbc;

	/** Looked up when asked: the seeder uses the spaces, which collect this descriptor. */
	private final ObjectProvider<BudgetsDemo> demo;

	BudgetsCapability(JdbcClient jdbc, ObjectProvider<BudgetsDemo> demo) {
		this.jdbc = jdbc;
		this.demo = demo;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<String> actions() {
		return List.of("capability.budgets.action.run", "capability.budgets.action.propose",
				"capability.budgets.action.vote", "capability.budgets.action.results");
	}

	@Override
	public boolean onByDefault() {
		return false;
	}

	@Override
	public List<String> contentKinds() {
		return List.of(BudgetContent.BUDGET, ProjectModeration.KIND);
	}

	@Override
	public List<String> publicPages() {
		return List.of("/s/*/budgets", "/budgets/*", "/budgets/*/results", "/budgets/*/export.pb");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/spaces/*/budgets", "/api/v1/budgets/*", "/api/v1/budgets/*/projects",
				"/api/v1/budgets/*/results", "/api/v1/budgets/*/export", "/api/v1/budget-projects/*");
	}

	@Override
	public Optional<Stat> statsFor(long spaceId) {
		long budgets = jdbc.sql("select count(*) from budget where space_id = ?").param(spaceId).query(Long.class).single();
		return Optional.of(new Stat("capability.budgets.stat", budgets));
	}

	@Override
	public Optional<DemoSeeder> demo() {
		return Optional.ofNullable(demo.getIfAvailable());
	}
}
