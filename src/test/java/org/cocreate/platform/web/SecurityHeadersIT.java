package org.cocreate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a browser and an operator see of the site's plumbing: security headers, cookies, health, metrics, API docs. */
class SecurityHeadersIT extends AbstractApplicationIT {

	@Test
	void pagesForbidInlineScriptsAndSniffing() {
		for (String path : List.of("/", "/signup", "/login", "/members")) {
			var page = http().get(path);
			assertThat(page.status()).as(path).isEqualTo(200);

			String csp = page.header("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + path));
			assertThat(csp).as(path).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(page.header("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(page.header("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
			assertThat(page.header("X-Frame-Options")).as(path).contains("DENY");
			// Pages really have no inline script for the policy to break.
			assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		var page = http().get("/signup");

		String cookie = page.headers("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("COCREATE_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + page.headers().map()));
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
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
	void theApiAnswersWithAStrictPolicyToo() {
		var response = http().apiGet("/api/v1/members?size=1", null);

		assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
		assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
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
