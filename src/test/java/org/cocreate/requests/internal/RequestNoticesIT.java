package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who hears of what: sellers following a category hear of each new request in it; the requester,
 * the joiners and the winning seller hear of the award; feeds get the posting and the award.
 */
class RequestNoticesIT extends RequestsTestBase {

	@Test
	void followersOfTheCategoryHearOfNewRequestsAndBuyersAndTheWinnerOfTheAward() {
		Seller solar = seller("solar", Category.ENERGY);
		Seller bakery = seller("bakery", Category.FOOD);
		Caller requester = caller("needs");
		Caller joiner = caller("alsoneeds");
		var body = requestBody(Duration.ofSeconds(4));
		body.put("category", "energy");
		body.put("awardMode", "AUTO");
		body.put("antiSnipingSeconds", 0);
		long id = post(requester, body);
		String link = "/requests/" + id;

		await().atMost(Duration.ofSeconds(20)).until(() -> links(solar.owner(), "notice.request-posted").contains(link));
		assertThat(links(bakery.owner(), "notice.request-posted")).doesNotContain(link);
		assertThat(links(requester, "notice.request-posted")).doesNotContain(link);

		http().api("POST", "/api/v1/requests/" + id + "/joins", joiner.token(), Map.of("quantity", 2));
		assertThat(bid(solar.owner(), id, new BigDecimal("900"), 10, null).status()).isEqualTo(201);
		awaitStatus(id, "AWARDED");
		for (Caller c : List.of(requester, joiner, solar.owner())) {
			await(c.member().handle()).atMost(Duration.ofSeconds(20)).until(() -> links(c, "notice.request-awarded").contains(link));
		}
		assertThat(links(bakery.owner(), "notice.request-awarded")).doesNotContain(link);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from activity where event_key in (?, ?)", "request-posted:" + id, "request-awarded:" + id) == 2);
		assertThat(count("select count(*) from activity_target t join activity a on a.id = t.activity_id "
				+ "where a.event_key = ? and t.target_kind = 'TAG' and t.target_key = 'energy'", "request-posted:" + id)).isEqualTo(1);
	}

	private List<String> links(Caller c, String message) {
		var response = http().apiGet("/api/v1/notifications", c.token());
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		var links = new ArrayList<String>();
		for (JsonNode n : response.json().get("items")) {
			if (message.equals(n.get("message").asString())) {
				links.add(n.get("link").asString());
			}
		}
		return links;
	}
}
