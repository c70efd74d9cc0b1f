package org.cocreate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.requests.internal.Sellers;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reverse auction in real Chromium, three people in three browsers: a member posts a request
 * with a short deadline, another joins with their own quantity, the brand's owner bids for it; the
 * requester's page shows the best bid and then the award without being reloaded by hand. Pages are
 * checked with axe-core and must not break the Content Security Policy.
 */
class RequestJourneyIT extends BrowserJourney {

	@Autowired
	Organisations organisations;

	@Autowired
	Sellers sellers;

	@Test
	void postJoinBidAndSeeTheAwardWithoutReloading() {
		Member requester = member("asker");
		Member joiner = member("joiner");
		Member brandOwner = member("brand");
		String slug = uniqueSlug("acme-outdoor");
		String brand = "Acme Outdoor " + slug.substring(slug.length() - 6);
		organisations.create(brandOwner.id(), new CreateOrganisation(brand, slug, OrganisationKind.BRAND, "Tents and bikes.", ""));
		organisations.setVerified(admin("verifier").id(), slug, true);
		sellers.register(brandOwner.id(), slug, new SellerSettings(List.of("outdoor"), List.of()));

		Page asker = page;
		logIn(asker, requester);
		Page friend = anotherPerson();
		logIn(friend, joiner);
		Page seller = anotherPerson();
		logIn(seller, brandOwner);

		// Post a request with a deadline 40 seconds away, typed in the browser's own time zone
		asker.navigate("/requests");
		checked(asker, "requests list");
		asker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Post a request")).first().click();
		checked(asker, "request form");
		String title = "Ten tents for the river clean-up " + slug.substring(slug.length() - 6);
		asker.getByLabel("Title").fill(title);
		asker.getByLabel("Category").selectOption("outdoor");
		asker.getByLabel("Specification").fill("Two-person tents, **light**. Delivered to the boat house.");
		asker.getByLabel("Quantity").fill("2");
		asker.getByLabel("Unit", new Page.GetByLabelOptions().setExact(true)).fill("tents");
		asker.getByLabel("Location", new Page.GetByLabelOptions().setExact(true)).fill("Riverton boat house");
		ZoneId zone = ZoneId.of((String) asker.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
		LocalDateTime deadline = LocalDateTime.now(zone).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
		asker.getByLabel("Bidding deadline").fill(deadline.toString());
		asker.getByLabel("Anti-sniping window (seconds)").fill("0");
		asker.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Automatic by score"))).check();
		asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the request")).click();
		assertThat(asker.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(asker.getByRole(AriaRole.STATUS)).containsText("request is posted");
		String path = asker.url().replaceFirst("^https?://[^/]+", "");
		assertThat(path).matches("/requests/\\d+");
		checked(asker, "request page");

		// Another member joins with their own quantity
		friend.navigate(path);
		friend.getByLabel("My quantity").fill("3");
		friend.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
		assertThat(friend.getByRole(AriaRole.STATUS)).containsText("joined");
		assertThat(friend.locator("#live")).containsText("5");
		checked(friend, "request page, joined");

		// The brand bids
		seller.navigate(path);
		assertThat(seller.getByText("Bidding as " + brand)).isVisible();
		seller.getByLabel("Price per unit (EUR)").fill("149.90");
		seller.getByLabel("Delivery days").fill("6");
		seller.getByLabel("Terms").fill("Footprints included.");
		seller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the bid")).click();
		assertThat(seller.getByRole(AriaRole.STATUS)).containsText("bid is in");
		checked(seller, "request page, bid placed");

		// The requester's page, never reloaded by hand: the best bid arrives, then the award
		var live = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
		assertThat(asker.getByTestId("best")).containsText("149.90 EUR per unit", live);
		assertThat(asker.locator("#live")).containsText("5", live);
		assertThat(asker.getByTestId("award")).containsText(brand, new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
		assertThat(asker.getByTestId("status")).hasText("Awarded");
		checked(asker, "awarded request");
		assertThat(count("select count(*) from request_award a join request r on r.id = a.request_id where r.title = ?", title))
			.isEqualTo(1);
		assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
	}
}
