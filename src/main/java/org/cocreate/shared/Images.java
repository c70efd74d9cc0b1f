package org.cocreate.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Uploaded pictures made safe, for every module that takes them (avatars, images on ideas …).
 * The type is read from the bytes, never from the file name or the claimed content type; the
 * header's dimensions are checked before any pixel is decoded (no decompression bombs); the
 * picture is drawn anew and encoded by us, so no metadata, script or trailing payload of the
 * original survives. Refusals are {@link InvalidCommand}s on the caller's field, with message
 * keys {@code <prefix>.empty|too-large|type|dimensions|unreadable}.
 */
public final class Images {

	public enum Format {
		PNG, JPEG, WEBP
	}

	/** A picture as it will be stored and served. */
	public record Encoded(byte[] bytes, String contentType, int width, int height) {
	}

	/** How one kind of upload is checked: the form field, the message key prefix, the limits. */
	public record Rules(String field, String codePrefix, int maxBytes, int maxDimension) {
	}

	private Images() {
	}

	/** The format the bytes really are, by their magic numbers; null if none we take. */
	public static @Nullable Format sniff(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
				&& b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
			return Format.PNG;
		}
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return Format.JPEG;
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Format.WEBP;
		}
		return null;
	}

	/** Decodes an upload within the rules, or refuses it with a message on the rules' field. */
	public static BufferedImage decode(byte @Nullable [] upload, Rules rules) {
		if (upload == null || upload.length == 0) {
			throw invalid(rules, "empty");
		}
		if (upload.length > rules.maxBytes()) {
			throw invalid(rules, "too-large", rules.maxBytes() / (1024 * 1024));
		}
		Format format = sniff(upload);
		if (format == null) {
			throw invalid(rules, "type");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
			if (!readers.hasNext()) {
				throw invalid(rules, "type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > rules.maxDimension() || height > rules.maxDimension()) {
					throw invalid(rules, "dimensions", rules.maxDimension());
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw invalid(rules, "unreadable");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidCommand invalid) {
				throw invalid;
			}
			throw invalid(rules, "unreadable");
		}
	}

	/** The centre square of the picture, no larger than {@code size} on a side. */
	public static BufferedImage square(BufferedImage image, int size) {
		int side = Math.min(image.getWidth(), image.getHeight());
		int x = (image.getWidth() - side) / 2;
		int y = (image.getHeight() - side) / 2;
		int target = Math.min(size, side);
		return draw(image, x, y, side, side, target, target, BufferedImage.TYPE_INT_ARGB);
	}

	/** The whole picture, scaled down (never up) to fit within {@code maxSide} on its longer side, on white. */
	public static BufferedImage fit(BufferedImage image, int maxSide) {
		double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		return draw(image, 0, 0, image.getWidth(), image.getHeight(), width, height, BufferedImage.TYPE_INT_RGB);
	}

	public static Encoded png(BufferedImage image) {
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return new Encoded(out.toByteArray(), "image/png", image.getWidth(), image.getHeight());
		}
		catch (IOException ex) {
			throw new IllegalStateException("PNG encoding failed", ex);
		}
	}

	/** JPEG at the given quality (0–1): photographs at a tenth of the size of PNG. */
	public static Encoded jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (var out = new ByteArrayOutputStream(); var stream = new MemoryCacheImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
			stream.flush();
			return new Encoded(out.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
		}
		catch (IOException ex) {
			throw new IllegalStateException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
	}

	private static BufferedImage draw(BufferedImage image, int x, int y, int width, int height, int targetWidth,
			int targetHeight, int type) {
		var out = new BufferedImage(targetWidth, targetHeight, type);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (type == BufferedImage.TYPE_INT_RGB) {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, targetWidth, targetHeight);
			}
			g.drawImage(image, 0, 0, targetWidth, targetHeight, x, y, x + width, y + height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static InvalidCommand invalid(Rules rules, String what, Object... args) {
		return new InvalidCommand(Errors.of(rules.field(), rules.codePrefix() + "." + what, args));
	}
}
