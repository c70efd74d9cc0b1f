package org.cocreate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;

/**
 * Requests the API refuses before any of its controllers is chosen — a body type it does not
 * take, a method the path does not have, a path it does not have — are answered like every other
 * API error, as {@code application/problem+json} with a detail in the caller's language; pages
 * keep the error page.
 */
class ApiErrorsIT extends AbstractApplicationIT {

	private static final byte[] HTML = "<p>not a picture</p>".getBytes(StandardCharsets.UTF_8);

	@Test
	void aBodyOfATypeTheApiDoesNotTakeIsAProblem() {
		String token = token(member("types"));
		var refused = http().apiBytes("PUT", "/api/v1/me/avatar", token, "text/html", HTML);
		assertProblem(refused, 415);
		var json = http().apiBytes("POST", "/api/v1/tokens", token, "text/plain", "name".getBytes(StandardCharsets.UTF_8));
		assertProblem(json, 415);
	}

	@Test
	void aMethodThePathDoesNotHaveIsAProblem() {
		var refused = http().api("PATCH", "/api/v1/me/avatar", token(member("methods")), null);
		assertProblem(refused, 405);
		assertThat(refused.header("Allow")).as("%s", refused).isPresent();
	}

	@Test
	void aPathTheApiDoesNotHaveIsAProblemAndAPageStaysAPage() {
		var member = member("paths");
		assertProblem(http().apiGet("/api/v1/no-such-thing", token(member)), 404);
		assertProblem(http().apiGet("/api/v1/no-such-thing", null), 401); // the API is for members, unknown paths too
		var page = loggedIn(member).get("/no-such-page", "Accept", "text/html");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
	}

	@Test
	void theDetailIsInTheCallersLanguage() {
		var english = http().send("PUT", "/api/v1/me/avatar", "text/html", HTML, "Authorization", "Bearer " + token(member("en")),
				"Accept-Language", "en");
		var spanish = http().send("PUT", "/api/v1/me/avatar", "text/html", HTML, "Authorization", "Bearer " + token(member("es")),
				"Accept-Language", "es");
		String inEnglish = assertProblem(english, 415).get("detail").asString();
		String inSpanish = assertProblem(spanish, 415).get("detail").asString();
		assertThat(inEnglish).as("names what was sent and what is taken").startsWith("This address does not take a body of type text/html")
			.contains("image/png");
		assertThat(inSpanish).isNotEqualTo(inEnglish);
	}
}
