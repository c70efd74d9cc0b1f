package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request pages as a browser uses them: forms come back with what was typed and the messages; nothing is stored. */
class RequestPagesIT extends RequestsTestBase {

	private static Map<String, String> form(String deadline) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("zone", "Europe/Madrid");
		fields.put("title", "Apple trees for the school garden");
		fields.put("category", "food");
		fields.put("specification", "Old local varieties.");
		fields.put("quantity", "12");
		fields.put("unit", "trees");
		fields.put("location", "Riverton school");
		fields.put("currency", "EUR");
		fields.put("ceilingPrice", "45.00");
		fields.put("deadline", deadline);
		fields.put("format", "OPEN");
		fields.put("minimumDecrement", "0.50");
		fields.put("antiSnipingSeconds", "120");
		fields.put("awardMode", "MANUAL");
		return fields;
	}

	@Test
	void theRequestFormKeepsWhatWasTypedAndTakesTheDeadlineInTheBrowsersZone() {
		Caller requester = caller("gardener");
		var browser = loggedIn(requester.member());
		long before = count("select count(*) from request");
		var bad = form("2001-01-01T10:00");
		bad.put("quantity", "0");
		bad.put("ceilingPrice", "12,50");
		var refused = browser.submit("/requests/new", "/requests", bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("value=\"Apple trees for the school garden\"", "value=\"12,50\"",
				message("error.request.number-comma"));
		assertThat(count("select count(*) from request")).isEqualTo(before);
		var past = browser.submit("/requests/new", "/requests", form("2001-01-01T10:00"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains(message("error.request.deadline-past"));
		assertThat(count("select count(*) from request")).isEqualTo(before);

		LocalDateTime local = LocalDateTime.now(ZoneId.of("Europe/Madrid")).plusDays(2).truncatedTo(ChronoUnit.SECONDS);
		var posted = browser.submit("/requests/new", "/requests", form(local.toString()));
		assertThat(posted.status()).as("%s", posted).isEqualTo(302);
		long id = Long.parseLong(posted.location().replaceAll(".*/requests/", ""));
		assertThat(jdbc.sql("select deadline from request where id = ?").param(id).query(Timestamp.class).single().toInstant())
			.isEqualTo(local.atZone(ZoneId.of("Europe/Madrid")).toInstant());
		var page = browser.get("/requests/" + id);
		assertThat(page.body()).contains("Apple trees for the school garden", message("flash.request-posted"),
				"hx-get=\"/requests/" + id + "/live?seen=OPEN\"", "/js/requests.js");
	}

	@Test
	void aBidFromThePageIsCheckedAndTheLivePartReloadsThePageWhenTheStatusChanges() {
		Caller requester = caller("pagereq");
		Seller seller = seller("pageshop");
		var body = requestBody(Duration.ofMinutes(20));
		long id = post(requester, body);
		var browser = loggedIn(seller.owner().member());
		String page = "/requests/" + id;
		var typo = browser.submit(page, page + "/bids", Map.of("organisation", seller.slug(), "unitPrice", "12,50", "deliveryDays", "4",
				"terms", "Fast"));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.body()).contains(message("error.request.number-comma"), "value=\"12,50\"");
		var tooHigh = browser.submit(page, page + "/bids", Map.of("organisation", seller.slug(), "unitPrice", "4000.01",
				"deliveryDays", "4", "terms", ""));
		assertThat(tooHigh.status()).isEqualTo(409);
		assertThat(tooHigh.body()).contains(message("error.request.bid-above-ceiling", "4000.00", "EUR"));
		assertThat(rows("bid", id)).isZero();
		var placed = browser.submit(page, page + "/bids", Map.of("organisation", seller.slug(), "unitPrice", "3999.50",
				"deliveryDays", "4", "terms", "Fast"));
		assertThat(placed.status()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains(message("flash.bid-placed"), "3,999.50");

		assertThat(http().get(page + "/live?seen=OPEN").header("HX-Refresh")).isEmpty();
		jdbc.sql("update request set deadline = clock_timestamp() where id = ?").param(id).update();
		awaitStatus(id, "AWAITING_AWARD");
		var live = http().get(page + "/live?seen=OPEN");
		assertThat(live.header("HX-Refresh")).contains("true");
		assertThat(live.body()).doesNotContain("hx-trigger");
	}

	@Test
	void theOrganisationPageLoadsTheSellersBadgeAndOwnersManageSelling() {
		Seller seller = seller("badged", Category.FOOD);
		var org = http().get("/o/" + seller.slug());
		assertThat(org.body()).contains("hx-get=\"/sellers/" + seller.slug() + "/badge\"");
		assertThat(http().get("/sellers/" + seller.slug() + "/badge").body()).contains(message("seller.badge"),
				message("seller.rating.none"));
		var owner = loggedIn(seller.owner().member());
		var saved = owner.submit("/sellers/" + seller.slug() + "/settings", "/sellers/" + seller.slug() + "/settings",
				Map.of("categories", "energy", "bidders", "nobody_here_at_all"));
		assertThat(saved.status()).isEqualTo(400);
		assertThat(saved.body()).contains(message("error.seller.bidder-not-staff", "nobody_here_at_all"));
		assertThat(count("select count(*) from seller_category where organisation_id = ? and category = 'food'", seller.organisationId()))
			.as("nothing changed").isEqualTo(1);
		var ok = owner.submit("/sellers/" + seller.slug() + "/settings", "/sellers/" + seller.slug() + "/settings",
				Map.of("categories", "energy", "bidders", ""));
		assertThat(ok.status()).isEqualTo(302);
		assertThat(count("select count(*) from seller_category where organisation_id = ?", seller.organisationId())).isEqualTo(1);
		assertThat(loggedIn(caller("outsider").member()).get("/sellers/" + seller.slug() + "/settings").status()).isEqualTo(403);
	}
}
