package org.cocreate.identity;

import org.cocreate.shared.Images;

/**
 * Turns an uploaded picture into a safe avatar ({@link Images} checks and decodes it): cropped
 * square, resized and written anew as PNG, so no metadata of the original survives.
 */
final class AvatarImages {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int SIZE = 256;

	static final int MAX_DIMENSION = 6000;

	static final Images.Rules RULES = new Images.Rules("avatar", "error.avatar", MAX_BYTES, MAX_DIMENSION);

	private AvatarImages() {
	}

	static StoredImage normalise(byte[] upload) {
		Images.Encoded png = Images.png(Images.square(Images.decode(upload, RULES), SIZE));
		return new StoredImage(png.bytes(), png.contentType());
	}
}
