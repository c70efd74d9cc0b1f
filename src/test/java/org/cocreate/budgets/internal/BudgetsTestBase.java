package org.cocreate.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Budgets driven over the API of the whole application on PostgreSQL: a host (owner of an
 * organisation whose public space runs budgets) and members with tokens.
 */
abstract class BudgetsTestBase extends AbstractApplicationIT {

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	/** A member with an API token. */
	record Caller(Member member, String token) {

		long id() {
			return member.id();
		}
	}

	/** An organisation's owner and its public space with budgets switched on. */
	record Host(Caller owner, String organisation, String space) {
	}

	Caller caller(String prefix) {
		Member m = member(prefix);
		return new Caller(m, token(m));
	}

	Host host() {
		Caller owner = caller("host");
		String org = uniqueSlug("org");
		organisations.create(owner.id(), new CreateOrganisation("Org " + org, org, OrganisationKind.CITY, "", ""));
		String space = uniqueSlug("pb");
		spaces.create(owner.id(), new CreateSpace(org, "Budget space " + space, space, "", Visibility.PUBLIC,
				Set.of("ideas", "budgets")));
		return new Host(owner, org, space);
	}

	Http.Response api(String method, String path, Caller caller, Object body) {
		return http().api(method, path, caller == null ? null : caller.token(), body);
	}

	/** Opens a budget with these settings over those of a plain one (1000 EUR, approval, greedy). */
	long budget(Host host, Object... settings) {
		Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Budget " + uniqueSlug("b"), "amount", 1000,
				"currency", "EUR", "rule", "greedy"));
		for (int i = 0; i + 1 < settings.length; i += 2) {
			body.put((String) settings[i], settings[i + 1]);
		}
		var created = api("POST", "/api/v1/spaces/" + host.space() + "/budgets", host.owner(), body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	long propose(long budget, Caller member, String title, long cost) {
		var created = api("POST", "/api/v1/budgets/" + budget + "/projects", member,
				Map.of("title", title, "description", "Why: *because*.", "cost", cost));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	void phase(Host host, long budget, String phase) {
		var moved = api("POST", "/api/v1/budgets/" + budget + "/phase", host.owner(), Map.of("phase", phase));
		assertThat(moved.status()).as("%s", moved).isEqualTo(200);
		assertThat(moved.json().get("phase").asString()).isEqualTo(phase);
	}

	void feasible(Host host, long project) {
		var reviewed = api("POST", "/api/v1/budget-projects/" + project + "/review", host.owner(),
				Map.of("feasible", true, "reason", "The city can build it this year."));
		assertThat(reviewed.status()).as("%s", reviewed).isEqualTo(200);
	}

	/** A budget in VOTING with feasible projects of these costs; returns the budget and project ids. */
	List<Long> votingBudget(Host host, long[] costs, Object... settings) {
		long budget = budget(host, settings);
		List<Long> ids = new ArrayList<>();
		ids.add(budget);
		Caller proposer = caller("proposer");
		for (int i = 0; i < costs.length; i++) {
			ids.add(propose(budget, proposer, "Project " + (char) ('A' + i), costs[i]));
		}
		phase(host, budget, "REVIEW");
		ids.subList(1, ids.size()).forEach(p -> feasible(host, p));
		phase(host, budget, "VOTING");
		return ids;
	}

	Http.Response vote(long budget, Caller voter, List<Long> projects) {
		return api("PUT", "/api/v1/budgets/" + budget + "/ballot", voter, Map.of("projects", projects));
	}

	long ballots(long budget) {
		return count("select count(*) from budget_ballot where budget_id = ?", budget);
	}

	JsonNode results(long budget) {
		var results = http().apiGet("/api/v1/budgets/" + budget + "/results", null);
		assertThat(results.status()).as("%s", results).isEqualTo(200);
		return results.json();
	}

	static byte[] resource(String name) {
		try (InputStream in = BudgetsTestBase.class.getResourceAsStream("/budgets/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a raw .pb body to the import API (Http sends JSON only, so this builds the request itself). */
	Http.Response importFile(Host host, byte[] file, String query) {
		return new PbUpload(port).post("/api/v1/spaces/" + host.space() + "/budgets/import" + query, host.owner().token(), file);
	}
}
