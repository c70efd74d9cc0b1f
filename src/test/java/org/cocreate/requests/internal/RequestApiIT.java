package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The life of a request over the API: post, join, bid, close by itself, award, thread, completion, ratings. */
class RequestApiIT extends RequestsTestBase {

	@Test
	void postJoinBidCloseAndPickTheWinner() {
		Caller requester = caller("req");
		Caller joiner = caller("joiner");
		Seller acme = seller("acme");
		Seller bolt = seller("bolt");
		var body = requestBody(Duration.ofSeconds(6));
		body.put("antiSnipingSeconds", 0);
		long id = post(requester, body);

		JsonNode posted = get(id, null);
		assertThat(posted.get("status").asString()).isEqualTo("OPEN");
		assertThat(Instant.parse(posted.get("deadline").asString())).isEqualTo(Instant.parse((String) body.get("deadline")));
		assertThat(posted.get("totalQuantity").asLong()).isEqualTo(2);
		assertThat(posted.get("bestBid").isNull()).isTrue();

		var joined = http().api("POST", "/api/v1/requests/" + id + "/joins", joiner.token(), Map.of("quantity", 3));
		assertThat(joined.status()).as("%s", joined).isEqualTo(200);
		assertThat(joined.json().get("totalQuantity").asLong()).isEqualTo(5);
		// joining again changes one's quantity rather than adding a second share
		http().api("POST", "/api/v1/requests/" + id + "/joins", joiner.token(), Map.of("quantity", 4));
		assertThat(get(id, null).get("totalQuantity").asLong()).isEqualTo(6);

		var first = bid(acme.owner(), id, new BigDecimal("3500.00"), 14, null);
		assertThat(first.status()).as("%s", first).isEqualTo(201);
		var second = bid(bolt.owner(), id, new BigDecimal("3450.50"), 10, bolt.slug());
		assertThat(second.status()).as("%s", second).isEqualTo(201);

		JsonNode running = get(id, joiner);
		assertThat(running.get("bestBid").get("unitPrice").decimalValue()).isEqualByComparingTo("3450.50");
		assertThat(running.get("bestBid").get("seller").isNull()).as("no seller named before the close").isTrue();
		assertThat(running.toString()).doesNotContain(bolt.slug(), acme.slug());
		assertThat(running.get("bidCount").asInt()).isEqualTo(2);

		JsonNode closed = awaitStatus(id, "AWAITING_AWARD");
		assertThat(closed.get("bids")).hasSize(2);
		assertThat(closed.get("bids").get(0).get("seller").get("slug").asString()).isEqualTo(bolt.slug());
		assertThat(closed.get("award").isNull()).isTrue();
		assertThat(closed.get("awardDueAt").asString()).isNotBlank();

		long acmeBid = first.json().get("id").asLong();
		var notRequester = http().api("POST", "/api/v1/requests/" + id + "/award", joiner.token(), Map.of("bidId", acmeBid));
		assertProblem(notRequester, 403);
		var awarded = http().api("POST", "/api/v1/requests/" + id + "/award", requester.token(), Map.of("bidId", acmeBid));
		assertThat(awarded.status()).as("%s", awarded).isEqualTo(200);
		assertThat(awarded.json().get("status").asString()).isEqualTo("AWARDED");
		assertThat(awarded.json().get("award").get("seller").get("slug").asString()).isEqualTo(acme.slug());
		var again = http().api("POST", "/api/v1/requests/" + id + "/award", requester.token(),
				Map.of("bidId", second.json().get("id").asLong()));
		assertThat(assertProblem(again, 409).get("code").asString()).isEqualTo("error.request.award-not-awaiting");
		assertThat(rows("request_award", id)).isEqualTo(1);
	}

	@Test
	void anAutoRequestIsAwardedAtTheCloseToTheBestScoreExactlyOnce() {
		Caller requester = caller("auto");
		Seller cheap = seller("cheap");
		Seller fast = seller("fast");
		var body = requestBody(Duration.ofSeconds(5));
		body.put("awardMode", "AUTO");
		body.put("format", "SEALED");
		body.remove("minimumDecrement");
		body.put("antiSnipingSeconds", 0);
		body.put("weights", Map.of("price", 100, "delivery", 0, "rating", 0));
		long id = post(requester, body);
		assertThat(bid(fast.owner(), id, new BigDecimal("3000"), 1, null).status()).isEqualTo(201);
		var winning = bid(cheap.owner(), id, new BigDecimal("2999.99"), 60, null);
		assertThat(winning.status()).isEqualTo(201);

		JsonNode awarded = awaitStatus(id, "AWARDED");
		assertThat(awarded.get("award").get("bidId").asLong()).isEqualTo(winning.json().get("id").asLong());
		assertThat(awarded.get("award").get("mode").asString()).isEqualTo("AUTO");
		assertThat(awarded.get("award").get("score").decimalValue()).isEqualByComparingTo("1");
		assertThat(rows("request_award", id)).isEqualTo(1);
		assertThat(count("select count(*) from request_log where request_id = ? and kind = 'CLOSED'", id)).isEqualTo(1);
		var late = bid(fast.owner(), id, new BigDecimal("10"), 1, null);
		assertThat(assertProblem(late, 409).get("code").asString()).isEqualTo("error.request.bid-too-late");
	}

	@Test
	void aRequestWithoutBidsClosesWithoutAward() {
		long id = post(caller("lonely"), requestBody(Duration.ofSeconds(3)));
		awaitStatus(id, "NO_BIDS");
		assertThat(rows("request_award", id)).isZero();
	}

	@Test
	void aBidInTheWindowExtendsTheDeadlineAndAWithdrawalIsLoggedOnlyBeforeTheWindow() {
		Caller requester = caller("snipe");
		Seller early = seller("early");
		Seller late = seller("late");
		var body = requestBody(Duration.ofMinutes(30));
		body.put("antiSnipingSeconds", 600);
		long id = post(requester, body);
		var placed = bid(early.owner(), id, new BigDecimal("3000"), 5, null);
		assertThat(placed.status()).isEqualTo(201);
		assertThat(placed.json().get("deadlineExtended").asBoolean()).isFalse();
		var withdrawn = http().api("POST", "/api/v1/requests/" + id + "/bids/" + placed.json().get("id").asLong() + "/withdrawal",
				early.owner().token(), null);
		assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(204);
		JsonNode afterWithdrawal = get(id, null);
		assertThat(afterWithdrawal.get("bestBid").isNull()).isTrue();
		assertThat(afterWithdrawal.get("log").toString()).contains("BID_WITHDRAWN").doesNotContain(early.slug());

		// a window of 40 minutes on a 30-minute deadline: every bid is a late one and moves it
		jdbc.sql("update request set anti_sniping_seconds = 2400 where id = ?").param(id).update();
		Instant before = Instant.parse(get(id, null).get("deadline").asString());
		var sniped = bid(late.owner(), id, new BigDecimal("2900"), 5, null);
		assertThat(sniped.status()).isEqualTo(201);
		assertThat(sniped.json().get("deadlineExtended").asBoolean()).isTrue();
		Instant after = Instant.parse(get(id, null).get("deadline").asString());
		assertThat(after).isAfter(before);
		assertThat(after).isEqualTo(Instant.parse(sniped.json().get("placedAt").asString()).plusSeconds(2400));
		var tooLate = http().api("POST", "/api/v1/requests/" + id + "/bids/" + sniped.json().get("id").asLong() + "/withdrawal",
				late.owner().token(), null);
		assertThat(assertProblem(tooLate, 409).get("code").asString()).isEqualTo("error.request.withdraw-too-late");
		assertThat(count("select count(*) from bid where request_id = ? and status = 'ACTIVE'", id)).isEqualTo(1);
	}

	@Test
	void theThreadCompletionAndRatingsFollowTheAward() {
		Caller requester = caller("buyer");
		Caller joiner = caller("friend");
		Caller stranger = caller("stranger");
		Seller shop = seller("rated");
		var body = requestBody(Duration.ofSeconds(4));
		body.put("awardMode", "AUTO");
		body.put("antiSnipingSeconds", 0);
		long id = post(requester, body);
		http().api("POST", "/api/v1/requests/" + id + "/joins", joiner.token(), Map.of("quantity", 1));
		assertThat(bid(shop.owner(), id, new BigDecimal("1200"), 3, null).status()).isEqualTo(201);
		awaitStatus(id, "AWARDED");

		String thread = "/api/v1/requests/" + id + "/messages";
		assertThat(http().api("POST", thread, requester.token(), Map.of("body", "When can you deliver?")).status()).isEqualTo(201);
		assertThat(http().api("POST", thread, shop.owner().token(), Map.of("body", "Next Tuesday.")).status()).isEqualTo(201);
		var seenByJoiner = http().apiGet(thread, joiner.token());
		assertThat(seenByJoiner.status()).isEqualTo(200);
		assertThat(seenByJoiner.json()).hasSize(2);
		assertThat(seenByJoiner.json().get(1).get("forSeller").asBoolean()).isTrue();
		assertProblem(http().apiGet(thread, stranger.token()), 403);
		assertProblem(http().api("POST", thread, stranger.token(), Map.of("body", "Me too")), 403);
		assertFieldError(http().api("POST", thread, requester.token(), Map.of("body", "   ")), "body", "error.required");
		assertFieldError(http().api("POST", thread, requester.token(), Map.of("body", "x".repeat(5001))), "body", "error.too-long");
		assertThat(rows("request_message", id)).as("refused messages are not stored").isEqualTo(2);

		String ratings = "/api/v1/requests/" + id + "/ratings";
		assertThat(code(http().api("POST", ratings, requester.token(), Map.of("stars", 5)))).isEqualTo("error.request.rate-not-completed");
		assertProblem(http().api("POST", "/api/v1/requests/" + id + "/completion", joiner.token(), null), 403);
		var half = http().api("POST", "/api/v1/requests/" + id + "/completion", requester.token(), null);
		assertThat(half.json().get("status").asString()).isEqualTo("AWARDED");
		var done = http().api("POST", "/api/v1/requests/" + id + "/completion", shop.owner().token(), null);
		assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");

		assertFieldError(http().api("POST", ratings, requester.token(), Map.of("stars", 6)), "stars", "error.request.number-range");
		assertThat(http().api("POST", ratings, requester.token(), Map.of("stars", 4, "body", "On time, friendly.")).status())
			.isEqualTo(201);
		assertThat(http().api("POST", ratings, shop.owner().token(), Map.of("stars", 5, "body", "Clear specification.")).status())
			.isEqualTo(201);
		assertThat(code(http().api("POST", ratings, requester.token(), Map.of("stars", 1)))).isEqualTo("error.request.rated-already");

		JsonNode profile = http().apiGet("/api/v1/sellers/" + shop.slug(), null).json();
		assertThat(profile.get("rating").get("average").asDouble()).isEqualTo(4.0);
		assertThat(profile.get("rating").get("count").asLong()).isEqualTo(1);
		assertThat(profile.get("awardsWon").asLong()).isEqualTo(1);
		var badge = http().get("/sellers/" + shop.slug() + "/badge");
		assertThat(badge.body()).contains(message("seller.rating", "4.0", 1));
		assertThat(http().get("/o/" + shop.slug()).body()).contains("/sellers/" + shop.slug() + "/badge");
	}

	@Test
	void joiningHasItsRules() {
		Caller requester = caller("joinrules");
		Caller joiner = caller("joinee");
		long id = post(requester, requestBody(Duration.ofMinutes(10)));
		String joins = "/api/v1/requests/" + id + "/joins";
		assertFieldError(http().api("POST", joins, joiner.token(), Map.of("quantity", 0)), "quantity", "error.request.number-range");
		assertFieldError(http().api("POST", joins, joiner.token(), Map.of("quantity", 1.5)), "quantity", "error.request.number-whole");
		assertThat(code(http().api("POST", joins, requester.token(), Map.of("quantity", 1)))).isEqualTo("error.request.join-own");
		assertThat(http().api("POST", "/api/v1/requests/" + id + "/joining/close", joiner.token(), null).status()).isEqualTo(403);
		assertThat(http().api("POST", "/api/v1/requests/" + id + "/joining/close", requester.token(), null).status()).isEqualTo(204);
		assertThat(code(http().api("POST", joins, joiner.token(), Map.of("quantity", 1)))).isEqualTo("error.request.joining-closed");
		assertThat(rows("request_join", id)).isZero();
		assertThat(get(id, null).get("totalQuantity").asLong()).isEqualTo(2);
	}
}
