package org.cocreate.budgets;

import java.util.List;
import org.cocreate.spaces.Capability;
import org.springframework.stereotype.Component;

/**
 * How community budgets describe themselves to spaces: off unless a space switches them on,
 * they live at {@code /s/{slug}/budgets}.
 */
@Component
class BudgetsCapability implements Capability {

	static final String ID = "budgets";

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
}
