package org.cocreate.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The stream's opaque cursor: a position signed with the site's secret, so a client can only
 * hand back a cursor the site gave it. A malformed or forged one is refused as bad input.
 */
@Component
class StreamCursor {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	StreamCursor(SiteSettings site) {
		this.key = new SecretKeySpec(("activity-stream:" + site.secret()).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String of(long position) {
		String body = Long.toString(position);
		return body + "." + ENCODER.encodeToString(sign(body));
	}

	/** The position a cursor stands for; no cursor is the beginning of the stream. */
	long positionOf(@Nullable String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		int dot = cursor.indexOf('.');
		if (dot <= 0 || cursor.length() > 80) {
			throw refused();
		}
		String body = cursor.substring(0, dot);
		byte[] signature;
		long position;
		try {
			signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
			position = Long.parseLong(body);
		}
		catch (IllegalArgumentException malformed) {
			throw refused();
		}
		if (position < 0 || !MessageDigest.isEqual(signature, sign(body))) {
			throw refused();
		}
		return position;
	}

	private byte[] sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static InvalidCommand refused() {
		return new InvalidCommand(Errors.of("after", "error.activity.cursor"));
	}
}
