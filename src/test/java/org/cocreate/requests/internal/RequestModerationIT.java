package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests and bids joined moderation (kinds {@code request} and {@code bid}): reports reach the
 * platform queue (requests belong to no space), hiding a request takes it out of the list and
 * answers others with the placeholder, hiding a bid replaces its terms for others while its price
 * still counts, and restoring brings both back.
 */
class RequestModerationIT extends RequestsTestBase {

	@Test
	void aHiddenRequestLeavesTheListAndComesBack() {
		Caller requester = caller("requester");
		Caller other = caller("reader");
		var body = requestBody(Duration.ofHours(2));
		String title = "Forty folding chairs " + uniqueSlug("t");
		body.put("title", title);
		// a place of its own, so the list is filtered to it: on a shared database other tests' requests
		// could push this one off the first page
		String place = "Hall " + uniqueSlug("p");
		body.put("location", place);
		long id = post(requester, body);
		assertThat(http().get("/requests/" + id).body()).as("the report form is for signed-in members").doesNotContain("value=\"request:");
		assertThat(loggedIn(other.member()).get("/requests/" + id).body()).contains("value=\"request:" + id + "\"");

		long kase = report(other, "request:" + id);
		assertThat(queueCase(kase).get("link").asString()).isEqualTo("/requests/" + id);
		assertThat(queueCase(kase).get("space").isNull()).as("reviewed by platform admins").isTrue();

		act(kase, "HIDE", "Advertising, not a request.");
		assertThat(listed(other, place)).doesNotContain(title);
		var hidden = http().apiGet("/api/v1/requests/" + id, other.token());
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.body()).contains(apiMessage("moderation.placeholder.request"));
		Http.Response page = loggedIn(other.member()).get("/requests/" + id);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(title);
		// nor its live part (status, deadline, bids, best price), polled by the page
		assertThat(http().apiGet("/api/v1/requests/" + id + "/live", other.token()).status()).isEqualTo(404);
		assertThat(http().apiGet("/api/v1/requests/" + id + "/live", null).status()).isEqualTo(404);
		assertThat(loggedIn(other.member()).get("/requests/" + id + "/live").status()).isEqualTo(404);
		assertThat(http().apiGet("/api/v1/requests/" + id + "/live", requester.token()).status()).isEqualTo(200);
		assertThat(get(id, requester).get("moderation").asString()).as("the requester still sees it").isEqualTo("HIDDEN");
		assertThat(loggedIn(requester.member()).get("/requests/" + id).body()).contains(title)
			.contains(message("moderation.banner.request-hidden"));

		act(kase, "RESTORE", "It is a request after all.");
		assertThat(get(id, other).get("title").asString()).isEqualTo(title);
		assertThat(listed(other, place)).contains(title);
		assertThat(loggedIn(requester.member()).get("/requests/" + id).body()).doesNotContain(message("moderation.banner.request-hidden"));
	}

	@Test
	void aHiddenBidKeepsItsPriceButNotItsTerms() {
		Caller requester = caller("requester");
		Seller acme = seller("acme");
		Seller bolt = seller("bolt");
		var body = requestBody(Duration.ofSeconds(4));
		body.put("antiSnipingSeconds", 0);
		long id = post(requester, body);
		assertThat(bid(bolt.owner(), id, new java.math.BigDecimal("950.00"), 5, bolt.slug()).status()).isEqualTo(201);
		var placed = bid(acme.owner(), id, new java.math.BigDecimal("900.00"), 5, acme.slug());
		assertThat(placed.status()).as("%s", placed).isEqualTo(201);
		long bidId = placed.json().get("id").asLong();
		awaitStatus(id, "AWAITING_AWARD");

		long kase = report(requester, "bid:" + bidId);
		assertThat(queueCase(kase).get("link").asString()).isEqualTo("/requests/" + id + "#bid-" + bidId);
		act(kase, "HIDE", "Insulting terms.");

		JsonNode best = get(id, requester).get("bids").get(0);
		assertThat(best.get("id").asLong()).as("its price still counts: cheapest first").isEqualTo(bidId);
		assertThat(best.get("terms").asString()).isEmpty();
		assertThat(best.get("moderation").asString()).isEqualTo("HIDDEN");
		assertThat(get(id, requester).get("bestBid").get("terms").asString()).isEmpty();
		assertThat(loggedIn(requester.member()).get("/requests/" + id).body()).contains(message("moderation.placeholder.bid"));
		assertThat(loggedIn(acme.owner().member()).get("/requests/" + id).body()).as("its seller is told why")
			.contains(message("moderation.banner.bid-hidden"));
		assertThat(loggedIn(bolt.owner().member()).get("/requests/" + id).body()).doesNotContain(message("moderation.banner.bid-hidden"));

		act(kase, "RESTORE", "Fine on a second reading.");
		JsonNode back = get(id, requester).get("bids").get(0);
		assertThat(back.get("terms").asString()).isEqualTo("Delivered and assembled.");
		assertThat(back.path("moderation").isNull()).isTrue();
	}

	private long report(Caller reporter, String content) {
		var reported = http().api("POST", "/api/v1/moderation/reports", reporter.token(),
				Map.of("content", content, "reason", "SPAM"));
		assertThat(reported.status()).as("%s", reported).isEqualTo(201);
		return reported.json().get("caseId").asLong();
	}

	private JsonNode queueCase(long caseId) {
		var queue = http().apiGet("/api/v1/moderation/queue", token(admin()));
		assertThat(queue.status()).as("%s", queue).isEqualTo(200);
		return queue.json().get("cases").valueStream()
			.filter(c -> c.get("id").asLong() == caseId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("case " + caseId + " not in the platform queue " + queue));
	}

	private void act(long caseId, String action, String reason) {
		var body = new HashMap<String, Object>();
		body.put("action", action);
		body.put("reason", reason);
		var acted = http().api("POST", "/api/v1/moderation/cases/" + caseId + "/actions", token(admin()), body);
		assertThat(acted.status()).as("%s", acted).isEqualTo(201);
	}

	private String listed(Caller viewer, String place) {
		var list = http().apiGet("/api/v1/requests?status=all&location="
				+ java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8), viewer.token());
		assertThat(list.status()).as("%s", list).isEqualTo(200);
		return list.body();
	}
}
