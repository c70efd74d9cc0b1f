package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.identity.AccessTokens;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a real PostgreSQL (its own embedded server in a fresh folder, or the
 * external one CI names), driven over HTTP like any API client. Every test makes its own members,
 * organisation and space with unique names, so it never depends on an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cocreate.demo.enabled=false")
abstract class IdeasApiTestBase {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("cocreate-ideas-it");
		registry.add("cocreate.database.embedded-dir", () -> dir.resolve("pg").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	Registration registration;

	@Autowired
	AccessTokens tokens;

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	@Autowired
	JdbcClient jdbc;

	/** A verified member with an API token. */
	record Caller(MemberSummary member, String token) {

		long id() {
			return member.id();
		}
	}

	/** An organisation whose owner (staff) hosts a public space with the ideas board. */
	record Board(Caller owner, String organisation, String space) {
	}

	static String unique(String prefix) {
		return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + SEQUENCE.incrementAndGet();
	}

	Caller member() {
		String handle = unique("m");
		MemberSummary m = registration.createVerified(
				new SignUp(handle + "@ideas.test", handle, "Member " + handle, "correct-horse-battery-9", "en"), false);
		return new Caller(m, tokens.create(m.id(), "test").token());
	}

	Board board() {
		return board(Visibility.PUBLIC);
	}

	/** A board in a space of the given visibility; a PRIVATE one only its organisation's staff may see. */
	Board board(Visibility visibility) {
		Caller owner = member();
		String org = unique("org").toLowerCase(Locale.ROOT);
		organisations.create(owner.id(), new CreateOrganisation("Org " + org, org, OrganisationKind.BRAND, "", ""));
		String space = unique("space").toLowerCase(Locale.ROOT);
		spaces.create(owner.id(), new CreateSpace(org, "Space " + space, space, "", visibility, null));
		return new Board(owner, org, space);
	}

	long postIdea(Board board, Caller author, String title) {
		var response = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author,
				"{\"title\": " + quote(title) + ", \"body\": \"Some words about it.\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).get("id").asLong();
	}

	JsonNode idea(long id) {
		var response = send("GET", "/api/v1/ideas/" + id, null, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	long supportRows(long ideaId) {
		return jdbc.sql("select count(*) from idea_support where idea_id = ?").param(ideaId).query(Long.class).single();
	}

	HttpResponse<String> send(String method, String path, @Nullable Caller caller, @Nullable String body) {
		return send(method, path, caller, body == null ? null : "application/json",
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
	}

	/** Sends raw bytes (a picture, say) as the body, with their claimed content type. */
	HttpResponse<String> sendBytes(String method, String path, Caller caller, String contentType, byte[] body) {
		return send(method, path, caller, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
	}

	private HttpResponse<String> send(String method, String path, @Nullable Caller caller, @Nullable String contentType,
			HttpRequest.BodyPublisher body) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (caller != null) {
			request.header("Authorization", "Bearer " + caller.token());
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static String quote(String s) {
		return JSON.writeValueAsString(s);
	}

	/** The fields named in a problem+json body's per-field errors. */
	static java.util.List<String> errorFields(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		var fields = new java.util.ArrayList<String>();
		json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}
}
