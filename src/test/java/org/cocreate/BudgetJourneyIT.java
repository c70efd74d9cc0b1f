package org.cocreate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocreate.budgets.internal.BudgetPhase;
import org.cocreate.budgets.internal.BudgetSettings;
import org.cocreate.budgets.internal.Budgets;
import org.cocreate.budgets.internal.Projects;
import org.cocreate.budgets.internal.Projects.ProposeProject;
import org.cocreate.budgets.internal.Projects.ReviewProject;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member votes in a knapsack budget in a real Chromium: the running total follows the ticks
 * live (a static script; the CSP forbids inline ones), a ticked set over the budget is flagged
 * before sending, the ballot is saved; staff close voting and the results page shows the chart
 * of the budget spent and the reason for every project. Every page is checked with axe-core.
 */
class BudgetJourneyIT extends BrowserJourney {

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	@Autowired
	Budgets budgets;

	@Autowired
	Projects projects;

	@Test
	void aMemberTicksProjectsWithALiveTotalVotesAndStaffPublishTheResults() {
		Member host = member("host");
		String org = uniqueSlug("town");
		organisations.create(host.id(), new Organisations.CreateOrganisation("Town " + org, org, OrganisationKind.CITY, "", ""));
		String space = uniqueSlug("budget");
		spaces.create(host.id(), new Spaces.CreateSpace(org, "Town budget " + space, space, "", Visibility.PUBLIC,
				Set.of("budgets")));
		long budget = budgets.create(host.id(), space, new BudgetSettings("Park projects", "Pick what fits.",
				new BigDecimal("1000"), "EUR", "equalshares/add1", null, null, "KNAPSACK", null, null, null, null, null, null,
				null));
		Member proposer = member("proposer");
		long swings = projects.propose(proposer.id(), budget, new ProposeProject("New swings", "For the playground.", new BigDecimal("600")));
		long pond = projects.propose(proposer.id(), budget, new ProposeProject("Clean the pond", "", new BigDecimal("500")));
		long benches = projects.propose(proposer.id(), budget, new ProposeProject("Benches", "", new BigDecimal("300")));
		budgets.advance(host.id(), budget, BudgetPhase.REVIEW);
		for (long p : List.of(swings, pond, benches)) {
			projects.review(host.id(), p, new ReviewProject(true, "Can be done this summer."));
		}
		budgets.advance(host.id(), budget, BudgetPhase.VOTING);

		Member voter = member("voter");
		{
			Page page = anotherPerson();
			logIn(page, voter);
			page.navigate("/budgets/" + budget);
			checked(page, "budget page in voting");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vote").setExact(true)).first().click();
			assertThat(page).hasURL(Pattern.compile("/budgets/" + budget + "/ballot$"));
			checked(page, "empty ballot");
			var total = page.locator("#ballot-total");
			var over = page.locator("#ballot-over");
			assertThat(total).hasText("0");
			page.getByLabel(Pattern.compile("New swings")).check();
			assertThat(total).hasText("600");
			assertThat(over).isHidden();
			page.getByLabel(Pattern.compile("Clean the pond")).check();
			assertThat(total).hasText("1,100");
			assertThat(over).isVisible();
			assertThat(over).hasText("That is more than the budget: untick a project.");
			page.getByLabel(Pattern.compile("Clean the pond")).uncheck();
			page.getByLabel(Pattern.compile("Benches")).check();
			assertThat(total).hasText("900");
			assertThat(over).isHidden();
			checked(page, "ballot within the budget");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my ballot")).click();
			assertThat(page.locator("p.flash")).hasText("Your ballot is saved.");
			assertThat(page.getByLabel(Pattern.compile("New swings"))).isChecked();
			assertThat(page.getByLabel(Pattern.compile("Benches"))).isChecked();
			assertThat(total).hasText("900");
			checked(page, "saved ballot");
		}
		assertThat(count("select count(*) from budget_ballot where budget_id = ? and member_id = ?", budget, voter.id()))
			.isEqualTo(1);

		{
			Page page = anotherPerson();
			logIn(page, host);
			page.navigate("/budgets/" + budget);
			checked(page, "budget page for staff");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close voting and publish the results")).click();
			assertThat(page).hasURL(Pattern.compile("/budgets/" + budget + "/results$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results: Park projects"))).isVisible();
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("Chart of the budget spent"))))
				.isVisible();
			assertThat(page.locator("svg.chart rect.chart-bar")).hasCount(2);
			assertThat(page.locator("#project-" + swings)).containsText("Bought in round");
			assertThat(page.locator("#project-" + benches)).containsText("Bought in round");
			assertThat(page.locator("#project-" + pond)).containsText("Not funded: nobody voted for it.");
			checked(page, "results");
			page.navigate("/budgets/" + budget + "/results?lang=es");
			assertThat(page.locator("#project-" + pond)).containsText("No financiado: nadie lo votó.");
		}
		assertThat(cspViolations).as("CSP violations and page errors").isEmpty();
	}
}
