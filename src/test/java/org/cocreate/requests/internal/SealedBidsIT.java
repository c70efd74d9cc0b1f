package org.cocreate.requests.internal;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sealed bids do not leak before the close: not through the API, the live fragment, the list or
 * the page — for another seller, a joiner, the requester or an anonymous reader. The bidding
 * seller sees its own bid. After the close everyone sees every bid with its seller.
 */
@PostgresTest
class SealedBidsIT extends RequestsTestBase {

	static final String SECRET_PRICE = "2718.28";

	/** The price as pages write it; bare digits ("2718") would also match ids and timestamps of other tests' rows. */
	static final String PRICE_AS_SHOWN = "2,718.28";

	/** The request's entries in the public activity stream, as an anonymous reader gets them. */
	private JsonNode streamAbout(long requestId) {
		var all = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		String query = "?kind=request&limit=200";
		for (int pages = 0; pages < 1000; pages++) {
			JsonNode page = http().apiGet("/api/v1/activity" + query, null).json();
			page.get("items").valueStream().filter(i -> i.get("id").asLong() == requestId).forEach(all::add);
			if (page.get("items").isEmpty()) {
				return all;
			}
			query = "?kind=request&limit=200&after=" + java.net.URLEncoder.encode(page.get("next").asString(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		throw new AssertionError("the stream never ended");
	}

	@Test
	void noPriceOrSellerOfASealedBidIsVisibleBeforeTheClose() {
		Caller requester = caller("sealreq");
		Caller joiner = caller("sealjoin");
		Seller secretive = seller("secretive");
		Seller rival = seller("rival");
		var body = requestBody(Duration.ofSeconds(8));
		body.put("format", "SEALED");
		body.remove("minimumDecrement");
		body.put("antiSnipingSeconds", 0);
		body.put("ceilingPrice", new BigDecimal("5000"));
		long id = post(requester, body);
		http().api("POST", "/api/v1/requests/" + id + "/joins", joiner.token(), Map.of("quantity", 1));
		var placed = bid(secretive.owner(), id, new BigDecimal(SECRET_PRICE), 9, null);
		assertThat(placed.status()).isEqualTo(201);

		for (Caller viewer : new Caller[] { rival.owner(), joiner, requester, null }) {
			JsonNode seen = get(id, viewer);
			String who = viewer == null ? "anonymous" : viewer.member().handle();
			assertThat(seen.get("bestBid").isNull()).as(who).isTrue();
			assertThat(seen.get("bids")).as(who).isEmpty();
			assertThat(seen.get("bidCount").asInt()).as(who).isEqualTo(1);
			assertThat(seen.toString()).as(who).doesNotContain(SECRET_PRICE).doesNotContain(PRICE_AS_SHOWN).doesNotContain(secretive.slug());
			var page = viewer == null ? http().get("/requests/" + id) : loggedIn(viewer.member()).get("/requests/" + id);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).as(who).doesNotContain(SECRET_PRICE).doesNotContain(PRICE_AS_SHOWN).doesNotContain(secretive.slug()).contains(message("request.best.sealed"));
		}
		assertThat(http().get("/requests/" + id + "/live").body()).doesNotContain(SECRET_PRICE).doesNotContain(PRICE_AS_SHOWN);
		assertThat(http().apiGet("/api/v1/requests/" + id + "/live", null).body()).doesNotContain(SECRET_PRICE).doesNotContain(PRICE_AS_SHOWN);
		assertThat(http().apiGet("/api/v1/requests?category=vehicles", null).body()).doesNotContain(SECRET_PRICE).doesNotContain(PRICE_AS_SHOWN);
		assertThat(http().get("/requests").body()).doesNotContain(SECRET_PRICE).doesNotContain(PRICE_AS_SHOWN);
		// the activity stream says only that the request has one bid: no price, no seller, no bidder
		JsonNode bidCount = org.awaitility.Awaitility.await("the bid count in the activity stream")
			.atMost(Duration.ofSeconds(30))
			.until(() -> streamAbout(id), items -> items.valueStream().anyMatch(i -> i.get("counts").has("bids")));
		JsonNode counted = bidCount.valueStream().filter(i -> i.get("counts").has("bids")).findFirst().orElseThrow();
		assertThat(counted.get("counts").get("bids").asInt()).isEqualTo(1);
		assertThat(counted.get("actor").isNull()).as("who bid is not said before the close").isTrue();
		assertThat(bidCount.toString()).doesNotContain(SECRET_PRICE).doesNotContain(secretive.slug())
			.doesNotContain(secretive.owner().member().handle());

		// the bidding seller sees its own bid, and only its own
		JsonNode own = get(id, secretive.owner());
		assertThat(own.get("me").get("myBids").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo(SECRET_PRICE);
		assertThat(get(id, rival.owner()).get("me").get("myBids")).isEmpty();

		JsonNode closed = awaitStatus(id, "AWAITING_AWARD");
		assertThat(closed.get("bestBid").get("unitPrice").decimalValue()).isEqualByComparingTo(SECRET_PRICE);
		assertThat(closed.get("bids").get(0).get("seller").get("slug").asString()).isEqualTo(secretive.slug());
		assertThat(http().get("/requests/" + id).body()).contains("2,718.28");
	}
}
