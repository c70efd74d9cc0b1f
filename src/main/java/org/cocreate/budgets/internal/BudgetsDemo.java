package org.cocreate.budgets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cocreate.budgets.internal.Projects.PromoteIdea;
import org.cocreate.budgets.internal.Projects.ProposeProject;
import org.cocreate.budgets.internal.Projects.ReviewProject;
import org.cocreate.ideas.BoardQuery;
import org.cocreate.ideas.BoardSort;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.identity.MemberSummary;
import org.cocreate.spaces.DemoSeeder;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.springframework.stereotype.Component;

/**
 * Budgets for the demo, in the space "Riverton Budget 2027": one in VOTING with projects (one
 * promoted from the space's most supported idea, one found not feasible) and some ballots, so
 * that demo@cocreate.test can vote; and one in RESULTS, the real 2023 election of Świecie
 * imported from pabulib, with its chart and the reason for every project.
 */
@Component
class BudgetsDemo implements DemoSeeder {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BudgetsDemo.class);

	static final String SPACE = "riverton-budget-2027";

	/** Title, cost and description of the residents' projects. */
	private static final String[][] PROJECTS = {
			{ "Shade trees for Oak Avenue", "42000", "Forty trees along the hottest street in town, with watering for three summers." },
			{ "Lights on the river path", "58000", "Low, warm lights so the path is safe after dark without waking the birds." },
			{ "A skate park at North Park", "95000", "A concrete bowl and street course, designed with the young people who will use it." },
			{ "Repair café tools", "9000", "A workbench, tools and a sewing machine for the monthly repair café." },
			{ "Drinking fountains in the market square", "16000", "Three fountains, one low enough for children and wheelchair users." },
			{ "Covered bike parking at the station", "37000", "Room for 120 bikes under a roof, with two cargo-bike places." },
			{ "Community fridge", "6500", "A fridge and a shelf where anyone can leave or take food, cleaned by volunteers." },
			{ "A heated swimming pool", "240000", "An outdoor pool open all year." } };

	private final Spaces spaces;

	private final Budgets budgets;

	private final Projects projects;

	private final Ballots ballots;

	private final PabulibExchange exchange;

	private final IdeaBoard ideas;

	BudgetsDemo(Spaces spaces, Budgets budgets, Projects projects, Ballots ballots, PabulibExchange exchange,
			IdeaBoard ideas) {
		this.spaces = spaces;
		this.budgets = budgets;
		this.projects = projects;
		this.ballots = ballots;
		this.exchange = exchange;
		this.ideas = ideas;
	}

	@Override
	public String name() {
		return "budgets";
	}

	@Override
	public void seed(DemoSeeder.Cast cast) {
		seed(cast.random(), cast.people());
	}

	private void seed(Random random, List<MemberSummary> people) {
		long started = System.nanoTime();
		MemberSummary host = people.get(0); // owner of the City of Riverton
		SpaceSummary space = spaces.bySlug(SPACE, host.id());
		Set<String> capabilities = new LinkedHashSet<>(space.capabilities());
		capabilities.add("budgets");
		spaces.update(host.id(), SPACE, space.name(), space.description(), space.visibility(), capabilities);

		long budget = budgets.create(host.id(), SPACE, new BudgetSettings("Neighbourhood projects 2027",
				"€250,000 for projects proposed by residents. Tick the projects you would fund: together they must fit in the budget. "
						+ "The Method of Equal Shares decides, so every group of voters gets its fair share.",
				new BigDecimal("250000"), "EUR", "equalshares/add1", "COST", null, "KNAPSACK", null, null, null, null, null,
				null, null));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < PROJECTS.length; i++) {
			String[] p = PROJECTS[i];
			ids.add(projects.propose(people.get(14 + i).id(), budget,
					new ProposeProject(p[0], p[2], new BigDecimal(p[1]))));
		}
		var top = ideas.board(SPACE, null, BoardQuery.of(BoardSort.TOP)).items();
		if (!top.isEmpty()) {
			ids.add(projects.promote(host.id(), budget, new PromoteIdea(top.getFirst().id(), new BigDecimal("30000"))));
		}
		budgets.advance(host.id(), budget, BudgetPhase.REVIEW);
		for (int i = 0; i < ids.size(); i++) {
			boolean pool = i == PROJECTS.length - 1;
			projects.review(host.id(), ids.get(i), new ReviewProject(!pool, pool
					? "An all-year pool costs almost the whole budget and €60,000 a year to run; the city cannot take that on."
					: "Checked with the parks and streets departments: it can be done in 2027."));
		}
		budgets.advance(host.id(), budget, BudgetPhase.VOTING);
		List<Long> onBallot = ids.subList(0, PROJECTS.length - 1);
		List<Long> promoted = ids.size() > PROJECTS.length ? ids.subList(PROJECTS.length, ids.size()) : List.of();
		List<Long> choices = new ArrayList<>(onBallot);
		choices.addAll(promoted);
		for (MemberSummary voter : people.subList(15, 45)) {
			ballots.cast(voter.id(), budget, BallotChoice.ticks(ballot(random, choices)));
		}

		exchange.importFile(host.id(), SPACE, resource("budgets/Poland_Swiecie_2023.pb"),
				"Świecie 2023 — a real election decided by Equal Shares", "auto");
		log.info("Demo budgets seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** Two to four projects that fit in the budget (the skate park and the trees are popular). */
	private List<Long> ballot(Random random, List<Long> choices) {
		long[] costs = { 42000, 58000, 95000, 9000, 16000, 37000, 6500, 30000 };
		List<Long> ticked = new ArrayList<>();
		long total = 0;
		int wanted = 2 + random.nextInt(3);
		for (int attempt = 0; attempt < 20 && ticked.size() < wanted; attempt++) {
			int i = random.nextInt(random.nextBoolean() ? Math.min(3, choices.size()) : choices.size());
			long cost = costs[Math.min(i, costs.length - 1)];
			if (!ticked.contains(choices.get(i)) && total + cost <= 250000) {
				ticked.add(choices.get(i));
				total += cost;
			}
		}
		return ticked;
	}

	private static byte[] resource(String name) {
		try (InputStream in = BudgetsDemo.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
