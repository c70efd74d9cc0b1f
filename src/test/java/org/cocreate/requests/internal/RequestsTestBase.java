package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.identity.AccessTokens;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Requests tests drive the running application over HTTP, as any API client or browser would; the
 * set-up (members, verified seller organisations) goes through the use cases directly, which is
 * faster and not what these tests are about.
 */
abstract class RequestsTestBase extends AbstractApplicationIT {

	@Autowired
	AccessTokens tokens;

	@Autowired
	Organisations organisations;

	@Autowired
	Sellers sellers;

	private Member platformAdmin;

	/** A member with an API token. */
	record Caller(Member member, String token) {

		long id() {
			return member.id();
		}
	}

	/** A verified seller organisation and its owner (who may bid). */
	record Seller(Caller owner, String slug, long organisationId) {
	}

	Caller caller(String prefix) {
		Member m = member(prefix);
		return new Caller(m, tokens.create(m.id(), "test").token());
	}

	Seller seller(String prefix, Category... follows) {
		return seller(caller(prefix), prefix, follows);
	}

	Seller seller(Caller owner, String prefix, Category... follows) {
		String slug = uniqueSlug(prefix.replace('_', '-'));
		var org = organisations.create(owner.id(), new CreateOrganisation("Shop " + slug, slug, OrganisationKind.BRAND, "", ""));
		organisations.setVerified(admin().id(), slug, true);
		sellers.register(owner.id(), slug, new SellerSettings(java.util.Arrays.stream(follows).map(Category::id).toList(), List.of()));
		return new Seller(owner, slug, org.id());
	}

	synchronized Member admin() {
		if (platformAdmin == null) {
			platformAdmin = admin("root");
		}
		return platformAdmin;
	}

	/** A valid request body, to be changed by the test. */
	static Map<String, Object> requestBody(Duration closesIn) {
		var body = new LinkedHashMap<String, Object>();
		body.put("title", "Twelve cargo bikes for the school run");
		body.put("category", "vehicles");
		body.put("specification", "Electric cargo bikes, **two child seats**, rain cover.");
		body.put("quantity", 2);
		body.put("unit", "bikes");
		body.put("location", "Riverton, North Park");
		body.put("ceilingPrice", new BigDecimal("4000.00"));
		// whole milliseconds: PostgreSQL keeps microseconds, so the deadline read back is the one sent
		body.put("deadline", Instant.now().plus(closesIn).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
		body.put("format", "OPEN");
		body.put("minimumDecrement", new BigDecimal("10.00"));
		body.put("antiSnipingSeconds", 120);
		body.put("awardMode", "MANUAL");
		return body;
	}

	long post(Caller requester, Map<String, Object> body) {
		var response = http().api("POST", "/api/v1/requests", requester.token(), body);
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	Http.Response bid(Caller bidder, long requestId, Object unitPrice, int days, String organisation) {
		var body = new LinkedHashMap<String, Object>();
		body.put("unitPrice", unitPrice);
		body.put("deliveryDays", days);
		body.put("terms", "Delivered and assembled.");
		if (organisation != null) {
			body.put("organisation", organisation);
		}
		return http().api("POST", "/api/v1/requests/" + requestId + "/bids", bidder.token(), body);
	}

	Http.Response raw(String method, String path, Caller caller, String json) {
		return http().apiBytes(method, path, caller.token(), "application/json",
				json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	JsonNode get(long requestId, Caller viewer) {
		var response = http().apiGet("/api/v1/requests/" + requestId, viewer == null ? null : viewer.token());
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.json();
	}

	/** Waits for the closing job (every second) to move the request out of OPEN. */
	JsonNode awaitStatus(long requestId, String status) {
		return await("status " + status).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> get(requestId, null), json -> status.equals(json.get("status").asString()));
	}

	long rows(String table, long requestId) {
		return count("select count(*) from " + table + " where request_id = ?", requestId);
	}

	static String code(Http.Response response) {
		return response.json().path("code").asString("");
	}

	/** Runs the tasks at once (released together) and returns their results in order. */
	static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
		var start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<T>> futures = tasks.stream().map(t -> pool.submit(() -> {
				start.await();
				return t.call();
			})).toList();
			start.countDown();
			var results = new java.util.ArrayList<T>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
	}
}
