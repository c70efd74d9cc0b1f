package org.cocreate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.cocreate.shared.InvalidCommand;
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

		assertThat(AvatarImages.sniff(out)).isEqualTo(AvatarImages.Format.PNG);
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
		assertThat(AvatarImages.sniff(WEBP)).isEqualTo(AvatarImages.Format.WEBP);

		StoredImage stored = AvatarImages.normalise(WEBP);

		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(read(stored.bytes()).getWidth()).isEqualTo(1);
	}

	@Test
	void theTypeComesFromTheBytes() throws IOException {
		assertThat(AvatarImages.sniff(png(2, 2))).isEqualTo(AvatarImages.Format.PNG);
		assertThat(AvatarImages.sniff(jpeg(2, 2))).isEqualTo(AvatarImages.Format.JPEG);
		assertThat(AvatarImages.sniff(pdf())).isNull();
		assertThat(AvatarImages.sniff("GIF89a........".getBytes(StandardCharsets.US_ASCII))).isNull();
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

	static byte[] png(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLUE);
		g.fillOval(0, 0, width, height);
		g.dispose();
		return write(image, "png");
	}

	static byte[] jpeg(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.GREEN);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return write(image, "jpeg");
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] write(BufferedImage image, String format) {
		try {
			var out = new ByteArrayOutputStream();
			assertThat(ImageIO.write(image, format, out)).isTrue();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		return image;
	}

	/** Puts an EXIF segment (with a text tag) and a comment segment right after the JFIF header. */
	static byte[] withJpegMetadata(byte[] jpeg, String exifText, String comment) {
		int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
		int insertAt = 4 + app0Length;
		// A little-endian TIFF with one IFD entry: ImageDescription (0x010E), ASCII, pointing after the IFD.
		byte[] text = (exifText + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + text.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		tiff.put(new byte[] { 'I', 'I', 42, 0 }).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 12 + 4);
		tiff.putInt(0).put(text);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		byte[] app1 = segment(0xE1, exif);
		byte[] com = segment(0xFE, comment.getBytes(StandardCharsets.US_ASCII));
		var out = new ByteArrayOutputStream();
		out.write(jpeg, 0, insertAt);
		out.writeBytes(app1);
		out.writeBytes(com);
		out.write(jpeg, insertAt, jpeg.length - insertAt);
		return out.toByteArray();
	}

	private static byte[] segment(int marker, byte[] payload) {
		int length = payload.length + 2;
		return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length }, payload);
	}

	/** Adds a tEXt chunk after IHDR. */
	static byte[] withPngText(byte[] png, String keyword, String text) {
		int afterIhdr = 8 + 4 + 4 + 13 + 4;
		byte[] chunk = pngChunk("tEXt", concat((keyword + "\0").getBytes(StandardCharsets.ISO_8859_1),
				text.getBytes(StandardCharsets.ISO_8859_1)));
		var out = new ByteArrayOutputStream();
		out.write(png, 0, afterIhdr);
		out.writeBytes(chunk);
		out.write(png, afterIhdr, png.length - afterIhdr);
		return out.toByteArray();
	}

	/** A PNG whose header claims the given size, with a tiny data chunk: a decompression bomb's disguise. */
	static byte[] pngClaiming(int width, int height) {
		byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0)
			.put((byte) 0).put((byte) 0).array();
		byte[] idat = { 0x78, (byte) 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 };
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a }, pngChunk("IHDR", ihdr),
				pngChunk("IDAT", idat), pngChunk("IEND", new byte[0]));
	}

	private static byte[] pngChunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
			.array();
	}

	static List<String> pngChunkTypes(byte[] png) {
		var types = new ArrayList<String>();
		var buffer = ByteBuffer.wrap(png);
		buffer.position(8);
		while (buffer.remaining() >= 12) {
			int length = buffer.getInt();
			byte[] type = new byte[4];
			buffer.get(type);
			types.add(new String(type, StandardCharsets.US_ASCII));
			buffer.position(buffer.position() + length + 4);
		}
		return types;
	}

	private static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String ascii(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}
}
