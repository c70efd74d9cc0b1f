package org.cocreate.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cocreate.Http;
import org.cocreate.identity.AccessTokens;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Writes are limited per member and per network origin: the API answers 429 problem+json with
 * Retry-After, pages say it in words; reading is never limited. Its own application (with small
 * limits), so the other tests are never throttled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cocreate.demo.enabled=false", "cocreate.moderation.rate-limits.member-per-minute=5",
				"cocreate.moderation.rate-limits.origin-per-minute=1000" })
class RateLimitIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("cocreate-ratelimit-it");
		registry.add("cocreate.database.embedded-dir", () -> dir.resolve("pg").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	Registration registration;

	@Autowired
	AccessTokens tokens;

	@Test
	void theSixthWriteInAMinuteIsRefusedWithRetryAfterWhileReadingGoesOn() {
		MemberSummary m = registration.createVerified(new SignUp("rl@limits.test", "rate_limited", "Rate Limited",
				"a long and quiet river", "en"), false);
		String token = tokens.create(m.id(), "test").token();
		var http = new Http(port);

		for (int i = 0; i < 5; i++) {
			var allowed = http.api("POST", "/api/v1/moderation/reports", token, Map.of("content", "idea:99999", "reason", "SPAM"));
			assertThat(allowed.status()).as("write %d: %s", i, allowed).isEqualTo(404);
		}
		var refused = http.api("POST", "/api/v1/moderation/reports", token, Map.of("content", "idea:99999", "reason", "SPAM"));
		var reading = http.apiGet("/api/v1/moderation/me", token);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("moderation.error.rate-limited");
		assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(reading.status()).isEqualTo(200);

		var browser = new Http(port);
		var login = browser.logIn("rl@limits.test", "a long and quiet river");
		assertThat(login.status()).isEqualTo(302);
		var page = browser.get("/moderation/report?content=idea:1");
		var form = browser.postForm("/moderation/reports", Map.of("_csrf", page.csrf(), "content", "idea:1", "reason", "SPAM"));
		assertThat(form.status()).isEqualTo(429);
		assertThat(form.contentType()).startsWith("text/html");
		assertThat(form.body()).contains("Too many changes in a short time. Please wait");
		assertThat(form.header("Retry-After")).isPresent();
	}
}
