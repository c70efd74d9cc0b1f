package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocreate.TestImages.jpeg;
import static org.cocreate.TestImages.pdf;
import static org.cocreate.TestImages.png;
import static org.cocreate.TestImages.pngClaiming;
import static org.cocreate.TestImages.svgWithScript;
import static org.cocreate.TestImages.withJpegMetadata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cocreate.Http;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pictures on ideas: up to four, re-encoded with nothing of the original's metadata, added and
 * removed by the author only, seen by whoever may read the idea; every bad upload refused with
 * a message and nothing stored.
 */
class IdeaImagesIT extends IdeasApiTestBase {

	@Test
	void theAuthorAddsAPictureThatIsServedReEncodedWithoutItsMetadata() throws Exception {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "A mural on the underpass");
		byte[] photo = withJpegMetadata(jpeg(2400, 1200), "GPS 51.5N 0.1W", "secret camera comment");

		var added = upload(author, id, "image/jpeg", photo, "The underpass wall today");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

		JsonNode images = idea(id).get("images");
		assertThat(images).hasSize(1);
		assertThat(images.get(0).get("alt").asString()).isEqualTo("The underpass wall today");
		assertThat(images.get(0).get("width").asInt()).isEqualTo(IdeaImages.MAX_SIDE);
		assertThat(images.get(0).get("height").asInt()).isEqualTo(IdeaImages.MAX_SIDE / 2);
		var served = bytes(images.get(0).get("url").asString());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
		String text = new String(served.body(), StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPS 51.5N").doesNotContain("secret camera comment").doesNotContain("Exif");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(decoded.getWidth()).isEqualTo(IdeaImages.MAX_SIDE);
	}

	@Test
	void aFifthPictureIsRefusedAndTheFourStay() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "Four views of the river");
		for (int i = 0; i < 4; i++) {
			assertThat(upload(author, id, "image/png", png(40 + i, 30), "").statusCode()).isEqualTo(201);
		}
		var fifth = upload(author, id, "image/png", png(50, 30), "");
		assertThat(fifth.statusCode()).isEqualTo(400);
		assertThat(errorFields(fifth)).containsExactly("images");
		assertThat(imageRows(id)).isEqualTo(4);
	}

	@Test
	void filesThatAreNotPicturesBombsAndScriptedSvgsAreRefusedAndNothingIsStored() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "Solar lights on the path");
		record Case(String claimed, byte[] bytes, String code) {
		}
		var cases = new Case[] { new Case("image/png", pdf(), "error.idea-image.type"),
				new Case("image/png", svgWithScript(), "error.idea-image.type"),
				new Case("image/png", pngClaiming(100_000, 100_000), "error.idea-image.dimensions"),
				new Case("image/jpeg", new byte[0], "error.idea-image.empty") };
		for (Case c : cases) {
			var refused = upload(author, id, c.claimed(), c.bytes(), "");
			assertThat(refused.statusCode()).as(c.code()).isEqualTo(400);
			assertThat(json(refused).get("errors").get(0).get("code").asString()).isEqualTo(c.code());
		}
		assertThat(imageRows(id)).isZero();
	}

	@Test
	void onlyTheAuthorAddsOrRemovesPictures() {
		Board board = board();
		Caller author = member();
		Caller other = member();
		long id = postIdea(board, author, "Planters on the square");
		assertThat(upload(other, id, "image/png", png(20, 20), "").statusCode()).isEqualTo(403);
		assertThat(upload(author, id, "image/png", png(20, 20), "").statusCode()).isEqualTo(201);
		long imageId = idea(id).get("images").get(0).get("id").asLong();
		assertThat(send("DELETE", "/api/v1/ideas/" + id + "/images/" + imageId, other, null).statusCode()).isEqualTo(403);
		assertThat(imageRows(id)).isEqualTo(1);
		assertThat(send("DELETE", "/api/v1/ideas/" + id + "/images/" + imageId, author, null).statusCode()).isEqualTo(204);
		assertThat(imageRows(id)).isZero();
		assertThat(send("DELETE", "/api/v1/ideas/" + id + "/images/" + imageId, author, null).statusCode()).isEqualTo(404);
	}

	@Test
	void aPictureInAPrivateSpaceIsNotFoundForOutsiders() throws Exception {
		Board board = board(Visibility.PRIVATE);
		Caller owner = board.owner();
		long id = postIdea(board, owner, "Staff-only plans");
		assertThat(upload(owner, id, "image/png", png(20, 20), "").statusCode()).isEqualTo(201);
		long imageId = jdbc.sql("select id from idea_image where idea_id = ?").param(id).query(Long.class).single();

		assertThat(bytes("/ideas/" + id + "/images/" + imageId).statusCode()).isEqualTo(404);
	}

	@Test
	void thePostFormTakesPicturesAndABadOneKeepsWhatWasTypedAndStoresNothing() {
		Board board = board();
		Caller author = member();
		var browser = new Http(port);
		assertThat(browser.logIn(author.member().handle(), "correct-horse-battery-9").status()).isEqualTo(302);
		String csrf = browser.get("/s/" + board.space() + "/ideas/new").csrf();
		String title = "Drinking fountain by the playground " + unique("");

		var refused = browser.postMultipart("/s/" + board.space() + "/ideas",
				Map.of("_csrf", csrf, "title", title, "body", "Kids get thirsty.", "tags", ""), "images", "fountain.png",
				"image/png", pdf());
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("value=\"" + title + "\"").contains("Kids get thirsty.")
			.contains("not a PNG, JPEG or WebP picture");
		assertThat(jdbc.sql("select count(*) from idea where title = ?").param(title).query(Long.class).single()).isZero();

		var posted = browser.postMultipart("/s/" + board.space() + "/ideas",
				Map.of("_csrf", csrf, "title", title, "body", "Kids get thirsty.", "tags", ""), "images", "fountain.png",
				"image/png", png(300, 200));
		assertThat(posted.status()).as(posted.body()).isEqualTo(302);
		long id = Long.parseLong(posted.location().replaceAll(".*/ideas/", ""));
		assertThat(imageRows(id)).isEqualTo(1);
		String page = browser.get("/ideas/" + id).body();
		assertThat(page).contains("/ideas/" + id + "/images/").contains("alt=\"" + title + "\"");
	}

	private HttpResponse<String> upload(Caller caller, long ideaId, String contentType, byte[] bytes, String alt) {
		return sendBytes("POST", "/api/v1/ideas/" + ideaId + "/images?alt=" + URLEncoder.encode(alt, StandardCharsets.UTF_8),
				caller, contentType, bytes);
	}

	private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private long imageRows(long ideaId) {
		return jdbc.sql("select count(*) from idea_image where idea_id = ?").param(ideaId).query(Long.class).single();
	}
}
