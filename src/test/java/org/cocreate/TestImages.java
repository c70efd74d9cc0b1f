package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Pictures for upload tests, made in memory: real PNG and JPEG files, files with metadata to be
 * stripped, files that lie about their type, and decompression bombs.
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLUE);
		g.fillOval(0, 0, width, height);
		g.dispose();
		return write(image, "png");
	}

	public static byte[] jpeg(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.GREEN);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return write(image, "jpeg");
	}

	public static byte[] pdf() {
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

	/** Puts an EXIF segment (with a text tag) and a comment segment right after the JFIF header. */
	public static byte[] withJpegMetadata(byte[] jpeg, String exifText, String comment) {
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
	public static byte[] withPngText(byte[] png, String keyword, String text) {
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
	public static byte[] pngClaiming(int width, int height) {
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

	public static List<String> pngChunkTypes(byte[] png) {
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


	/** An SVG with a script in it: a picture format Cocreate never takes. */
	public static byte[] svgWithScript() {
		return ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(document.cookie)</script>"
				+ "<circle r=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
	}
}
