package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.budgets.internal.PabulibImportSettings;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The pabulib import as a denial-of-service tool: a file over the size or voter limit is refused
 * with a problem naming the limit, before it is read whole, and nothing is stored; and the owner
 * of a community — anyone may open one — may not import at all.
 */
class SecurityPabulibImportIT extends AbstractApplicationIT {

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	@Autowired
	PabulibImportSettings limits;

	/** A valid approval election of 5 projects; each vote row padded to {@code padding} characters. */
	private static byte[] election(int voters, int padding) {
		var text = new StringBuilder("META\nkey;value\nbudget;100\nvote_type;approval\nrule;greedy\n"
				+ "PROJECTS\nproject_id;cost\n1;10\n2;10\n3;10\n4;10\n5;10\nVOTES\nvoter_id;vote;note\n");
		String pad = "x".repeat(padding);
		for (int v = 1; v <= voters; v++) {
			text.append(v).append(';').append(1 + v % 5).append(';').append(pad).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void oversizedElectionsAreRefusedAndCommunityOwnersMayNotImport() {
		var host = member("pbhost");
		String token = token(host);
		String org = uniqueSlug("org");
		organisations.create(host.id(), new CreateOrganisation("Org " + org, org, OrganisationKind.CITY, "", ""));
		String space = uniqueSlug("pb");
		spaces.create(host.id(), new CreateSpace(org, "Space " + space, space, "", Visibility.PUBLIC, Set.of("budgets")));
		String path = "/api/v1/spaces/" + space + "/budgets/import";
		long budgets = count("select count(*) from budget");
		long ballots = count("select count(*) from budget_ballot");

		long maxBytes = limits.maxFileSize().toBytes();
		int voters = limits.maxVoters() / 2;
		byte[] large = election(voters, (int) (maxBytes / voters) + 1);
		assertThat((long) large.length).isGreaterThan(maxBytes);
		JsonNode problem = assertProblem(http().apiBytes("POST", path, token, "text/plain", large), 400);
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("error.budget.pb-too-large");
		assertThat(problem.get("errors").get(0).get("message").asString())
			.isEqualTo(apiMessage("error.budget.pb-too-large", limits.maxMegabytes()));

		problem = assertProblem(http().apiBytes("POST", path, token, "text/plain", election(limits.maxVoters() + 1, 0)),
				400);
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("error.budget.pb-too-many-voters");
		assertThat(count("select count(*) from budget")).isEqualTo(budgets);
		assertThat(count("select count(*) from budget_ballot")).isEqualTo(ballots);

		var founder = member("founder");
		String community = uniqueSlug("community");
		spaces.create(founder.id(), new CreateSpace(null, "Community " + community, community, "", Visibility.PUBLIC,
				Set.of("budgets")));
		problem = assertProblem(http().apiBytes("POST", "/api/v1/spaces/" + community + "/budgets/import", token(founder),
				"text/plain", election(3, 0)), 403);
		assertThat(problem.get("code").asString()).isEqualTo("error.budget.import-hosted-only");
		assertThat(count("select count(*) from budget")).isEqualTo(budgets);
	}
}
