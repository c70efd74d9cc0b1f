package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;

/**
 * Every bad input the issue lists: a clear message naming the field (400) or the rule (409), and
 * nothing stored changes — counted in the tables before and after.
 */
class RequestBadInputIT extends RequestsTestBase {

	private long requests() {
		return count("select count(*) from request");
	}

	private void refusedPost(Caller caller, Map<String, Object> body, String field, String code) {
		long before = requests();
		assertFieldError(http().api("POST", "/api/v1/requests", caller.token(), body), field, code);
		assertThat(requests()).isEqualTo(before);
	}

	private void refusedRawPost(Caller caller, String json, String field) {
		long before = requests();
		assertFieldError(raw("POST", "/api/v1/requests", caller, json), field, "error.request.number-json");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void aRequestWithBadFieldsIsRefusedFieldByField() {
		Caller c = caller("bad");
		var past = requestBody(Duration.ofMinutes(5));
		past.put("deadline", Instant.now().minusSeconds(60).toString());
		refusedPost(c, past, "deadline", "error.request.deadline-past");
		var garbled = requestBody(Duration.ofMinutes(5));
		garbled.put("deadline", "next tuesday");
		refusedPost(c, garbled, "deadline", "error.request.deadline-format");
		var zero = requestBody(Duration.ofMinutes(5));
		zero.put("quantity", 0);
		refusedPost(c, zero, "quantity", "error.request.number-range");
		var negative = requestBody(Duration.ofMinutes(5));
		negative.put("ceilingPrice", new BigDecimal("-5"));
		refusedPost(c, negative, "ceilingPrice", "error.request.amount-positive");
		var huge = requestBody(Duration.ofMinutes(5));
		huge.put("ceilingPrice", new BigDecimal("1e309"));
		refusedPost(c, huge, "ceilingPrice", "error.request.amount-too-large");
		var category = requestBody(Duration.ofMinutes(5));
		category.put("category", "spaceships");
		refusedPost(c, category, "category", "error.request.category-unknown");
		var format = requestBody(Duration.ofMinutes(5));
		format.put("format", "DUTCH");
		refusedPost(c, format, "format", "error.request.option-unknown");
		var sealedDecrement = requestBody(Duration.ofMinutes(5));
		sealedDecrement.put("format", "SEALED");
		refusedPost(c, sealedDecrement, "minimumDecrement", "error.request.decrement-sealed");
		var lonelyLatitude = requestBody(Duration.ofMinutes(5));
		lonelyLatitude.put("latitude", 40.4);
		refusedPost(c, lonelyLatitude, "longitude", "error.request.coordinates-pair");

		String deadline = Instant.now().plusSeconds(600).toString();
		String valid = "\"title\": \"Solar panels\", \"category\": \"energy\", \"unit\": \"panels\", \"location\": \"Riverton\", "
				+ "\"deadline\": \"" + deadline + "\"";
		refusedRawPost(c, "{" + valid + ", \"quantity\": 3, \"ceilingPrice\": NaN}", "ceilingPrice");
		refusedRawPost(c, "{" + valid + ", \"quantity\": 3, \"ceilingPrice\": \"12,50\"}", "ceilingPrice");
		refusedRawPost(c, "{" + valid + ", \"quantity\": 3, \"ceilingPrice\": 12,50}", "ceilingPrice");
		refusedRawPost(c, "{" + valid + ", \"quantity\": \"3\"}", "quantity");
		// 1e309 is a fine BigDecimal; the range check names it
		long before = requests();
		assertFieldError(raw("POST", "/api/v1/requests", c, "{" + valid + ", \"quantity\": 3, \"ceilingPrice\": 1e309}"),
				"ceilingPrice", "error.request.amount-too-large");
		assertThat(requests()).isEqualTo(before);
		// and the same body with a sane number is accepted
		assertThat(raw("POST", "/api/v1/requests", c, "{" + valid + ", \"quantity\": 3, \"ceilingPrice\": 12.50}").status())
			.isEqualTo(201);
	}

	@Test
	void badBidsAreRefusedAndNothingIsStored() {
		Caller requester = caller("badbids");
		Seller seller = seller("honest");
		long id = post(requester, requestBody(Duration.ofMinutes(10)));
		assertThat(bid(seller.owner(), id, new BigDecimal("3000"), 5, null).status()).isEqualTo(201);
		long bids = rows("bid", id);
		long logs = rows("request_log", id);
		String deadline = get(id, null).get("deadline").asString();

		assertFieldError(bid(seller.owner(), id, BigDecimal.ZERO, 5, null), "unitPrice", "error.request.amount-positive");
		assertFieldError(bid(seller.owner(), id, new BigDecimal("-10"), 5, null), "unitPrice", "error.request.amount-positive");
		assertFieldError(bid(seller.owner(), id, new BigDecimal("1e309"), 5, null), "unitPrice", "error.request.amount-too-large");
		assertFieldError(bid(seller.owner(), id, new BigDecimal("10.001"), 5, null), "unitPrice", "error.request.amount-decimals");
		assertFieldError(bid(seller.owner(), id, new BigDecimal("100"), -1, null), "deliveryDays", "error.request.number-range");
		String path = "/api/v1/requests/" + id + "/bids";
		assertFieldError(raw("POST", path, seller.owner(), "{\"unitPrice\": NaN, \"deliveryDays\": 3}"), "unitPrice",
				"error.request.number-json");
		assertFieldError(raw("POST", path, seller.owner(), "{\"unitPrice\": 12,50, \"deliveryDays\": 3}"), "unitPrice",
				"error.request.number-json");
		assertFieldError(raw("POST", path, seller.owner(), "{\"unitPrice\": \"12,50\", \"deliveryDays\": 3}"), "unitPrice",
				"error.request.number-json");
		assertFieldError(raw("POST", path, seller.owner(), "{\"unitPrice\": \"Infinity\", \"deliveryDays\": 3}"), "unitPrice",
				"error.request.number-json");

		assertThat(conflict(bid(seller.owner(), id, new BigDecimal("4000.01"), 5, null))).isEqualTo("error.request.bid-above-ceiling");
		assertThat(conflict(bid(seller.owner(), id, new BigDecimal("2995"), 5, null))).isEqualTo("error.request.bid-not-low-enough");
		assertThat(conflict(bid(caller("nobody"), id, new BigDecimal("100"), 5, null))).isEqualTo("error.request.not-a-seller-at-all");
		assertThat(conflict(bid(caller("pretender"), id, new BigDecimal("100"), 5, seller.slug()))).isEqualTo("error.request.not-a-seller");

		// the requester's own organisation may not bid, even through another of its staff
		Seller own = seller(requester, "own");
		assertThat(conflict(bid(requester, id, new BigDecimal("100"), 5, own.slug()))).isEqualTo("error.request.bid-own-organisation");

		assertThat(rows("bid", id)).isEqualTo(bids);
		assertThat(rows("request_log", id)).isEqualTo(logs);
		assertThat(get(id, null).get("deadline").asString()).isEqualTo(deadline);
		assertThat(get(id, null).get("bestBid").get("unitPrice").decimalValue()).isEqualByComparingTo("3000");
	}

	@Test
	void aBidAfterTheCloseIsTooLate() {
		Seller seller = seller("tardy");
		var body = requestBody(Duration.ofSeconds(2));
		long id = post(caller("closer"), body);
		awaitStatus(id, "NO_BIDS");
		assertThat(conflict(bid(seller.owner(), id, new BigDecimal("100"), 5, null))).isEqualTo("error.request.bid-too-late");
		assertThat(rows("bid", id)).isZero();
	}

	@Test
	void anUnverifiedOrganisationCannotSell() {
		Caller owner = caller("unverified");
		String slug = uniqueSlug("plain");
		organisations.create(owner.id(), new org.cocreate.organisations.Organisations.CreateOrganisation("Plain " + slug, slug,
				org.cocreate.organisations.OrganisationKind.BRAND, "", ""));
		var refused = http().api("PUT", "/api/v1/sellers/" + slug, owner.token(), Map.of("categories", java.util.List.of("food")));
		assertThat(assertProblem(refused, 409).get("code").asString()).isEqualTo("error.seller.unverified");
		assertThat(count("select count(*) from seller s join organisation o on o.id = s.organisation_id where o.slug = ?", slug)).isZero();
	}

	@Test
	void badListFiltersAreNamedFieldByField() {
		var response = http().apiGet("/api/v1/requests?category=spaceships&closesBefore=someday&after=not-a-cursor", null);
		assertFieldError(response, "category", "error.request.category-unknown");
		assertFieldError(response, "closesBefore", "error.request.deadline-format");
		assertFieldError(response, "after", "error.request.cursor");
		assertThat(http().apiGet("/api/v1/requests?category=energy&closesBefore=2030-01-01", null).status()).isEqualTo(200);
	}

	@Test
	void badSellerSettingsAreRefusedAndNothingChanges() {
		Seller seller = seller("settled", Category.FOOD);
		String path = "/api/v1/sellers/" + seller.slug();
		var refused = http().api("PUT", path, seller.owner().token(),
				Map.of("categories", java.util.List.of("energy", "spaceships"), "bidders", java.util.List.of("@nobody_here_at_all")));
		assertFieldError(refused, "categories", "error.request.category-unknown");
		assertFieldError(refused, "bidders", "error.seller.bidder-not-staff");
		var outsider = http().api("PUT", path, caller("outsider").token(), Map.of("categories", java.util.List.of("energy")));
		assertThat(assertProblem(outsider, 403).get("code").asString()).isEqualTo("error.seller.manage-refused");
		assertThat(assertProblem(http().api("DELETE", path, caller("meddler").token(), null), 403).get("code").asString())
			.isEqualTo("error.seller.manage-refused");
		assertThat(count("select count(*) from seller_category where organisation_id = ? and category = 'food'", seller.organisationId()))
			.isEqualTo(1);
		assertThat(count("select count(*) from seller_category where organisation_id = ?", seller.organisationId())).isEqualTo(1);
		assertThat(sellers.registered(seller.organisationId())).isTrue();
	}

	private static String conflict(Http.Response response) {
		return assertProblem(response, 409).get("code").asString();
	}
}
