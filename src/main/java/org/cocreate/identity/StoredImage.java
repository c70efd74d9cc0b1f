package org.cocreate.identity;

/** An image as stored and served: its bytes and their content type. */
public record StoredImage(byte[] bytes, String contentType) {
}
