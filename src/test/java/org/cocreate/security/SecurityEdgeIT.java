package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What arrives at the edge of the site is data, whatever it holds: text with control characters is
 * refused with the field named (and a page form shown again with what was typed), a badly
 * %-encoded address is a bad request, never a server error; the {@code Referer} a form returns to
 * is only ever a path of this site (no template, no other host); and an answer about something a
 * member may not see says nothing about what it belongs to.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityEdgeIT extends AbstractApplicationIT {

	// --- control characters and bad %-encoding: refused at the edge, with the field named

	@Test
	void controlCharactersInJsonAreRefusedNamingTheField(CapturedOutput log) {
		var member = member("nul_api");
		String token = token(member);
		String space = publicSpace(token);
		var http = http();
		long before = count("select count(*) from idea i join space s on s.id = i.space_id where s.slug = ?", space);
		assertFieldError(http.api("POST", "/api/v1/spaces/" + space + "/ideas", token, Map.of("title", "A\u0000B", "body", "Fine")),
				"title", "error.control-character");
		assertFieldError(http.api("POST", "/api/v1/spaces/" + space + "/ideas", token, Map.of("title", "Fine", "body", "bell \u0007")),
				"body", "error.control-character");
		assertFieldError(http.api("POST", "/api/v1/spaces/" + space + "/ideas", token,
				Map.of("title", "Fine", "body", "Fine", "tags", List.of("parks", "tr\u0000ees"))), "tags[1]", "error.control-character");
		assertFieldError(http.api("PATCH", "/api/v1/me", token, Map.of("displayName", "Me\u009b")), "displayName",
				"error.control-character");
		assertFieldError(http.api("PATCH", "/api/v1/me", token, Map.of("bio\u0000", "x")), "bio", "error.control-character");
		var message = assertFieldError(http.api("PATCH", "/api/v1/me", token, Map.of("displayName", "Me\u0000")), "displayName",
				"error.control-character").get("message").asString();
		assertThat(message).contains("U+0000");
		assertThat(count("select count(*) from idea i join space s on s.id = i.space_id where s.slug = ?", space)).isEqualTo(before);
		// tab, line feed and carriage return are text
		ok(http.api("POST", "/api/v1/spaces/" + space + "/ideas", token,
				Map.of("title", "Tabs\tare fine", "body", "Line one\r\nline two\n\tindented")), 201);
		assertThat(log.getAll()).doesNotContain("invalid byte sequence").doesNotContain("Exception");
	}

	@Test
	void controlCharactersInQueryParametersAreRefusedOnTheApiAndOnPages(CapturedOutput log) {
		var member = member("nul_query");
		String token = token(member);
		String space = publicSpace(token);
		var http = http();
		var pages = loggedIn(member);
		for (String query : List.of("/api/v1/members?q=a%00b", "/api/v1/spaces/" + space + "/ideas?tag=%00",
				"/api/v1/spaces/" + space + "/ideas/similar?title=x%01", "/api/v1/requests?location=%00",
				"/api/v1/requests?q=%1B")) {
			var refused = http.apiGet(query, token);
			String field = query.substring(query.indexOf('?') + 1, query.indexOf('='));
			assertFieldError(refused, field, "error.control-character");
		}
		for (String query : List.of("/members?q=a%00b", "/s/" + space + "/ideas?tag=%00", "/s/" + space + "/ideas/similar?title=%00",
				"/requests?location=%00", "/moderation/log?space=%00", "/tags?after=%7F")) {
			var refused = pages.get(query);
			String field = query.substring(query.indexOf('?') + 1, query.indexOf('='));
			assertThat(refused.status()).as("%s: %s", query, refused).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("text/html");
			String value = query.substring(query.indexOf('=') + 1);
			String character = "U+00" + value.substring(value.indexOf('%') + 1, value.indexOf('%') + 3);
			assertThat(refused.body()).as(query).contains(message("error.status.400"))
				.contains(message("error.control-character.page", field, character));
		}
		assertThat(log.getAll()).doesNotContain("invalid byte sequence").doesNotContain("Exception");
	}

	@Test
	void aPageFormWithAControlCharacterIsShownAgainWithWhatWasTyped() {
		var member = member("nul_form");
		String space = publicSpace(token(member));
		var pages = loggedIn(member);
		String csrf = pages.get("/s/" + space + "/ideas/new").csrf();
		String title = "Benches by the pond " + space;
		var fields = new LinkedHashMap<String, String>();
		fields.put("_csrf", csrf);
		fields.put("title", title);
		fields.put("body", "Pasted from a PDF:\u000c two benches\u0000 and shade");
		fields.put("tags", "parks");
		var shown = pages.postForm("/s/" + space + "/ideas", fields);
		assertThat(shown.status()).as("%s", shown).isEqualTo(400);
		assertThat(shown.body()).contains(message("refused-form.title"))
			.contains(message("error.control-character", "U+000C"))
			.contains("Pasted from a PDF: two benches and shade</textarea>")
			.contains("name=\"title\" value=\"" + title + "\"")
			.contains("name=\"tags\" value=\"parks\"")
			.contains("action=\"/s/" + space + "/ideas\"");
		assertThat(count("select count(*) from idea where title = ?", title)).as("nothing saved").isZero();

		// the form shown again is a real form: sent as it is, the idea is posted
		var again = new LinkedHashMap<String, String>();
		again.put("_csrf", shown.csrf());
		again.put("title", title);
		again.put("body", "Pasted from a PDF: two benches and shade");
		again.put("tags", "parks");
		var posted = pages.postForm("/s/" + space + "/ideas", again);
		assertThat(posted.status()).as("%s", posted).isEqualTo(302);
		assertThat(count("select count(*) from idea where title = ?", title)).isEqualTo(1);

		// multipart forms (the idea form with pictures) are checked the same way; passwords are never shown back
		var multipart = pages.postMultipart("/s/" + space + "/ideas", Map.of("_csrf", shown.csrf(), "title", "Two\u0000", "body", "B"),
				"images", "a.png", "image/png", TestImages.png(8, 8));
		assertThat(multipart.status()).as("%s", multipart).isEqualTo(400);
		assertThat(multipart.body()).contains(message("refused-form.files")).contains(">Two</textarea>");
		var password = pages.postForm("/settings/password", Map.of("_csrf", shown.csrf(), "currentPassword", PASSWORD + "\u0000",
				"newPassword", "another long quiet river"));
		assertThat(password.status()).isEqualTo(400);
		assertThat(password.body()).doesNotContain(PASSWORD).doesNotContain("another long quiet river");
	}

	@Test
	void aBadlyEncodedQueryOrFormIsABadRequestWithoutAStackTrace(CapturedOutput log) {
		var member = member("percent");
		String token = token(member);
		var http = http();
		// (a well-behaved client cannot even send these: they go over a plain socket)
		for (String path : List.of("/api/v1/members?q=%zz", "/api/v1/members?q=%", "/api/v1/members?%GG=1")) {
			String refused = raw(path, "Authorization: Bearer " + token, "Accept: application/json, application/problem+json");
			assertThat(refused).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
				.contains("\"code\":\"error.request.encoding\"").contains(apiMessage("error.request.encoding"));
		}
		for (String path : List.of("/members?q=%zz", "/this-does-not-exist?q=%", "/settings?x=%E")) {
			String refused = raw(path, "Accept: text/html");
			assertThat(refused).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: text/html")
				.contains(message("error.request.encoding"));
		}
		var pages = loggedIn(member);
		String csrf = pages.get("/settings/profile").csrf();
		var form = pages.postEncoded("/follows/member/" + member.handle(), "_csrf=" + csrf + "&x=%zz");
		assertThat(form.status()).as("%s", form).isEqualTo(400);
		assertThat(log.getAll()).doesNotContain("Exception").doesNotContain("\tat org.");
	}

	/** A GET sent as it is written, for addresses no HTTP client library lets through; the whole answer as text. */
	private String raw(String path, String... headers) {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			var request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nAccept-Language: en\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String publicSpace(String token) {
		var http = http();
		String org = uniqueSlug("edge");
		ok(http.api("POST", "/api/v1/organisations", token, Map.of("name", "Edge " + org, "slug", org, "kind", "BRAND")), 201);
		String space = uniqueSlug("edge-public");
		ok(http.api("POST", "/api/v1/spaces", token, Map.of("organisation", org, "name", "Public " + space, "slug", space,
				"visibility", "PUBLIC", "capabilities", List.of("ideas"))), 201);
		return space;
	}

	// --- the Referer: redirect-back treats it as data

	/** One Referer sent with a form, and the path the answer must send the browser to. */
	record Back(String referer, String expectedPath) {
	}

	@Test
	void redirectBackUsesOnlyAPathOfThisSiteAndNeverExpandsIt() {
		var member = member("referer");
		var followed = member("followed");
		var http = loggedIn(member);
		String csrf = http.get("/settings/profile").csrf();
		String self = "http://localhost:" + port;
		String fallback = "/following";
		var cases = List.of(
				// a template in the path: not expanded, not a 500
				new Back(self + "/x/{foo}", fallback),
				new Back(self + "/@{key}", fallback),
				new Back(self + "/s/{kind}/ideas?sort={key}", fallback),
				// escaped braces stay escaped: never substituted
				new Back(self + "/x/%7Bkey%7D", "/x/%7Bkey%7D"),
				// this site's path and query are kept
				new Back(self + "/s/some-space/ideas?sort=new&tag=parks", "/s/some-space/ideas?sort=new&tag=parks"),
				new Back(self + "/@" + followed.handle(), "/@" + followed.handle()),
				// another origin, or tricks to reach one: the fallback
				new Back("http://evil.example/@" + followed.handle(), fallback),
				new Back("https://localhost:" + port + "/settings", fallback),
				new Back("http://localhost:1/settings", fallback),
				new Back(self + "//evil.example/path", fallback),
				new Back("http://user@localhost:" + port + "/settings", fallback),
				new Back(self + "/\\evil.example", fallback),
				new Back("javascript:alert(1)//localhost", fallback),
				new Back("/relative/only", fallback),
				new Back(self + "/settings#fragment-dropped", "/settings"));
		for (var c : cases) {
			var answer = http.postForm("/follows/member/" + followed.handle(), Map.of("_csrf", csrf), "Referer", c.referer());
			assertThat(answer.status()).as("Referer %s: %s", c.referer(), answer).isEqualTo(302);
			String location = answer.location();
			assertThat(location.startsWith(self) ? location.substring(self.length()) : location).as("Referer %s", c.referer())
				.isEqualTo(c.expectedPath());
		}
	}

	// --- a comment one may not see: not found, and nothing about its idea

	@Test
	void aPrivateCommentIsNotFoundWithoutNamingItsIdea() {
		var owner = member("private_owner");
		var outsider = member("private_outsider");
		String ownerToken = token(owner);
		String outsiderToken = token(outsider);
		var http = http();
		String org = uniqueSlug("edge");
		ok(http.api("POST", "/api/v1/organisations", ownerToken, Map.of("name", "Edge " + org, "slug", org, "kind", "BRAND")), 201);
		String space = uniqueSlug("edge-private");
		ok(http.api("POST", "/api/v1/spaces", ownerToken, Map.of("organisation", org, "name", "Private " + space, "slug", space,
				"visibility", "PRIVATE", "capabilities", List.of("ideas"))), 201);
		String title = "Hidden plan " + space;
		long idea = ok(http.api("POST", "/api/v1/spaces/" + space + "/ideas", ownerToken, Map.of("title", title, "body", "Secret")), 201)
			.json().get("id").asLong();
		long comment = ok(http.api("POST", "/api/v1/ideas/" + idea + "/comments", ownerToken, Map.of("body", "A private remark")), 201)
			.json().get("id").asLong();
		long unknown = comment + 1_000_000;

		var answers = new LinkedHashMap<String, Http.Response>();
		answers.put("up-vote", http.api("PUT", "/api/v1/idea-comments/" + comment + "/upvote", outsiderToken, null));
		answers.put("withdraw", http.api("DELETE", "/api/v1/idea-comments/" + comment + "/upvote", outsiderToken, null));
		answers.put("edit", http.api("PATCH", "/api/v1/idea-comments/" + comment, outsiderToken, Map.of("body", "Mine now")));
		answers.put("delete", http.api("DELETE", "/api/v1/idea-comments/" + comment, outsiderToken, null));
		var unknownAnswer = http.api("PUT", "/api/v1/idea-comments/" + unknown + "/upvote", outsiderToken, null);
		String unknownDetail = assertProblem(unknownAnswer, 404).get("detail").asString();
		answers.forEach((what, answer) -> {
			String detail = assertProblem(answer, 404).get("detail").asString();
			assertThat(detail).as(what).isEqualTo(apiMessage("error.comment.not-found", String.valueOf(comment)));
			assertThat(answer.body()).as(what).doesNotContain(title)
				.doesNotContain(apiMessage("error.idea.not-found", String.valueOf(idea)));
			// the same answer as for a comment that does not exist at all, but for its number
			assertThat(detail.replace(String.valueOf(comment), "N")).isEqualTo(unknownDetail.replace(String.valueOf(unknown), "N"));
		});
		assertThat(count("select upvote_count from idea_comment where id = ?", comment)).isZero();
	}

	private static Http.Response ok(Http.Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}
}
