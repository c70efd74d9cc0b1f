package org.cocreate.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.cocreate.following.Follows;
import org.cocreate.following.Target;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.identity.Profiles;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.organisations.StaffInvitations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.platform.DemoMode;
import org.cocreate.spaces.DemoSeeder;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo instance once, on the first start with demo mode on: the cast (people,
 * organisations with their staff, spaces, follows), then every module's {@link DemoSeeder} in
 * {@link #ORDER}. Everything goes through the modules' own use cases, so the demo shows exactly
 * what members would see, feed included; each module owns its demo data.
 */
@Component
class DemoData {

	static final String PASSWORD = "cocreate-demo";

	static final String ADMIN_HANDLE = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoMode mode;

	private final Registration registration;

	private final Members members;

	private final Profiles profiles;

	private final Organisations organisations;

	private final StaffInvitations invitations;

	private final Spaces spaces;

	private final Follows follows;

	/**
	 * The order in which the modules' demo data is seeded: budgets promote ideas to projects,
	 * moderation reports ideas, requests stand alone. A module not named here seeds last.
	 */
	static final List<String> ORDER = List.of("ideas", "budgets", "moderation", "requests");

	private final List<DemoSeeder> seeders;

	DemoData(DemoMode mode, Registration registration, Members members, Profiles profiles, Organisations organisations,
			StaffInvitations invitations, Spaces spaces, Follows follows, List<DemoSeeder> seeders) {
		this.seeders = seeders.stream()
			.sorted(Comparator.comparing((DemoSeeder s) -> ORDER.contains(s.name()) ? ORDER.indexOf(s.name()) : ORDER.size())
				.thenComparing(DemoSeeder::name))
			.toList();
		this.mode = mode;
		this.registration = registration;
		this.members = members;
		this.profiles = profiles;
		this.organisations = organisations;
		this.invitations = invitations;
		this.spaces = spaces;
		this.follows = follows;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() {
		if (mode.enabled() && members.byHandle(ADMIN_HANDLE).isEmpty()) {
			long started = System.nanoTime();
			seed();
			log.info("Demo data seeded in {} ms: log in as demo@cocreate.test / {}", (System.nanoTime() - started) / 1_000_000,
					PASSWORD);
		}
	}

	void seed() {
		var random = new Random(7L);
		MemberSummary demo = member(ADMIN_HANDLE, "Demo Admin", "I run this demo instance. Try everything! #cocreate", List.of(),
				"en", true);
		List<MemberSummary> people = new ArrayList<>();
		for (var p : DemoPeople.generate(54)) {
			people.add(member(p.handle(), p.displayName(), p.bio(), List.of(p.link()), p.locale(), false));
		}

		OrganisationSummary acme = organisations.create(demo.id(), new CreateOrganisation("Acme Outdoor", "acme",
				OrganisationKind.BRAND,
				"We make tents, packs and bikes that last. **Tell us what to build next** — we answer every idea in public. #outdoors #repair",
				"https://acme.example"));
		OrganisationSummary city = organisations.create(people.get(0).id(), new CreateOrganisation("City of Riverton", "riverton",
				OrganisationKind.CITY,
				"The city council of Riverton. Residents propose, vote and fund projects for their neighbourhoods. #opendata #transit",
				"https://riverton.example"));
		OrganisationSummary ngo = organisations.create(people.get(1).id(), new CreateOrganisation("Green Streets", "green-streets",
				OrganisationKind.NGO,
				"Volunteers planting trees and reclaiming streets for people. Join a planting day! #greenstreets #cycling",
				"https://greenstreets.example"));
		organisations.setVerified(demo.id(), "acme", true);
		organisations.setVerified(demo.id(), "riverton", true);

		staff(acme, demo, people.get(2), StaffRole.ADMIN);
		staff(acme, demo, people.get(3), StaffRole.RESPONDER);
		staff(acme, demo, people.get(4), StaffRole.MODERATOR);
		staff(city, people.get(0), people.get(5), StaffRole.ADMIN);
		staff(city, people.get(0), people.get(6), StaffRole.RESPONDER);
		staff(ngo, people.get(1), people.get(7), StaffRole.MODERATOR);
		invitations.invite(demo.id(), "acme", people.get(8).handle(), StaffRole.RESPONDER);

		spaces.create(demo.id(), new CreateSpace("acme", "Acme Ideas", "acme-ideas",
				"Ideas for Acme's next tents, packs and bikes. We read everything and answer in public. #outdoors", Visibility.PUBLIC, null));
		spaces.create(demo.id(), new CreateSpace("acme", "Acme Beta Testers", "acme-beta",
				"Early prototypes for our testers only.", Visibility.PRIVATE, null));
		spaces.create(people.get(0).id(), new CreateSpace("riverton", "Riverton Budget 2027", "riverton-budget-2027",
				"€1.2 million for projects proposed and chosen by residents. #opendata", Visibility.PUBLIC, null));
		spaces.create(people.get(0).id(), new CreateSpace("riverton", "Riverton Transit Forum", "riverton-transit",
				"Buses, bike lanes and night lines: tell the city what you need. #transit #cycling", Visibility.PUBLIC, null));
		spaces.create(people.get(1).id(), new CreateSpace("green-streets", "Planting Days", "planting-days",
				"Where we plan the next street to turn green. #greenstreets", Visibility.UNLISTED, null));

		String[][] communities = { { "Riverton Cyclists", "riverton-cyclists", "Rides, routes and safer lanes. #cycling" },
				{ "Home Bakers", "home-bakers", "Sourdough, swaps and village bake sales. #localfood" },
				{ "Repair Café", "repair-cafe", "Bring it broken, leave with it fixed. #repair #zerowaste" } };
		for (int i = 0; i < communities.length; i++) {
			MemberSummary founder = people.get(10 + i);
			spaces.create(founder.id(), new CreateSpace(null, communities[i][0], communities[i][1], communities[i][2],
					Visibility.PUBLIC, null));
		}

		List<String> publicSpaces = List.of("acme-ideas", "riverton-budget-2027", "riverton-transit", "riverton-cyclists",
				"home-bakers", "repair-cafe");
		for (MemberSummary m : people) {
			for (String slug : pick(random, publicSpaces, 1 + random.nextInt(3))) {
				spaces.join(m.id(), slug);
				follows.follow(m.id(), Target.space(slug));
			}
			for (String org : pick(random, List.of("acme", "riverton", "green-streets"), 1 + random.nextInt(2))) {
				follows.follow(m.id(), Target.organisation(org));
			}
			for (MemberSummary other : pick(random, people, 3 + random.nextInt(5))) {
				if (other.id() != m.id()) {
					follows.follow(m.id(), Target.member(other.handle()));
				}
			}
		}
		spaces.join(people.get(20).id(), "planting-days");
		for (String slug : publicSpaces) {
			follows.follow(demo.id(), Target.space(slug));
		}
		follows.follow(demo.id(), Target.organisation("riverton"));
		for (MemberSummary other : people.subList(0, 12)) {
			follows.follow(demo.id(), Target.member(other.handle()));
		}
		var cast = new DemoSeeder.Cast(random, demo, List.copyOf(people), PASSWORD);
		for (DemoSeeder seeder : seeders) {
			seeder.seed(cast);
		}
	}

	private MemberSummary member(String handle, String name, String bio, List<String> links, String locale,
			boolean admin) {
		MemberSummary m = registration.createVerified(new SignUp(handle + "@cocreate.test", handle, name, PASSWORD, locale), admin);
		profiles.update(m.id(), new Profiles.UpdateProfile(name, bio, links));
		return m;
	}

	private void staff(OrganisationSummary organisation, MemberSummary inviter, MemberSummary member, StaffRole role) {
		var invitation = invitations.invite(inviter.id(), organisation.slug(), member.handle(), role);
		invitations.accept(member.id(), invitation.id());
	}

	private static <T> List<T> pick(Random random, List<T> from, int n) {
		var copy = new ArrayList<>(from);
		java.util.Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(n, copy.size()));
	}

}
