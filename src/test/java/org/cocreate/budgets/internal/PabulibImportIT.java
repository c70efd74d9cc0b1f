package org.cocreate.budgets.internal;

import org.cocreate.PostgresTest;
import org.cocreate.budgets.PabulibData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbProject;
import org.cocreate.budgets.pabulib.PbReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Real elections in and out: an imported file's outcome is the official one, its export reads
 * back as the same instance, and every malformed file is refused with its line and field while
 * nothing is stored.
 */
@PostgresTest
class PabulibImportIT extends BudgetsTestBase {

	@Test
	void swiecieImportsWithItsOfficialOutcomeAndExportsAsTheSameInstance() throws Exception {
		Host host = host();
		byte[] file = resource("Poland_Swiecie_2023.pb");
		var imported = importFile(host, file, "");
		assertThat(imported.status()).as("%s", imported).isEqualTo(201);
		JsonNode budget = imported.json();
		long id = budget.get("id").asLong();
		assertThat(budget.get("phase").asString()).isEqualTo("RESULTS");
		assertThat(budget.get("rule").asString()).isEqualTo("equalshares/add1");
		assertThat(budget.get("currency").asString()).isEqualTo("PLN");
		assertThat(budget.get("ballotCount").asLong()).isEqualTo(2553);
		// imported voters are not members
		assertThat(count("select count(*) from budget_ballot where budget_id = ? and member_id is not null", id)).isZero();

		PbInstance original = new PbReader().read(new String(file, StandardCharsets.UTF_8));
		List<String> official = new ArrayList<>();
		for (PbProject p : original.projects()) {
			if ("1".equals(original.projectValue(p, "selected"))) {
				official.add(p.id());
			}
		}
		JsonNode results = results(id);
		List<String> funded = new ArrayList<>();
		results.get("funded").forEach(p -> funded.add(p.get("pbId").asString()));
		assertThat(funded).containsExactlyInAnyOrderElementsOf(official);
		assertThat(results.get("spent").decimalValue()).isEqualByComparingTo("1040337");
		assertThat(results.get("funded").get(0).get("explanation").get(0).get("key").asString()).isEqualTo("budgets.why.mes.funded");

		var export = http().get("/budgets/" + id + "/export.pb");
		assertThat(export.status()).isEqualTo(200);
		assertThat(new PbReader().read(export.body())).isEqualTo(original);

		// and the export imports again with the same outcome
		var again = importFile(host, export.body().getBytes(StandardCharsets.UTF_8), "?name=Again");
		assertThat(again.status()).as("%s", again).isEqualTo(201);
		List<String> fundedAgain = new ArrayList<>();
		results(again.json().get("id").asLong()).get("funded").forEach(p -> fundedAgain.add(p.get("pbId").asString()));
		assertThat(fundedAgain).containsExactlyInAnyOrderElementsOf(official);
	}

	@Test
	void greedyElectionsWithoutSkippingImportToo() throws Exception {
		Host host = host();
		for (String name : List.of("Poland_Warszawa_2019_Las.pb", "Poland_Gdynia_2024_Pogorze__small.pb")) {
			byte[] file = Files.readAllBytes(PabulibData.bundled(name));
			var imported = importFile(host, file, "");
			assertThat(imported.status()).as("%s: %s", name, imported).isEqualTo(201);
			PbInstance original = new PbReader().read(new String(file, StandardCharsets.UTF_8));
			List<String> official = original.projects()
				.stream()
				.filter(p -> "1".equals(original.projectValue(p, "selected")))
				.map(PbProject::id)
				.toList();
			List<String> funded = new ArrayList<>();
			results(imported.json().get("id").asLong()).get("funded").forEach(p -> funded.add(p.get("pbId").asString()));
			assertThat(funded).as(name).containsExactlyInAnyOrderElementsOf(official);
			var export = http().get("/api/v1/budgets/" + imported.json().get("id").asLong() + "/export");
			assertThat(new PbReader().read(export.body())).as(name).isEqualTo(original);
		}
	}

	@Test
	void malformedFilesAreRefusedWithTheirLineAndFieldAndNothingIsStored() {
		Host host = host();
		String good = """
				META
				key;value
				budget;100
				vote_type;approval
				rule;greedy
				PROJECTS
				project_id;cost;name
				1;60;One
				2;50;Two
				VOTES
				voter_id;vote
				a;1
				b;1,2
				""";
		assertThat(importFile(host, good.getBytes(StandardCharsets.UTF_8), "").status()).isEqualTo(201);
		long before = count("select count(*) from budget");
		long projectsBefore = count("select count(*) from budget_project");
		record Case(String text, String expected) {
		}
		List<Case> cases = List.of(
				new Case(good.replace("VOTES\nvoter_id;vote\na;1\nb;1,2\n", ""), "VOTES"),
				new Case(good.replace("b;1,2", "b;1,7"), "line 13, field \"vote\""),
				new Case(good.replace("2;50;Two", "2;-50;Two"), "line 9, field \"cost\""),
				new Case(good.replace("b;1,2", "a;1,2"), "line 13, field \"voter_id\""),
				new Case(good.replace("2;50;Two", "2;50;" + "x".repeat(2_000_000)), "line 9"),
				new Case(good.replace("rule;greedy", "rule;lottery"), "lottery"));
		for (Case c : cases) {
			var refused = importFile(host, c.text().getBytes(StandardCharsets.UTF_8), "");
			JsonNode problem = assertProblem(refused, 400);
			String message = problem.get("errors").get(0).get("message").asString();
			assertThat(message).as("%s", refused).contains(c.expected());
		}
		assertFieldError(importFile(host, new byte[0], ""), "file", "error.budget.pb-empty");
		assertFieldError(importFile(host, good.replace("rule;greedy\n", "").getBytes(StandardCharsets.UTF_8), ""), "rule",
				"error.budget.pb-no-rule");
		assertThat(count("select count(*) from budget")).isEqualTo(before);
		assertThat(count("select count(*) from budget_project")).isEqualTo(projectsBefore);
		// members may not import
		var member = caller("member");
		assertProblem(new PbUpload(port).post("/api/v1/spaces/" + host.space() + "/budgets/import", member.token(),
				good.getBytes(StandardCharsets.UTF_8)), 403);
	}

	@Test
	void theImportPageShowsWhyAFileIsRefusedAndKeepsWhatWasTyped() {
		Host host = host();
		var http = loggedIn(host.owner().member());
		var form = http.get("/s/" + host.space() + "/budgets/import");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"file\"");
		long before = count("select count(*) from budget");
		var refused = http.postMultipart("/s/" + host.space() + "/budgets/import",
				Map.of("_csrf", form.csrf(), "name", "Spring budget", "rule", "auto"), "file", "x.pb", "text/plain",
				new byte[0]);
		assertThat(refused.status()).as("%s", refused).isEqualTo(200);
		assertThat(refused.body()).contains(message("error.budget.pb-empty")).contains("value=\"Spring budget\"");
		assertThat(count("select count(*) from budget")).isEqualTo(before);
	}
}
