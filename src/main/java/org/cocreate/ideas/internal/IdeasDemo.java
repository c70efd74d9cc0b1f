package org.cocreate.ideas.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.ideas.internal.Ideas.ChangeStatus;
import org.cocreate.ideas.internal.Ideas.MergeIdea;
import org.cocreate.ideas.internal.Ideas.PostIdea;
import org.cocreate.identity.MemberSummary;
import org.cocreate.spaces.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * Ideas for the demo boards: a few hundred, with supports, comments and official answers, placed
 * over the last four months so that some were answered on time, some late and some are overdue —
 * the response meter then shows something real. Everything goes through the ideas use cases;
 * only the dates are moved back afterwards ({@link IdeaHistory}).
 */
@Component
class IdeasDemo implements DemoSeeder {

	/** A board to fill: its space, its promise, who answers there, and what its ideas are about. */
	record BoardPlan(String space, int threshold, int answerDays, long responderId, int ideas, List<String> openings,
			List<String> subjects, List<String> tags) {
	}

	private static final List<String> REASONS = List.of("It would save a lot of time every week.",
			"Several of us talked about it at the last meet-up.", "Other places already do this and it works well.",
			"It costs little and many people would notice.", "Right now it is the thing I hear complaints about most.",
			"It would make this easier for children and older people too.", "It would cut waste noticeably.");

	private static final List<String> COMMENTS = List.of("Yes please, I would use this every day.",
			"Good idea, but who pays for the upkeep?", "We tried something similar in my old town — it worked.",
			"I'm not sure this is the priority right now.", "Could this be tested for a month first?",
			"+1, and it should be accessible for wheelchairs too.", "What about doing it only at weekends?",
			"This came up before; glad to see it again.", "Happy to volunteer to help set it up.");

	private static final List<String> ANSWERS = List.of("Thank you — we are looking at costs and will report back here.",
			"We like this. It is now on the plan for next season.", "Work has started; we will post photos as it goes.",
			"Done! Thanks to everyone who supported it.",
			"We looked at it carefully, but it does not fit the budget or the rules this year. Here is why: it needs permits we cannot get in time.");

	private final Ideas ideas;

	private final Supports supports;

	private final Comments comments;

	private final IdeaSpaceSettings settings;

	private final IdeaHistory history;

	IdeasDemo(Ideas ideas, Supports supports, Comments comments, IdeaSpaceSettings settings, IdeaHistory history) {
		this.ideas = ideas;
		this.supports = supports;
		this.comments = comments;
		this.settings = settings;
		this.history = history;
	}

	@Override
	public String name() {
		return "ideas";
	}

	@Override
	public void seed(DemoSeeder.Cast cast) {
		seed(cast.random(), cast.admin(), cast.people());
	}

	private void seed(Random random, MemberSummary demo, List<MemberSummary> people) {
		List<BoardPlan> plans = List.of(
				new BoardPlan("acme-ideas", 12, 14, demo.id(), 95,
						List.of("A repair kit for the", "Lighter version of the", "Recycled fabric for the", "Lifetime warranty on the",
								"Modular pockets for the", "A kids' size of the", "Spare parts shop for the", "Brighter colours for the",
								"A rental programme for the", "Better zips on the"),
						List.of("Trail 2 tent", "Ridge 40 pack", "Commuter e-bike", "Storm rain shell", "Down sleeping bag",
								"Summit trekking poles", "Bikepacking frame bag", "Camp stove", "Day pack", "Gravel bike"),
						List.of("repair", "outdoors", "zerowaste", "design")),
				new BoardPlan("riverton-transit", 10, 30, people.get(6).id(), 75,
						List.of("More frequent buses on", "A night line along", "A protected bike lane on", "Bike parking at",
								"Real-time arrival screens at", "Step-free access at", "Shade and benches at", "A safer crossing at"),
						List.of("Main Street", "the river road", "Central Station", "the hospital stop", "Oak Avenue",
								"the university", "the market square", "Harbour Road", "the old bridge", "North Park"),
						List.of("transit", "cycling", "accessibility")),
				new BoardPlan("riverton-budget-2027", 15, 30, people.get(0).id(), 55,
						List.of("Plant trees in", "A playground for", "Free wifi in", "Public toilets in", "A community garden in",
								"Street lights for", "Water fountains in"),
						List.of("North Park", "the market square", "Eastside", "the riverside", "Old Town", "the sports ground",
								"Hill Street", "the school district", "West End"),
						List.of("opendata", "greenstreets", "localfood")),
				new BoardPlan("repair-cafe", 5, 21, people.get(12).id(), 28,
						List.of("A monthly session for", "A guide to fixing", "Spare parts swap for", "A workshop on"),
						List.of("bikes", "toasters", "laptops", "phones", "clothes", "lamps", "chairs", "headphones"),
						List.of("repair", "zerowaste")),
				new BoardPlan("home-bakers", 5, 21, people.get(11).id(), 22,
						List.of("A swap of", "A class on", "A bake sale for", "Recipes for"),
						List.of("sourdough starters", "rye bread", "gluten-free cakes", "the school fair", "pretzels", "pastries",
								"flatbreads"),
						List.of("localfood")));
		for (BoardPlan plan : plans) {
			settings.set(ownerOf(plan, demo, people), plan.space(), plan.threshold(), plan.answerDays());
			fill(random, plan, people);
		}
	}

	private static long ownerOf(BoardPlan plan, MemberSummary demo, List<MemberSummary> people) {
		return switch (plan.space()) {
			case "riverton-transit", "riverton-budget-2027" -> people.get(0).id();
			case "repair-cafe" -> people.get(12).id();
			case "home-bakers" -> people.get(11).id();
			default -> demo.id();
		};
	}

	private void fill(Random random, BoardPlan plan, List<MemberSummary> people) {
		var combinations = new ArrayList<String>();
		for (String opening : plan.openings()) {
			for (String subject : plan.subjects()) {
				combinations.add(opening + " " + subject);
			}
		}
		List<String> titles = sample(random, combinations, plan.ideas());
		var posted = new ArrayList<Long>();
		for (String title : titles) {
			MemberSummary author = pick(random, people);
			String tag = pick(random, plan.tags());
			String body = String.join(" ", sample(random, REASONS, 2)) + "\n\n#" + tag;
			// the first ideas of each board come with a picture, as members' ideas often do
			List<byte[]> pictures = posted.size() < 2 ? List.of(DemoPictures.sketch(random, title)) : List.of();
			long id = ideas.submit(author.id(), new PostIdea(plan.space(), title, body, List.of()), pictures).id();
			posted.add(id);
			int supporters = (int) Math.round(Math.pow(random.nextDouble(), 2.2) * plan.threshold() * 2.5);
			for (MemberSummary fan : sample(random, people, supporters)) {
				if (fan.id() != author.id()) {
					supports.support(fan.id(), id);
				}
			}
			discuss(random, id, people);
			// ages spread over four months; the first answer comes 1 to 45 days after reaching the threshold
			long ageDays = random.nextInt(120);
			boolean answered = supporters >= plan.threshold() ? random.nextDouble() < 0.7 : random.nextDouble() < 0.12;
			long answeredAgoDays = ageDays;
			if (answered) {
				int steps = 1 + random.nextInt(3);
				IdeaStatus status = IdeaStatus.OPEN;
				for (int s = 0; s < steps && !status.isFinal(); s++) {
					IdeaStatus next = random.nextDouble() < 0.15 ? IdeaStatus.DECLINED : status.next().getFirst();
					ideas.changeStatus(plan.responderId(), id, new ChangeStatus(next, answer(next)));
					status = next;
				}
				answeredAgoDays = Math.max(0, ageDays - 1 - random.nextInt(45));
			}
			history.moveBack(id, Duration.ofDays(ageDays).plusHours(random.nextInt(24)), Duration.ofDays(answeredAgoDays));
		}
		// a few duplicates, merged in public
		for (int i = 0; i + 1 < posted.size() && i < 6; i += 2) {
			ideas.merge(plan.responderId(), posted.get(posted.size() - 1 - i),
					new MergeIdea(posted.get(i), "This is the same wish as another idea; we count the supporters together there."));
		}
	}

	private void discuss(Random random, long id, List<MemberSummary> people) {
		int count = random.nextDouble() < 0.4 ? 0 : random.nextInt(5);
		Long last = null;
		for (int c = 0; c < count; c++) {
			MemberSummary who = pick(random, people);
			Long parent = last != null && random.nextBoolean() ? last : null;
			long comment = comments.comment(who.id(), id, parent, pick(random, COMMENTS));
			if (parent == null) {
				last = comment;
			}
			for (MemberSummary voter : sample(random, people, random.nextInt(4))) {
				if (voter.id() != who.id()) {
					comments.upvote(voter.id(), comment);
				}
			}
		}
	}

	private static String answer(IdeaStatus status) {
		return switch (status) {
			case UNDER_REVIEW -> ANSWERS.get(0);
			case PLANNED -> ANSWERS.get(1);
			case IN_PROGRESS -> ANSWERS.get(2);
			case DONE -> ANSWERS.get(3);
			default -> ANSWERS.get(4);
		};
	}

	private static <T> T pick(Random random, List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	private static <T> List<T> sample(Random random, List<T> from, int n) {
		var copy = new ArrayList<>(from);
		java.util.Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(n, copy.size()));
	}
}
