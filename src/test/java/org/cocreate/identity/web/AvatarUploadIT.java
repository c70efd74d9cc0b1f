package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocreate.TestImages.jpeg;
import static org.cocreate.TestImages.png;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploading an avatar, on the settings page and through the API. A PDF called {@code .png} and
 * a 20 MB file are refused with a message; the avatar the member had stays.
 */
class AvatarUploadIT extends AbstractApplicationIT {

	private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	private Member member;

	private byte[] storedBefore;

	@BeforeEach
	void aMemberWithAnAvatar() throws IOException {
		member = member("ava");
		var http = loggedIn(member);
		var uploaded = upload(http, "me.png", "image/png", png(320, 200));
		assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(302);
		storedBefore = storedAvatar();
		assertThat(storedBefore).isNotNull();
	}

	private Http.Response upload(Http http, String fileName, String contentType, byte[] bytes) {
		String csrf = http.get("/settings/profile").csrf();
		return http.postMultipart("/settings/avatar", Map.of("_csrf", csrf), "avatar", fileName, contentType, bytes);
	}

	private byte[] storedAvatar() {
		return jdbc.sql("select image from member_avatar where member_id = ?").param(member.id()).query(byte[].class).optional().orElse(null);
	}

	private int avatarVersion() {
		return jdbc.sql("select avatar_version from member where id = ?").param(member.id()).query(Integer.class).single();
	}

	private void assertAvatarUnchanged() {
		assertThat(storedAvatar()).isEqualTo(storedBefore);
		assertThat(avatarVersion()).isEqualTo(1);
	}

	@Test
	void anUploadedPictureIsServedAsASquarePng() throws IOException {
		var served = http().get("/avatars/" + member.handle() + "?v=1");

		assertThat(served.status()).isEqualTo(200);
		assertThat(served.contentType()).isEqualTo("image/png");
		assertThat(served.header("X-Content-Type-Options")).contains("nosniff");
		BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(storedBefore));
		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isEqualTo(200);
	}

	@Test
	void aPdfRenamedPngIsRefusedOnThePage() {
		var http = loggedIn(member);

		var page = upload(http, "holiday.png", "image/png", PDF);

		assertThat(page.status()).as("%s", page).isEqualTo(400);
		assertThat(page.body()).contains(message("error.avatar.type"));
		assertAvatarUnchanged();
	}

	@Test
	void aPdfRenamedPngIsRefusedByTheApi() {
		var response = http().apiBytes("PUT", "/api/v1/me/avatar", token(member), "image/png", PDF);

		assertFieldError(response, "avatar", "error.avatar.type");
		assertAvatarUnchanged();
	}

	@Test
	void aTwentyMegabyteFileIsRefusedOnThePage() throws IOException {
		var http = loggedIn(member);

		var page = upload(http, "huge.png", "image/png", twentyMegabytePng());

		assertThat(page.status()).as("%s", page).isBetween(400, 499);
		assertThat(page.body()).contains(message("error.avatar.too-large", 2));
		assertAvatarUnchanged();
	}

	@Test
	void aTwentyMegabyteFileIsRefusedByTheApi() throws IOException {
		var response = http().apiBytes("PUT", "/api/v1/me/avatar", token(member), "image/png", twentyMegabytePng());

		assertFieldError(response, "avatar", "error.avatar.too-large");
		assertAvatarUnchanged();
	}

	@Test
	void theApiTakesAJpeg() throws IOException {
		var response = http().apiBytes("PUT", "/api/v1/me/avatar", token(member), "image/jpeg", jpeg(64, 64));

		assertThat(response.status()).as("%s", response).isEqualTo(204);
		assertThat(avatarVersion()).isEqualTo(2);
		assertThat(Arrays.copyOf(storedAvatar(), 4)).containsExactly(0x89, 'P', 'N', 'G');
	}

	/** A real PNG padded to 20 MB, as a camera's huge export would be. */
	private static byte[] twentyMegabytePng() throws IOException {
		byte[] png = png(16, 16);
		byte[] big = Arrays.copyOf(png, 20 * 1024 * 1024);
		Arrays.fill(big, png.length, big.length, (byte) 0x55);
		return big;
	}
}
