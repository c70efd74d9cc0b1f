package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests, like a browser with its own cookie jar: pages with forms
 * (reading the CSRF token from the HTML), and the JSON API with bearer tokens. It never follows
 * redirects, so tests see exactly what the server answered.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	public Http(int port) {
		this(URI.create("http://localhost:" + port));
	}

	public Http(URI base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** An answer: status, headers and the body as text. */
	public record Response(int status, java.net.http.HttpHeaders headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public Optional<String> header(String name) {
			return headers.firstValue(name);
		}

		public List<String> headers(String name) {
			return headers.allValues(name);
		}

		public String contentType() {
			return header("Content-Type").orElse("");
		}

		public String location() {
			return header("Location").orElseThrow(() -> new AssertionError("no Location in " + this));
		}

		/** The CSRF token of the first form on the page. */
		public String csrf() {
			Matcher m = CSRF.matcher(body);
			assertThat(m.find()).as("a _csrf field on the page").isTrue();
			return m.group(1);
		}

		@Override
		public String toString() {
			return status + " " + headers.map() + "\n" + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
		}
	}

	// --- pages

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	/** Posts a form as a browser does, with the fields in the order given (and extra headers, name then value). */
	public Response postForm(String path, Map<String, String> fields, String... headers) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	/** Posts an already encoded form body, for fields that repeat (several ticked boxes of one name). */
	public Response postEncoded(String path, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	/** Gets the page with the form, then posts the fields with the page's CSRF token. */
	public Response submit(String formPage, String action, Map<String, String> fields) {
		Response page = get(formPage);
		assertThat(page.status()).as("form page %s: %s", formPage, page).isEqualTo(200);
		var withToken = new LinkedHashMap<String, String>();
		withToken.put("_csrf", page.csrf());
		withToken.putAll(fields);
		return postForm(action, withToken);
	}

	/** Posts a multipart form with one file. */
	public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			String contentType, byte[] content) {
		String boundary = "----cocreate" + UUID.randomUUID().toString().replace("-", "");
		var body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Logs in through the page form; answers the redirect the form gave. */
	public Response logIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	// --- API

	public Response api(String method, String path, String bearer, Object body) {
		var builder = request(path, "Accept", "application/json, application/problem+json");
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		if (body == null) {
			builder.method(method, BodyPublishers.noBody());
		}
		else {
			builder.header("Content-Type", "application/json")
				.method(method, BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		return send(builder);
	}

	public Response apiGet(String path, String bearer) {
		return api("GET", path, bearer, null);
	}

	/** Sends raw bytes (an avatar) to the API. */
	public Response apiBytes(String method, String path, String bearer, String contentType, byte[] bytes) {
		return send(request(path, "Accept", "application/json, application/problem+json", "Authorization", "Bearer " + bearer,
				"Content-Type", contentType)
			.method(method, BodyPublishers.ofByteArray(bytes)));
	}

	/** A request with HTTP Basic credentials, as used to create a token. */
	public Response basic(String method, String path, String username, String password, Object body) {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		var builder = request(path, "Accept", "application/json, application/problem+json", "Authorization",
				"Basic " + credentials);
		if (body == null) {
			builder.method(method, BodyPublishers.noBody());
		}
		else {
			builder.header("Content-Type", "application/json")
				.method(method, BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		return send(builder);
	}

	/** Any request: the method, the body as bytes with its content type (or none), and extra headers (name then value). */
	public Response send(String method, String path, String contentType, byte[] body, String... headers) {
		var builder = request(path, headers);
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		builder.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
		return send(builder);
	}

	// --- plumbing

	private HttpRequest.Builder request(String path, String... headers) {
		var builder = HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "en")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = client.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
