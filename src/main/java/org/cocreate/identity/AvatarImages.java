package org.cocreate.identity;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;

/**
 * Turns an uploaded picture into a safe avatar. The type is read from the bytes, never from the
 * file name or the claimed content type; the header's dimensions are checked before any pixel
 * is decoded (no decompression bombs); the picture is cropped square, resized and written anew
 * as PNG, so no metadata of the original survives.
 */
final class AvatarImages {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int SIZE = 256;

	static final int MAX_DIMENSION = 6000;

	enum Format {
		PNG, JPEG, WEBP
	}

	private AvatarImages() {
	}

	static StoredImage normalise(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw invalid("error.avatar.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw invalid("error.avatar.too-large", MAX_BYTES / (1024 * 1024));
		}
		Format format = sniff(upload);
		if (format == null) {
			throw invalid("error.avatar.type");
		}
		BufferedImage image = decode(upload, format);
		return new StoredImage(encodePng(squareAndResize(image)), "image/png");
	}

	/** The format the bytes really are, by their magic numbers; null if none we take. */
	static Format sniff(byte[] b) {
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

	private static BufferedImage decode(byte[] bytes, Format format) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
			if (!readers.hasNext()) {
				throw invalid("error.avatar.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
					throw invalid("error.avatar.dimensions", MAX_DIMENSION);
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw invalid("error.avatar.unreadable");
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
			throw invalid("error.avatar.unreadable");
		}
	}

	private static BufferedImage squareAndResize(BufferedImage image) {
		int side = Math.min(image.getWidth(), image.getHeight());
		int x = (image.getWidth() - side) / 2;
		int y = (image.getHeight() - side) / 2;
		int target = Math.min(SIZE, side);
		var out = new BufferedImage(target, target, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, target, target, x, y, x + side, y + side, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] encodePng(BufferedImage image) {
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("PNG encoding failed", ex);
		}
	}

	private static InvalidCommand invalid(String code, Object... args) {
		return new InvalidCommand(Errors.of("avatar", code, args));
	}
}
