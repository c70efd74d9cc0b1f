package org.cocreate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.cocreate.budgets.BudgetPhase;
import org.cocreate.budgets.BudgetSettings;
import org.cocreate.budgets.Budgets;
import org.cocreate.budgets.Projects;
import org.cocreate.budgets.Projects.ProposeProject;
import org.cocreate.budgets.Projects.ReviewProject;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member votes in a knapsack budget in a real Chromium: the running total follows the ticks
 * live (a static script; the CSP forbids inline ones), a ticked set over the budget is flagged
 * before sending, the ballot is saved; staff close voting and the results page shows the chart
 * of the budget spent and the reason for every project. Every page is checked with axe-core.
 */
class BudgetJourneyIT extends AbstractApplicationIT {

	static Playwright playwright;

	static Browser browser;

	static String axeSource;

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	@Autowired
	Budgets budgets;

	@Autowired
	Projects projects;

	final List<String> problems = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startBrowser() throws IOException {
		try (InputStream in = BudgetJourneyIT.class.getClassLoader().getResourceAsStream(JourneyIT.AXE)) {
			assertThat(in).as("axe-core webjar on the test class path").isNotNull();
			axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

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
		try (BrowserContext context = context()) {
			Page page = context.newPage();
			watch(page);
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

		try (BrowserContext context = context()) {
			Page page = context.newPage();
			watch(page);
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
		assertThat(problems).as("CSP violations and page errors").isEmpty();
	}

	private BrowserContext context() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("en-GB")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		return context;
	}

	private void watch(Page page) {
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				problems.add(page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> problems.add(page.url() + " (page error): " + error));
	}

	private void logIn(Page page, Member member) {
		page.navigate("/login");
		page.getByLabel("E-mail address or handle").fill(member.email());
		page.getByLabel("Password").fill(member.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.url()).doesNotContain("/login");
	}

	@SuppressWarnings("unchecked")
	private void checked(Page page, String what) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
			page.evaluate(axeSource);
		}
		var results = (Map<String, Object>) page.evaluate("() => axe.run(document, { resultTypes: ['violations'] })");
		var violations = (List<Map<String, Object>>) results.get("violations");
		List<String> serious = new ArrayList<>();
		for (var v : violations) {
			if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
				serious.add(v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
			}
		}
		assertThat(serious).as("axe-core on " + what).isEmpty();
	}
}
