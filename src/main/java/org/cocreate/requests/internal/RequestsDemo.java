package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocreate.identity.MemberSummary;
import org.cocreate.spaces.DemoSeeder;
import org.cocreate.requests.internal.Bids.PlaceBid;
import org.cocreate.requests.internal.Requests.PostRequest;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.springframework.stereotype.Component;

/**
 * Requests for the demo: Acme Outdoor and two more verified sellers; open requests with joiners
 * and bids (open and sealed), one closing soon, and awarded ones with a conversation, completion
 * and ratings both ways — all through the requests use cases, then dated back.
 */
@Component
class RequestsDemo implements DemoSeeder {

	private final Organisations organisations;

	private final Sellers sellers;

	private final Requests requests;

	private final Bids bids;

	private final AfterAward afterAward;

	private final RequestHistory history;

	RequestsDemo(Organisations organisations, Sellers sellers, Requests requests, Bids bids, AfterAward afterAward,
			RequestHistory history) {
		this.organisations = organisations;
		this.sellers = sellers;
		this.requests = requests;
		this.bids = bids;
		this.afterAward = afterAward;
		this.history = history;
	}

	@Override
	public String name() {
		return "requests";
	}

	@Override
	public void seed(DemoSeeder.Cast cast) {
		seed(cast.admin(), cast.people());
	}

	private void seed(MemberSummary demo, List<MemberSummary> people) {
		// Acme Outdoor (owned by demo@cocreate.test) sells; one of its responders may bid too
		sellers.register(demo.id(), "acme", new SellerSettings(List.of("outdoor", "vehicles", "clothing"), List.of(people.get(3).handle())));
		MemberSummary trailOwner = people.get(15);
		organisations.create(trailOwner.id(), new CreateOrganisation("Trailhead Supply", "trailhead", OrganisationKind.BRAND,
				"Outdoor gear wholesaler. We deliver anywhere in the region within a week. #outdoors", "https://trailhead.example"));
		organisations.setVerified(demo.id(), "trailhead", true);
		sellers.register(trailOwner.id(), "trailhead", new SellerSettings(List.of("outdoor", "clothing", "energy"), List.of()));
		MemberSummary solarOwner = people.get(16);
		organisations.create(solarOwner.id(), new CreateOrganisation("Riverton Solar Co-op", "riverton-solar", OrganisationKind.OTHER,
				"A co-operative of installers: panels, batteries and heat pumps. #opendata", "https://solar.example"));
		organisations.setVerified(demo.id(), "riverton-solar", true);
		sellers.register(solarOwner.id(), "riverton-solar", new SellerSettings(List.of("energy", "building"), List.of()));

		// open: tents for the scouts, group demand, an open auction picked by hand
		long tents = post(people.get(20), "Twenty touring tents for the scout group", "outdoor",
				"Two-person tents, **under 2.5 kg**, with a footprint. Delivered to the scout hall before the summer camp.", 20, "tents",
				"Riverton, Old Mill scout hall", "220.00", Duration.ofDays(3), "OPEN", "MANUAL");
		join(tents, people, 21, 24);
		bid(trailOwner, tents, "189.00", 10, "Delivered to the door; 2-year warranty.");
		bid(demo, tents, "179.00", 14, "Acme Trail 2, spare poles included.");
		bid(trailOwner, tents, "172.50", 7, "Improved: faster delivery too.");

		// open: solar panels for a street, sealed, awarded by score
		long solar = post(people.get(25), "Solar panels for twelve homes on Oak Avenue", "energy",
				"About 4 kWp per roof, installation included. We want **one installer for the whole street** and a bulk price.", 48,
				"panels", "Riverton, Oak Avenue", null, Duration.ofDays(6), "SEALED", "AUTO");
		join(solar, people, 26, 30);
		bid(solarOwner, solar, "235.00", 30, "Installation, permits and 10-year warranty.");
		bid(trailOwner, solar, "228.00", 45, "Panels only; installation by a partner.");

		// closing soon: cargo bikes, open auction, automatic award
		long bikes = post(people.get(31), "Electric cargo bikes for the school run", "vehicles",
				"Box bikes with two child seats and rain cover. Test ride before delivery.", 6, "bikes", "Riverton, North Park",
				"4200.00", Duration.ofMinutes(45), "OPEN", "AUTO");
		join(bikes, people, 32, 33);
		bid(demo, bikes, "3890.00", 21, "Acme Hauler with service for a year.");

		// awarded, completed and rated both ways: sleeping bags (Acme) and rain shells (Trailhead)
		long bags = post(people.get(34), "Winter sleeping bags for the night shelter", "outdoor",
				"Comfort rating −10 °C, washable. For the volunteers’ shelter.", 30, "sleeping bags", "Riverton, Harbour Road",
				null, Duration.ofHours(2), "OPEN", "MANUAL");
		join(bags, people, 35, 37);
		bid(trailOwner, bags, "96.00", 12, "");
		long acmeBags = bid(demo, bags, "92.00", 5, "Donation of 5 extra bags.");
		history.endNow(bags);
		requests.award(people.get(34).id(), bags, acmeBags);
		afterAward.write(people.get(34).id(), bags, "Thank you! Can you deliver on a weekday morning?");
		afterAward.write(demo.id(), bags, "Yes — Tuesday at 9, we bring them in our van.");
		afterAward.complete(people.get(34).id(), bags);
		afterAward.complete(demo.id(), bags);
		afterAward.rate(people.get(34).id(), bags, 5, "On time, and the extra bags were a lovely surprise.");
		afterAward.rate(demo.id(), bags, 5, "Clear specification and easy hand-over.");
		history.moveBack(bags, Duration.ofDays(40));

		long shells = post(people.get(38), "Rain shells for the cycling club", "clothing",
				"Breathable, high-visibility, sizes S to XXL (list in the thread).", 18, "jackets", "Riverton cyclists’ hut",
				"120.00", Duration.ofHours(2), "OPEN", "AUTO");
		join(shells, people, 39, 41);
		bid(demo, shells, "99.00", 20, "");
		bid(trailOwner, shells, "94.00", 8, "Free printing of the club logo.");
		history.endNow(shells);
		afterAward.complete(people.get(38).id(), shells);
		afterAward.complete(trailOwner.id(), shells);
		afterAward.rate(people.get(38).id(), shells, 4, "Good jackets; one size had to be exchanged.");
		afterAward.rate(trailOwner.id(), shells, 4, "Sizes came late, otherwise smooth.");
		history.moveBack(shells, Duration.ofDays(20));

		// awarded by score, not completed yet: a bike repair day
		long repair = post(people.get(42), "Service for thirty commuter bikes", "services",
				"Brakes, chains and lights checked at the office car park, one day.", 30, "bikes", "Riverton business park",
				null, Duration.ofHours(2), "OPEN", "AUTO");
		bid(demo, repair, "35.00", 6, "Two mechanics on site.");
		history.endNow(repair);
		history.moveBack(repair, Duration.ofDays(3));
	}

	private long post(MemberSummary requester, String title, String category, String spec, int quantity, String unit,
			String location, String ceiling, Duration closesIn, String format, String mode) {
		return requests.post(requester.id(), new PostRequest(title, category, spec, BigDecimal.valueOf(quantity), unit, location, null,
				null, "EUR", ceiling == null ? null : new BigDecimal(ceiling), Instant.now().plus(closesIn).toString(), format,
				"OPEN".equals(format) ? new BigDecimal("1.00") : null, BigDecimal.valueOf(120), mode, null, null, null));
	}

	private void join(long requestId, List<MemberSummary> people, int from, int to) {
		for (int i = from; i <= to; i++) {
			requests.join(people.get(i).id(), requestId, BigDecimal.valueOf(1 + i % 3));
		}
	}

	private long bid(MemberSummary bidder, long requestId, String price, int days, String terms) {
		return bids.place(bidder.id(), requestId, new PlaceBid(new BigDecimal(price), BigDecimal.valueOf(days), terms, null)).bidId();
	}
}
