package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 23, items 5 and 7: sign-ups per network origin, password-reset requests per account, mails
 * per recipient address and failed log-ins per origin are limited, in PostgreSQL (so across nodes),
 * and answer like every limit of the site: 429 with {@code Retry-After}, problem+json on the API and
 * the message on the page. The reset form answers an unknown address exactly as a known one. Its
 * own application with small limits (every test client shares one origin), keeping mail in the
 * development mailbox, where it can be counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cocreate.demo.enabled=false", "spring.mail.host=", "cocreate.identity.sign-ups-per-origin-per-hour=3",
				"cocreate.identity.resets-per-account-per-hour=2", "cocreate.identity.mails-per-address-per-hour=3",
				"cocreate.identity.failed-logins-per-origin=8", "cocreate.identity.first-login-delay-seconds=1" })
class SecurityFloodIT {

	private static final String PASSWORD = "a long and quiet river";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("cocreate-flood-it");
		registry.add("cocreate.database.embedded-dir", () -> dir.resolve("pg").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void signUpsFromOneOriginAreLimitedOnTheApiAndThePage() {
		var http = new Http(port);
		for (int i = 0; i < 3; i++) {
			assertThat(http.api("POST", "/api/v1/members", null, signUp()).status()).isEqualTo(201);
		}

		var refused = http.api("POST", "/api/v1/members", null, signUp());
		var page = http.submit("/signup", "/signup", Map.of("email", unique() + "@flood.test", "handle", unique(),
				"displayName", "Flood", "password", PASSWORD));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("error.rate-limited");
		assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.header("Retry-After")).isPresent();
		assertThat(page.body()).contains(HtmlUtils.htmlEscape(
				messages.getMessage("error.rate-limited", new Object[] { "X" }, Locale.ENGLISH).replaceFirst(" X .*", "")));
		// Nobody was mailed for the refused ones.
		assertThat(jdbc.sql("select count(*) from dev_mail where recipient like '%@flood.test'").query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void resetRequestsAreLimitedPerAccountAndAnUnknownAddressGetsTheSameAnswers() {
		String known = unique() + "@reset.test";
		jdbc.sql("insert into member (email, handle, display_name, password_hash, locale, email_verified_at) "
				+ "values (?, ?, 'Reset', 'x', 'en', now())").params(known, unique()).update();
		String unknown = unique() + "@reset.test";

		List<Integer> knownAnswers = resets(known.toUpperCase(Locale.ROOT), known, " " + known, known);
		List<Integer> unknownAnswers = resets(unknown.toUpperCase(Locale.ROOT), unknown, " " + unknown, unknown);

		assertThat(knownAnswers).containsExactly(200, 200, 429, 429);
		assertThat(unknownAnswers).isEqualTo(knownAnswers);
		assertThat(mailsTo(known)).isEqualTo(2);
	}

	@Test
	void oneAddressGetsAFewMailsAnHourHoweverOftenTheyAreAskedFor() {
		var http = new Http(port);
		String email = unique() + "@mailbox.test";
		// a member who has not verified their address yet
		jdbc.sql("insert into member (email, handle, display_name, password_hash, locale) values (?, ?, 'M', 'x', 'en')")
			.params(email, unique())
			.update();
		for (int i = 0; i < 6; i++) {
			assertThat(http.submit("/signup", "/verify/resend", Map.of("email", email)).status()).isEqualTo(200);
		}
		assertThat(mailsTo(email)).isEqualTo(3);
	}

	@Test
	void failedLogInsFromOneOriginWaitLongerEachTime() throws InterruptedException {
		var http = new Http(port);
		// different names, none of them an account: only the origin's count can stop them
		for (int i = 0; i < 8; i++) {
			assertThat(http.basic("POST", "/api/v1/tokens", unique() + "@nobody.test", "guess", null).status()).isEqualTo(401);
		}
		var first = http.basic("POST", "/api/v1/tokens", unique() + "@nobody.test", "guess", null);
		assertThat(first.status()).isEqualTo(429);
		assertThat(first.header("Retry-After")).hasValue("1");

		Thread.sleep(1_200);
		assertThat(http.basic("POST", "/api/v1/tokens", unique() + "@nobody.test", "guess", null).status()).isEqualTo(401);
		var second = http.basic("POST", "/api/v1/tokens", unique() + "@nobody.test", "guess", null);
		assertThat(second.status()).isEqualTo(429);
		assertThat(second.header("Retry-After")).hasValue("2");
		jdbc.sql("delete from identity_limit where key like 'login:o:%'").update();
	}

	private List<Integer> resets(String... addresses) {
		var answers = new ArrayList<Integer>();
		for (String address : addresses) {
			var http = new Http(port);
			var answer = http.submit("/password/forgot", "/password/forgot", Map.of("email", address));
			if (answer.status() == 429) {
				assertThat(answer.header("Retry-After")).isPresent();
				assertThat(answer.body()).contains("Too many attempts in a short time");
			}
			answers.add(answer.status());
		}
		return answers;
	}

	private long mailsTo(String address) {
		return jdbc.sql("select count(*) from dev_mail where lower(recipient) = lower(?)").param(address).query(Long.class).single();
	}

	private static Map<String, String> signUp() {
		String handle = unique();
		return Map.of("email", handle + "@flood.test", "handle", handle, "displayName", "Flood", "password", PASSWORD, "locale",
				"en");
	}

	private static String unique() {
		return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}
}
