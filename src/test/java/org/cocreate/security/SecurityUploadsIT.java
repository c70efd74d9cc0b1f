package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads against every place that takes a picture: the avatar (API and settings form)
 * and pictures on ideas (API, the idea page's form, the post form). A table of files — bytes that
 * are not what they claim, a decompression bomb, SVG with script, GIF/HTML and PDF polyglots,
 * oversize, truncated and empty files — each refused with a message naming the problem (the APIs
 * refuse a declared type they do not take, such as text/html, with 415 before reading), and
 * nothing stored. Files that are real pictures carrying a payload (a JPEG with HTML after its
 * end, a PNG with a script in a text chunk) are accepted but re-encoded: what is served is a
 * fresh picture without the payload, as image/*, with nosniff.
 */
class SecurityUploadsIT extends AbstractApplicationIT {

	private static final String HTML = "<html><body><script>alert(document.cookie)</script></body></html>";

	/** The types the picture APIs take; they read the real type from the bytes. Any other is refused at once (415). */
	private static final Set<String> TAKEN_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "application/octet-stream");

	/** A hostile file: what it is, the type it claims, its bytes, and the message key suffix it must get. */
	record Bad(String name, String claimedType, byte[] bytes, String refusal) {
	}

	static List<Bad> badFiles() {
		byte[] jpeg = TestImages.jpeg(64, 64);
		byte[] oversize = new byte[5 * 1024 * 1024 + 1024];
		System.arraycopy(TestImages.png(4, 4), 0, oversize, 0, TestImages.png(4, 4).length);
		return List.of(new Bad("a PDF claiming to be a PNG", "image/png", TestImages.pdf(), "type"),
				new Bad("HTML claiming to be a JPEG", "image/jpeg", HTML.getBytes(StandardCharsets.UTF_8), "type"),
				new Bad("HTML sent as what it is, text/html", "text/html", HTML.getBytes(StandardCharsets.UTF_8), "type"),
				new Bad("an SVG with a script, claiming PNG", "image/png", TestImages.svgWithScript(), "type"),
				new Bad("an SVG with a script, as application/octet-stream", "application/octet-stream", TestImages.svgWithScript(), "type"),
				new Bad("a GIF/HTML polyglot", "image/png", gifHtmlPolyglot(), "type"),
				new Bad("a decompression bomb (a PNG claiming 100000 × 100000)", "image/png", TestImages.pngClaiming(100_000, 100_000),
						"dimensions"),
				new Bad("a PNG claiming a size that overflows", "image/png", TestImages.pngClaiming(Integer.MAX_VALUE, 1), "dimensions"),
				new Bad("a truncated JPEG", "image/jpeg", Arrays.copyOf(jpeg, 200), "unreadable"),
				new Bad("a JPEG header and nothing else", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "unreadable"),
				new Bad("more than 5 MB", "image/png", oversize, "too-large"),
				new Bad("an empty file", "image/png", new byte[0], "empty"));
	}

	/** GIF89a header, a tiny image, then an HTML page: a browser sniffing the content would run it. */
	static byte[] gifHtmlPolyglot() {
		byte[] gif = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff,
				',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 'D', 1, 0, ';' };
		byte[] html = ("/*" + HTML + "*/").getBytes(StandardCharsets.UTF_8);
		byte[] out = Arrays.copyOf(gif, gif.length + html.length);
		System.arraycopy(html, 0, out, gif.length, html.length);
		return out;
	}

	@Test
	void hostileFilesAreRefusedEverywhereWithAMessageAndNothingStored() {
		var author = member("uploads");
		String token = token(author);
		var page = loggedIn(author);
		var http = http();
		String space = spaceOf(token);
		long idea = ideaIn(space, token);
		String ideaCsrf = page.get("/ideas/" + idea).csrf();
		String settingsCsrf = page.get("/settings/profile").csrf();
		String postCsrf = page.get("/s/" + space + "/ideas/new").csrf();

		var problems = new ArrayList<String>();
		for (Bad bad : badFiles()) {
			long avatarsBefore = count("select count(*) from member_avatar where member_id = ?", author.id());
			long imagesBefore = count("select count(*) from idea_image where idea_id = ?", idea);
			long ideasBefore = count("select count(*) from idea where author_id = ?", author.id());
			boolean dimensions = bad.refusal().equals("dimensions");
			String avatarMessage = apiMessage("error.avatar." + bad.refusal(), dimensions ? 6000 : 2);
			String imageMessage = apiMessage("error.idea-image." + bad.refusal(), dimensions ? 8000 : 5);

			apiRefusal(problems, "avatar API: " + bad.name(), bad.claimedType(),
					http.apiBytes("PUT", "/api/v1/me/avatar", token, bad.claimedType(), bad.bytes()), "avatar", avatarMessage);
			apiRefusal(problems, "idea picture API: " + bad.name(), bad.claimedType(),
					http.apiBytes("POST", "/api/v1/ideas/" + idea + "/images", token, bad.claimedType(), bad.bytes()), "images", imageMessage);
			pageRefusal(problems, "avatar form: " + bad.name(),
					page.postMultipart("/settings/avatar", Map.of("_csrf", settingsCsrf), "avatar", "a.png", bad.claimedType(), bad.bytes()),
					avatarMessage);
			pageRefusal(problems, "idea picture form: " + bad.name(),
					page.postMultipart("/ideas/" + idea + "/images", Map.of("_csrf", ideaCsrf, "alt", "x"), "images", "a.png",
							bad.claimedType(), bad.bytes()), imageMessage);
			if (bad.bytes().length > 0) {
				pageRefusal(problems, "post form: " + bad.name(),
						page.postMultipart("/s/" + space + "/ideas", Map.of("_csrf", postCsrf, "title", "With a picture", "body", "b"),
								"images", "a.png", bad.claimedType(), bad.bytes()), imageMessage);
			}

			if (count("select count(*) from member_avatar where member_id = ?", author.id()) != avatarsBefore) {
				problems.add(bad.name() + ": an avatar was stored");
			}
			if (count("select count(*) from idea_image where idea_id = ?", idea) != imagesBefore) {
				problems.add(bad.name() + ": a picture was stored on the idea");
			}
			if (count("select count(*) from idea where author_id = ?", author.id()) != ideasBefore) {
				problems.add(bad.name() + ": the post form stored an idea");
			}
		}
		assertThat(problems).as("hostile uploads not refused as they should be").isEmpty();
	}

	@Test
	void realPicturesCarryingPayloadsAreReEncodedAndServedAsPicturesOnly() {
		var author = member("uploads_served");
		String token = token(author);
		var http = http();
		long idea = ideaIn(spaceOf(token), token);

		byte[] jpegWithHtml = concat(TestImages.jpeg(64, 64), HTML.getBytes(StandardCharsets.UTF_8));
		byte[] pngWithScript = TestImages.withPngText(TestImages.png(32, 32), "Comment", HTML);
		byte[] jpegWithExif = TestImages.withJpegMetadata(TestImages.jpeg(64, 64), HTML, HTML);
		for (byte[] upload : List.of(jpegWithHtml, pngWithScript, jpegWithExif)) {
			ok(http.apiBytes("PUT", "/api/v1/me/avatar", token, "image/jpeg", upload), 204);
			var avatar = http.get("/avatars/" + author.handle());
			assertServedAsPicture(avatar);

			var added = ok(http.apiBytes("POST", "/api/v1/ideas/" + idea + "/images", token, "image/jpeg", upload), 201).json();
			String url = added.get(added.size() - 1).get("url").asString();
			assertServedAsPicture(http.get(url));
			ok(http.api("DELETE", "/api/v1/ideas/" + idea + "/images/" + added.get(added.size() - 1).get("id").asLong(), token, null), 204);
		}
	}

	@Test
	void theDrawnAvatarOfAMemberWithoutPictureEscapesTheirInitial() {
		var member = member("uploads_initial");
		ok(http().api("PATCH", "/api/v1/me", token(member), Map.of("displayName", "<script>alert(1)</script>")), 200);
		var avatar = http().get("/avatars/" + member.handle());
		assertThat(avatar.status()).isEqualTo(200);
		assertThat(avatar.contentType()).startsWith("image/svg+xml");
		assertThat(avatar.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(avatar.header("Content-Security-Policy").orElse("")).contains("script-src 'self'").doesNotContain("unsafe-inline");
		assertThat(avatar.body()).doesNotContain("<script").contains("&lt;");
	}

	private static void assertServedAsPicture(Http.Response served) {
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.contentType()).matches("image/(png|jpeg|webp)");
		assertThat(served.header("X-Content-Type-Options")).contains("nosniff");
		// Read as text, the re-encoded picture holds nothing of the payload.
		assertThat(served.body()).doesNotContain("<script", "<html", "alert(");
	}

	private static void apiRefusal(List<String> problems, String what, String claimedType, Http.Response response, String field,
			String message) {
		if (!TAKEN_TYPES.contains(claimedType)) {
			// a type the endpoint does not take at all: refused before reading the bytes, as a problem
			if (response.status() != 415 || !response.contentType().startsWith("application/problem+json")) {
				problems.add(what + ": " + response.status() + " " + response.contentType() + ", not a 415 problem: " + response.body());
			}
			return;
		}
		if (response.status() != 400 && response.status() != 413 || !response.contentType().startsWith("application/problem+json")) {
			problems.add(what + ": " + response.status() + " " + response.contentType());
			return;
		}
		if (response.status() == 400 && !response.body().contains("\"field\":\"" + field + "\"")) {
			problems.add(what + ": no error on the field " + field + ": " + response.body());
		}
		if (!response.body().contains(message)) {
			problems.add(what + ": the message is not «" + message + "»: " + response.body());
		}
	}

	private void pageRefusal(List<String> problems, String what, Http.Response response, String message) {
		if (response.status() == 302) {
			problems.add(what + ": accepted (redirect to " + response.location() + ")");
			return;
		}
		if (response.status() >= 500 || !response.contentType().startsWith("text/html")) {
			problems.add(what + ": " + response.status() + " " + response.contentType());
			return;
		}
		if (!response.body().contains(org.springframework.web.util.HtmlUtils.htmlEscape(message))) {
			problems.add(what + ": the page does not say «" + message + "» (status " + response.status() + ")");
		}
	}

	/** A new organisation of the token's member with a space in it: the space's slug. */
	private String spaceOf(String token) {
		String org = uniqueSlug("uploads");
		ok(http().api("POST", "/api/v1/organisations", token, Map.of("name", "Uploads " + org, "slug", org, "kind", "NGO")), 201);
		String space = uniqueSlug("uploads");
		ok(http().api("POST", "/api/v1/spaces", token, Map.of("organisation", org, "name", "Uploads", "slug", space)), 201);
		return space;
	}

	private long ideaIn(String space, String token) {
		return ok(http().api("POST", "/api/v1/spaces/" + space + "/ideas", token, Map.of("title", "Pictures", "body", "b")), 201)
			.json().get("id").asLong();
	}

	private static Http.Response ok(Http.Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
