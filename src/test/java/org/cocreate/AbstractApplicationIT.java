package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The whole application on a random port, on real PostgreSQL (embedded, in a fresh folder under
 * {@code target/it-data}, or the server named by {@code COCREATE_DB_URL}), sending mail to GreenMail.
 * Every subclass gets the same context, started once. The database may hold data of other tests
 * or runs, so tests make their own members, organisations and spaces with unique names.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cocreate.demo.enabled=false", "spring.mail.host=127.0.0.1",
				"spring.mail.properties.mail.smtp.starttls.enable=false", "spring.mail.username=", "spring.mail.password=" })
public abstract class AbstractApplicationIT {

	/** A strong password every test member gets unless a test says otherwise. */
	protected static final String PASSWORD = "a long and quiet river";

	protected static final TestMailServer MAIL = TestMailServer.shared();

	private static final Path RUNS = Path.of("target", "it-data", "runs").toAbsolutePath();

	private static final Path DATA_DIR = freshDataDir();

	/**
	 * An empty folder for this test run's embedded database: the migrations may have changed
	 * since the last run. Earlier runs' folders are removed, so they do not pile up.
	 */
	private static Path freshDataDir() {
		if (Files.isDirectory(RUNS)) {
			try (Stream<Path> paths = Files.walk(RUNS)) {
				paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(RUNS)).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				// Left-overs only cost disk space.
			}
		}
		return RUNS.resolve(UUID.randomUUID().toString()).resolve("postgres");
	}

	@DynamicPropertySource
	static void testInfrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", MAIL::port);
		registry.add("cocreate.database.embedded-dir", DATA_DIR::toString);
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Registration registration;

	@Autowired
	protected MessageSource messages;

	/** A member as a test knows them, with the password in clear. */
	public record Member(long id, String handle, String email, String displayName, String password) {
	}

	/** A fresh browser-like client with an empty cookie jar. */
	protected Http http() {
		return new Http(port);
	}

	/** A unique, valid handle: letters, digits and _, at most 30 characters. */
	protected static String uniqueHandle(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** A unique slug for organisations and spaces. */
	protected static String uniqueSlug(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	protected static String emailOf(String handle) {
		return handle.toLowerCase(Locale.ROOT) + "@it.cocreate.test";
	}

	/** Signs up through the API, reads the verification mail and follows its link, as a person would. */
	protected Member signUpAndVerify(String prefix) {
		String handle = uniqueHandle(prefix);
		return signUpAndVerify(handle, emailOf(handle));
	}

	protected Member signUpAndVerify(String handle, String email) {
		String name = "Test " + handle;
		var http = http();
		var created = http.api("POST", "/api/v1/members", null,
				Map.of("email", email, "handle", handle, "displayName", name, "password", PASSWORD, "locale", "en"));
		assertThat(created.status()).as("sign-up: %s", created).isEqualTo(201);

		var mail = MAIL.awaitMessageTo(email);
		var verified = http.get(mail.link("/verify"));
		assertThat(verified.status()).as("verification: %s", verified).isEqualTo(302);
		assertThat(verified.location()).endsWith("/login");
		return new Member(memberId(handle), handle, email, name, PASSWORD);
	}

	/** A verified member made directly (no mail), for tests about something else than signing up. */
	protected Member member(String prefix) {
		return createVerified(prefix, false);
	}

	/** A verified platform admin. */
	protected Member admin(String prefix) {
		return createVerified(prefix, true);
	}

	private Member createVerified(String prefix, boolean platformAdmin) {
		String handle = uniqueHandle(prefix);
		String email = emailOf(handle);
		String name = "Test " + handle;
		MemberSummary summary = registration.createVerified(new SignUp(email, handle, name, PASSWORD, "en"), platformAdmin);
		return new Member(summary.id(), handle, email, name, PASSWORD);
	}

	/** A personal access token, created with HTTP Basic as the API documents. */
	protected String token(String email, String password) {
		var response = http().basic("POST", "/api/v1/tokens", email, password, Map.of("name", "test"));
		assertThat(response.status()).as("token: %s", response).isEqualTo(201);
		String token = response.json().get("token").asString();
		assertThat(token).isNotBlank();
		return token;
	}

	protected String token(Member member) {
		return token(member.email(), member.password());
	}

	/** A client logged in through the page form. */
	protected Http loggedIn(Member member) {
		var http = http();
		var response = http.logIn(member.email(), member.password());
		assertThat(response.status()).as("log-in: %s", response).isEqualTo(302);
		assertThat(response.location()).doesNotContain("/login");
		return http;
	}

	protected long memberId(String handle) {
		return jdbc.sql("select id from member where lower(handle) = lower(?)").param(handle).query(Long.class).single();
	}

	protected long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/**
	 * A message as pages show it: in English, HTML-escaped as Thymeleaf escapes it (only what UTF-8
	 * output needs: {@code & < > " '}; typographic quotes and apostrophes stay as they are).
	 */
	protected String message(String code, Object... args) {
		return HtmlUtils.htmlEscape(messages.getMessage(code, args, Locale.ENGLISH), "UTF-8");
	}

	/** A message as the API says it: in English, as it is. */
	protected String apiMessage(String code, Object... args) {
		return messages.getMessage(code, args, Locale.ENGLISH);
	}

	/** Polls the JSON answer of a GET until it satisfies the condition: for what is recorded after commit. */
	protected JsonNode awaitJson(Http http, String path, String bearer, Predicate<JsonNode> condition) {
		return await(path).atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				var response = http.apiGet(path, bearer);
				assertThat(response.status()).as("%s: %s", path, response).isEqualTo(200);
				return response.json();
			}, condition::test);
	}

	/** Asserts an API problem: the status, problem+json, and returns the body. */
	protected static JsonNode assertProblem(Http.Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.contentType()).as("%s", response).startsWith("application/problem+json");
		JsonNode body = response.json();
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.path("detail").asString("")).isNotBlank();
		return body;
	}

	/** Asserts an invalid-input problem with a message for the field, and returns that message. */
	protected JsonNode assertFieldError(Http.Response response, String field, String code) {
		JsonNode body = assertProblem(response, 400);
		JsonNode errors = body.get("errors");
		assertThat(errors).as("errors in %s", response).isNotNull();
		for (JsonNode error : errors) {
			if (field.equals(error.path("field").asString(null)) && code.equals(error.path("code").asString(null))) {
				assertThat(error.path("message").asString("")).isNotBlank().isNotEqualTo(code);
				return error;
			}
		}
		throw new AssertionError("no error " + code + " on " + field + " in " + response);
	}
}
