package org.cocreate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocreate.TestImages.jpeg;
import static org.cocreate.TestImages.pdf;
import static org.cocreate.TestImages.png;
import static org.cocreate.TestImages.pngChunkTypes;
import static org.cocreate.TestImages.pngClaiming;
import static org.cocreate.TestImages.withJpegMetadata;
import static org.cocreate.TestImages.withPngText;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Images;
import org.junit.jupiter.api.Test;

/** Avatars: the bytes decide the type, nothing oversized is decoded, and no metadata survives. */
class AvatarImagesTest {

	/** A 1×1 lossless WebP (the picture browsers use to detect WebP support). */
	private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	@Test
	void aPngIsCroppedSquareResizedAndWrittenAsPng() throws IOException {
		StoredImage stored = AvatarImages.normalise(png(600, 400));

		assertThat(stored.contentType()).isEqualTo("image/png");
		BufferedImage out = read(stored.bytes());
		assertThat(out.getWidth()).isEqualTo(AvatarImages.SIZE);
		assertThat(out.getHeight()).isEqualTo(AvatarImages.SIZE);
	}

	@Test
	void aSmallPictureIsCroppedSquareButNotEnlarged() throws IOException {
		BufferedImage out = read(AvatarImages.normalise(png(100, 80)).bytes());

		assertThat(out.getWidth()).isEqualTo(80);
		assertThat(out.getHeight()).isEqualTo(80);
	}

	@Test
	void aJpegComesOutAsPngWithoutItsExifOrComment() throws IOException {
		byte[] jpeg = withJpegMetadata(jpeg(300, 300), "GPS-secret-home-address", "Camera-Serial-12345");
		// The reader accepts the crafted file: the metadata really is in the input.
		assertThat(read(jpeg).getWidth()).isEqualTo(300);
		assertThat(ascii(jpeg)).contains("Exif", "GPS-secret-home-address", "Camera-Serial-12345");

		byte[] out = AvatarImages.normalise(jpeg).bytes();

		assertThat(Images.sniff(out)).isEqualTo(Images.Format.PNG);
		assertThat(ascii(out)).doesNotContain("Exif", "GPS-secret-home-address", "Camera-Serial-12345");
		assertThat(pngChunkTypes(out)).containsOnly("IHDR", "IDAT", "IEND");
	}

	@Test
	void aPngsTextChunksDoNotSurvive() {
		byte[] png = withPngText(png(64, 64), "Author", "Ana Garcia, Calle Mayor 5");
		assertThat(pngChunkTypes(png)).contains("tEXt");

		byte[] out = AvatarImages.normalise(png).bytes();

		assertThat(ascii(out)).doesNotContain("Calle Mayor");
		assertThat(pngChunkTypes(out)).containsOnly("IHDR", "IDAT", "IEND");
	}

	@Test
	void aWebpIsAccepted() throws IOException {
		assertThat(Images.sniff(WEBP)).isEqualTo(Images.Format.WEBP);

		StoredImage stored = AvatarImages.normalise(WEBP);

		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(read(stored.bytes()).getWidth()).isEqualTo(1);
	}

	@Test
	void theTypeComesFromTheBytes() throws IOException {
		assertThat(Images.sniff(png(2, 2))).isEqualTo(Images.Format.PNG);
		assertThat(Images.sniff(jpeg(2, 2))).isEqualTo(Images.Format.JPEG);
		assertThat(Images.sniff(pdf())).isNull();
		assertThat(Images.sniff("GIF89a........".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

	@Test
	void aPdfIsRefusedWhateverItIsCalled() {
		assertRefused(pdf(), "error.avatar.type");
	}

	@Test
	void aGifIsRefused() throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", out);
		assertRefused(out.toByteArray(), "error.avatar.type");
	}

	@Test
	void moreThanTwoMegabytesIsRefusedBeforeLookingAtTheBytes() {
		byte[] big = new byte[AvatarImages.MAX_BYTES + 1];
		System.arraycopy(png(8, 8), 0, big, 0, 8);

		assertRefused(big, "error.avatar.too-large");
	}

	@Test
	void anEmptyUploadIsRefused() {
		assertRefused(new byte[0], "error.avatar.empty");
		assertRefused(null, "error.avatar.empty");
	}

	@Test
	void aDamagedPngIsRefusedAsUnreadable() {
		byte[] png = png(32, 32);
		byte[] damaged = java.util.Arrays.copyOf(png, 40);

		assertRefused(damaged, "error.avatar.unreadable");
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
		// 60000 × 60000 RGBA would need about 14 GB once decoded; the file is a few dozen bytes.
		byte[] bomb = pngClaiming(60_000, 60_000);

		long started = System.nanoTime();
		assertRefused(bomb, "error.avatar.dimensions");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	// --- pictures made for the tests

	private static void assertRefused(byte[] upload, String code) {
		assertThatThrownBy(() -> AvatarImages.normalise(upload)).isInstanceOfSatisfying(InvalidCommand.class, ex -> {
			assertThat(ex.errors().all()).singleElement().satisfies(e -> {
				assertThat(e.field()).isEqualTo("avatar");
				assertThat(e.code()).isEqualTo(code);
			});
		});
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		return image;
	}

	private static String ascii(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}
}
