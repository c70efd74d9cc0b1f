package org.cocreate.ideas.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for demo ideas, drawn here rather than shipped: a landscape sketch (sky, hills, a sun)
 * in colours chosen by the seed, with a caption. They go through the same upload checks as a
 * member's photo.
 */
final class DemoPictures {

	private DemoPictures() {
	}

	static byte[] sketch(Random random, String caption) {
		int width = 800;
		int height = 450;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			float hue = random.nextFloat();
			g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 0, height,
					Color.getHSBColor(hue, 0.15f, 1f)));
			g.fillRect(0, 0, width, height);
			g.setColor(new Color(255, 220, 120));
			g.fillOval(width - 220, 60, 110, 110);
			for (int layer = 0; layer < 3; layer++) {
				var hill = new Path2D.Double();
				int base = height - 150 + layer * 50;
				hill.moveTo(0, height);
				hill.lineTo(0, base);
				for (int x = 0; x <= width; x += 80) {
					hill.lineTo(x, base - random.nextInt(90));
				}
				hill.lineTo(width, height);
				hill.closePath();
				g.setColor(Color.getHSBColor((hue + 0.3f) % 1f, 0.45f, 0.55f - layer * 0.12f));
				g.fill(hill);
			}
			g.setColor(new Color(0, 0, 0, 140));
			g.fillRect(0, height - 64, width, 64);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
			g.drawString(caption, 24, height - 22);
		}
		finally {
			g.dispose();
		}
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
