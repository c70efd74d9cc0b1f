package org.cocreate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * What a browser and an operator see of the site's plumbing: security headers on every route,
 * sessions, health, metrics, API docs. Part of the security suite (cookies: SecurityCookiesIT).
 */
class SecurityHeadersIT extends AbstractApplicationIT {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Every GET route the application has (read from its handler mappings, so a new page is checked
	 * without touching this test), with its path variables filled from data made here, signed in
	 * as the owner of the organisation so staff pages render too: pages carry the strict policy
	 * (no 'unsafe-inline', no 'unsafe-eval'), nosniff, no framing and the referrer policy, and
	 * really contain no inline script, style element or attribute, or event handler; API answers
	 * carry {@code default-src 'none'} and nosniff. Static files and error pages are checked too.
	 */
	@Test
	void everyPageAndApiAnswerCarriesTheStrictHeaders() {
		var owner = member("headers");
		String token = token(owner);
		var api = http();
		String org = uniqueSlug("headers");
		created(api.api("POST", "/api/v1/organisations", token, Map.of("name", "Headers " + org, "slug", org, "kind", "BRAND")));
		String space = uniqueSlug("headers");
		created(api.api("POST", "/api/v1/spaces", token, Map.of("organisation", org, "name", "Headers space", "slug", space,
				"capabilities", List.of("ideas", "budgets"))));
		long idea = created(api.api("POST", "/api/v1/spaces/" + space + "/ideas", token,
				Map.of("title", "Headers idea", "body", "About #headerstag"))).get("id").asLong();
		long image = created(api.apiBytes("POST", "/api/v1/ideas/" + idea + "/images", token, "image/png", TestImages.png(8, 8)))
			.get(0).get("id").asLong();
		long budget = created(api.api("POST", "/api/v1/spaces/" + space + "/budgets", token,
				Map.of("name", "Headers budget", "amount", 1000, "currency", "EUR"))).get("id").asLong();
		long project = created(api.api("POST", "/api/v1/budgets/" + budget + "/projects", token,
				Map.of("title", "Headers project", "description", "d", "cost", 100))).get("id").asLong();
		long request = created(api.api("POST", "/api/v1/requests", token, Map.of("title", "Headers request", "category", "outdoor",
				"specification", "Tents", "quantity", 2, "unit", "tents", "location", "Riverton", "deadline",
				java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString()))).get("id").asLong();
		long moderationCase = created(api.api("POST", "/api/v1/moderation/reports", token(member("headers_reporter")),
				Map.of("content", "idea:" + idea, "reason", "SPAM"))).get("caseId").asLong();
		// The seeded value a path variable takes, by the literal segment before it ("@" for /@{handle}).
		Map<String, String> after = Map.ofEntries(Map.entry("o", org), Map.entry("of", org), Map.entry("organisations", org),
				Map.entry("s", space), Map.entry("spaces", space), Map.entry("ideas", String.valueOf(idea)),
				Map.entry("images", String.valueOf(image)), Map.entry("budgets", String.valueOf(budget)),
				Map.entry("budget-projects", String.valueOf(project)), Map.entry("tags", "headerstag"),
				Map.entry("members", owner.handle()), Map.entry("avatars", owner.handle()), Map.entry("@", owner.handle()),
				Map.entry("follow-button", "space"), Map.entry("activity", "space"), Map.entry("space", space),
				Map.entry("requests", String.valueOf(request)), Map.entry("sellers", org),
				Map.entry("cases", String.valueOf(moderationCase)));

		var pages = loggedIn(owner);
		var problems = new ArrayList<String>();
		var paths = new TreeSet<String>(List.of("/css/cocreate.css", "/img/logo.svg", "/no-such-page", "/ideas/999999999"));
		mappings.getHandlerMethods().forEach((info, handler) -> {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/v3/") || pattern.contains("swagger")) {
					continue;
				}
				var path = new StringBuilder();
				String previous = "";
				for (String segment : pattern.substring(1).split("/")) {
					if (!segment.contains("{")) {
						path.append('/').append(segment);
						previous = segment;
						continue;
					}
					String prefix = segment.substring(0, segment.indexOf('{'));
					String value = after.get(prefix.isEmpty() ? previous : prefix);
					if (value == null) {
						problems.add(pattern + ": no seeded value for " + segment + "; add one to this test");
						value = "x";
					}
					path.append('/').append(prefix).append(value).append(segment.substring(segment.indexOf('}') + 1));
					previous = value;
				}
				paths.add(path.toString());
			}
		});
		int ok = 0;
		for (String path : paths) {
			boolean isApi = path.startsWith("/api/v1/");
			var response = isApi ? api.apiGet(path, token) : pages.get(path);
			if (response.status() >= 500) {
				problems.add(path + ": status " + response.status());
			}
			if (response.status() == 200) {
				ok++;
			}
			String csp = response.header("Content-Security-Policy").orElse("");
			if (csp.isEmpty()) {
				problems.add(path + ": no Content-Security-Policy");
			}
			if (csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
				problems.add(path + ": the policy allows unsafe code: " + csp);
			}
			if (!response.header("X-Content-Type-Options").orElse("").equals("nosniff")) {
				problems.add(path + ": no X-Content-Type-Options: nosniff");
			}
			if (isApi) {
				if (!csp.contains("default-src 'none'")) {
					problems.add(path + ": the API policy is not default-src 'none': " + csp);
				}
				continue;
			}
			for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
					"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")) {
				if (!csp.contains(directive)) {
					problems.add(path + ": the policy lacks " + directive);
				}
			}
			if (!response.header("X-Frame-Options").orElse("").equals("DENY")) {
				problems.add(path + ": no X-Frame-Options: DENY");
			}
			if (!response.header("Referrer-Policy").orElse("").equals("strict-origin-when-cross-origin")) {
				problems.add(path + ": no Referrer-Policy: strict-origin-when-cross-origin");
			}
			if (response.contentType().startsWith("text/html")) {
				for (Element el : Jsoup.parse(response.body()).getAllElements()) {
					if (el.tagName().equals("script") && !el.hasAttr("src")) {
						problems.add(path + ": an inline script");
					}
					if (el.tagName().equals("style")) {
						problems.add(path + ": a style element");
					}
					for (var attribute : el.attributes()) {
						if (attribute.getKey().startsWith("on") || attribute.getKey().equals("style")) {
							problems.add(path + ": an inline " + attribute.getKey() + " attribute on <" + el.tagName() + ">");
						}
					}
				}
			}
		}
		System.out.printf("Security headers: %d GET routes checked, %d answered 200%n", paths.size(), ok);
		assertThat(paths).hasSizeGreaterThan(60);
		assertThat(ok).as("routes that rendered (the others are redirects or refusals, whose headers count too)")
			.isGreaterThan(paths.size() * 3 / 4);
		assertThat(problems).as("routes without the strict headers").isEmpty();
	}

	private static JsonNode created(Http.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json();
	}

	@Test
	void readingPagesCreatesNoSessionSoVisitorsCostNoDatabaseWrites() {
		for (String path : List.of("/", "/spaces", "/organisations", "/members", "/tags", "/api")) {
			var page = http().get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.headers("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("COCREATE_SESSION="));
		}
	}

	@Test
	void theLanguageLinksSwitchTheLanguageForLaterPages() {
		var http = http();
		var spanish = http.get("/spaces?lang=es");
		assertThat(spanish.body()).contains("lang=\"es\"").contains(HtmlUtils.htmlEscape(messages.getMessage("spaces.title", null, Locale.forLanguageTag("es"))));
		assertThat(http.get("/organisations").body()).contains("lang=\"es\"");
		// A language the site does not speak changes nothing.
		assertThat(http.get("/organisations?lang=fr").body()).contains("lang=\"es\"");
	}

	@Test
	void loggingInChangesTheSessionSoAPlantedSessionIdIsWorthless() {
		var member = member("fixation");
		var http = http();
		http.get("/login");
		String before = http.cookie("COCREATE_SESSION").orElseThrow(() -> new AssertionError("no session before log-in"));

		var loggedIn = http.logIn(member.email(), member.password());
		assertThat(loggedIn.status()).isEqualTo(302);
		String after = http.cookie("COCREATE_SESSION").orElseThrow();
		assertThat(after).isNotEqualTo(before);

		// Someone who planted or copied the pre-log-in session id gains nothing from it.
		var attacker = http();
		var planted = attacker.get("/settings/profile", "Cookie", "COCREATE_SESSION=" + before);
		assertThat(planted.status()).isEqualTo(302);
		assertThat(planted.location()).contains("/login");
		assertThat(http.get("/settings/profile").status()).isEqualTo(200);
	}

	@Test
	void livenessAndReadinessAreUp() {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
			var response = http().apiGet(probe, null);
			assertThat(response.status()).as(probe).isEqualTo(200);
			assertThat(response.json().get("status").asString()).as(probe).isEqualTo("UP");
		}
	}

	@Test
	void prometheusServesMetrics() {
		http().get("/members");

		var response = http().get("/actuator/prometheus", "Accept", "text/plain");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge", "http_server_requests_seconds_count",
				"hikaricp_connections");
	}

	@Test
	void otherActuatorEndpointsAreNotPublic() {
		var response = http().get("/actuator/env");

		assertThat(response.status()).isIn(302, 401, 403, 404);
		assertThat(response.body()).doesNotContain("cocreate.secret");
	}

	@Test
	void theOpenApiDocumentDescribesTheMembersApi() {
		var response = http().apiGet("/v3/api-docs", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode doc = response.json();
		assertThat(doc.get("openapi").asString()).startsWith("3.");
		assertThat(doc.get("paths").has("/api/v1/members")).isTrue();
		assertThat(doc.get("paths").has("/api/v1/members/{handle}")).isTrue();
		assertThat(doc.get("paths").get("/api/v1/members").has("get")).isTrue();
	}
}
