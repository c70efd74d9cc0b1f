package org.cocreate.budgets.internal;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.cocreate.Http;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What a pabulib import takes: files generated here near and over the configured limits (size,
 * projects, voters), a ballot listing a project twice (imported, counted once, with a warning),
 * and who may import at all.
 */
@PostgresTest
class PabulibImportLimitsIT extends BudgetsTestBase {

	@Autowired
	PabulibImportSettings limits;

	/**
	 * A valid approval election with {@code projects} projects costing 10 each, a budget of 100,
	 * and {@code voters} ballots for two projects, each row padded with {@code padding}
	 * characters in a {@code comment} column.
	 */
	static byte[] election(int projects, int voters, int padding) {
		var text = new StringBuilder(64 + voters * (padding + 24));
		text.append("META\nkey;value\ndescription;Generated election\nbudget;100\nvote_type;approval\nrule;greedy\n");
		text.append("PROJECTS\nproject_id;cost;name\n");
		for (int p = 1; p <= projects; p++) {
			text.append(p).append(";10;Project ").append(p).append('\n');
		}
		text.append("VOTES\nvoter_id;vote;comment\n");
		String pad = "x".repeat(padding);
		for (int v = 1; v <= voters; v++) {
			text.append('v').append(v).append(';').append(1 + v % projects).append(',').append(1 + (v + 1) % projects)
				.append(';').append(pad).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void filesOverALimitAreRefusedNamingItAndNothingIsStored() {
		Host host = host();
		long maxBytes = limits.maxFileSize().toBytes();
		long budgets = count("select count(*) from budget");
		long ballots = count("select count(*) from budget_ballot");

		// over the size: voters well under their limit, but long rows
		int voters = limits.maxVoters() / 2;
		byte[] large = election(10, voters, (int) (maxBytes / voters) + 10);
		assertThat((long) large.length).isGreaterThan(maxBytes);
		JsonNode error = assertFieldError(importFile(host, large, ""), "file", "error.budget.pb-too-large");
		assertThat(error.get("message").asString())
			.isEqualTo(apiMessage("error.budget.pb-too-large", limits.maxMegabytes()));

		// over the voters: a small file
		byte[] manyVoters = election(10, limits.maxVoters() + 1, 0);
		assertThat((long) manyVoters.length).isLessThan(maxBytes);
		error = assertFieldError(importFile(host, manyVoters, ""), "file", "error.budget.pb-too-many-voters");
		assertThat(error.get("message").asString())
			.isEqualTo(apiMessage("error.budget.pb-too-many-voters", limits.maxVoters()));

		// over the projects
		error = assertFieldError(importFile(host, election(limits.maxProjects() + 1, 10, 0), ""), "file",
				"error.budget.pb-too-many-projects");
		assertThat(error.get("message").asString())
			.isEqualTo(apiMessage("error.budget.pb-too-many-projects", limits.maxProjects()));

		// the page says it as a form error
		var http = loggedIn(host.owner().member());
		var form = http.get("/s/" + host.space() + "/budgets/import");
		assertThat(form.body()).contains(message("budgets.import.limits", limits.maxMegabytes(), limits.maxProjects(),
				limits.maxVoters()));
		var refused = http.postMultipart("/s/" + host.space() + "/budgets/import",
				Map.of("_csrf", form.csrf(), "name", "Too large", "rule", "auto"), "file", "large.pb", "text/plain", large);
		assertThat(refused.status()).as("%s", refused).isEqualTo(200);
		assertThat(refused.body()).contains(message("error.budget.pb-too-large", limits.maxMegabytes()))
			.contains("value=\"Too large\"");

		assertThat(count("select count(*) from budget")).isEqualTo(budgets);
		assertThat(count("select count(*) from budget_ballot")).isEqualTo(ballots);
	}

	@Test
	void aFileJustUnderTheLimitsImports() {
		Host host = host();
		long maxBytes = limits.maxFileSize().toBytes();
		int voters = limits.maxVoters() - 1;
		int padding = (int) ((maxBytes - election(limits.maxProjects(), voters, 0).length) / voters) - 1;
		byte[] file = election(limits.maxProjects(), voters, Math.max(0, padding));
		assertThat((long) file.length).isLessThanOrEqualTo(maxBytes).isGreaterThan(maxBytes * 9 / 10);

		var imported = importFile(host, file, "");
		assertThat(imported.status()).as("%s", imported).isEqualTo(201);
		long id = imported.json().get("id").asLong();
		assertThat(imported.json().get("ballotCount").asLong()).isEqualTo(voters);
		assertThat(imported.json().get("projectCount").asLong()).isEqualTo(limits.maxProjects());
		assertThat(imported.json().get("warnings")).isEmpty();
		assertThat(results(id).get("voters").asLong()).isEqualTo(voters);
	}

	@Test
	void aProjectListedTwiceOnABallotIsCountedOnceWithAWarning() {
		Host host = host();
		// a and b cost 60 of 100: one fits. Counted as written, voter 1's three a's would beat
		// b's two supporters; counted once, b is funded.
		String text = """
				META
				key;value
				description;Repeated projects
				budget;100
				vote_type;approval
				rule;greedy
				PROJECTS
				project_id;cost;name
				a;60;A
				b;60;B
				VOTES
				voter_id;vote
				1;a,a,a
				2;b
				3;b,b
				""";
		var imported = importFile(host, text.getBytes(StandardCharsets.UTF_8), "");
		assertThat(imported.status()).as("%s", imported).isEqualTo(201);
		JsonNode warning = imported.json().get("warnings").get(0);
		assertThat(warning.get("code").asString()).isEqualTo("repeated-project");
		assertThat(warning.get("count").asLong()).isEqualTo(2);
		assertThat(warning.get("line").asLong()).isEqualTo(13);
		assertThat(warning.get("message").asString())
			.isEqualTo(apiMessage("budgets.import.warning.repeated-project", 2L, 13L, "a"));
		long id = imported.json().get("id").asLong();
		JsonNode results = results(id);
		assertThat(results.get("funded")).singleElement().satisfies(p -> {
			assertThat(p.get("pbId").asString()).isEqualTo("b");
			assertThat(p.get("votes").asLong()).isEqualTo(2);
		});
		assertThat(count("select count(*) from budget_ballot where budget_id = ? and cardinality(project_ids) = 1", id))
			.isEqualTo(3);

		// the page shows the warning on the results it leads to
		var http = loggedIn(host.owner().member());
		var form = http.get("/s/" + host.space() + "/budgets/import");
		var posted = http.postMultipart("/s/" + host.space() + "/budgets/import",
				Map.of("_csrf", form.csrf(), "name", "", "rule", "auto"), "file", "repeated.pb", "text/plain",
				text.getBytes(StandardCharsets.UTF_8));
		assertThat(posted.status()).as("%s", posted).isEqualTo(302);
		String location = posted.headers().firstValue("Location").orElseThrow();
		Http.Response page = http.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(page.body()).contains(message("budgets.import.warnings"))
			.contains(message("budgets.import.warning.repeated-project", 2L, 13L, "a"));
	}

	@Test
	void onlyHostsOfAnOrganisationsSpaceOrAPlatformAdminImport() {
		byte[] file = election(3, 5, 0);
		// the owner of a community space may not: anyone may open one
		Caller founder = caller("founder");
		String community = uniqueSlug("community");
		spaces.create(founder.id(), new CreateSpace(null, "Community " + community, community, "", Visibility.PUBLIC,
				Set.of("ideas", "budgets")));
		long budgets = count("select count(*) from budget");
		var refused = new PbUpload(port).post("/api/v1/spaces/" + community + "/budgets/import", founder.token(), file);
		JsonNode problem = assertProblem(refused, 403);
		assertThat(problem.get("detail").asString()).isEqualTo(apiMessage("error.budget.import-hosted-only"));
		assertThat(count("select count(*) from budget")).isEqualTo(budgets);

		// a platform admin may, there and in an organisation's space
		Member adminMember = admin("admin");
		Caller admin = new Caller(adminMember, token(adminMember));
		assertThat(new PbUpload(port).post("/api/v1/spaces/" + community + "/budgets/import", admin.token(), file).status())
			.isEqualTo(201);
		Host host = host();
		assertThat(new PbUpload(port).post("/api/v1/spaces/" + host.space() + "/budgets/import", admin.token(), file)
			.status()).isEqualTo(201);
		// and the organisation's host may
		assertThat(importFile(host, file, "").status()).isEqualTo(201);
	}
}
