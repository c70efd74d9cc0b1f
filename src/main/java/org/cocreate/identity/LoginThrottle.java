package org.cocreate.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts failed log-ins per address and per network origin in a sliding window. Past the limit
 * further attempts are refused before the password is even checked, which takes the speed out
 * of guessing. The counts live in this node's memory: with several nodes an attacker gets the
 * limit once per node, which still bounds guessing to a handful per minute.
 */
@Component
public class LoginThrottle {

	private final Cache<String, AtomicInteger> failures;

	private final int perAccount;

	private final int perOrigin;

	private final Duration window;

	LoginThrottle(IdentitySettings settings) {
		this.window = Duration.ofMinutes(settings.failedLoginWindowMinutes());
		this.perAccount = settings.failedLoginsAllowed();
		this.perOrigin = settings.failedLoginsAllowed() * 4;
		this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
	}

	public boolean blocked(String username, String origin) {
		return count("u:" + key(username)) >= perAccount || count("o:" + origin) >= perOrigin;
	}

	public void failed(String username, String origin) {
		failures.get("u:" + key(username), k -> new AtomicInteger()).incrementAndGet();
		failures.get("o:" + origin, k -> new AtomicInteger()).incrementAndGet();
	}

	public void succeeded(String username) {
		failures.invalidate("u:" + key(username));
	}

	public long windowMinutes() {
		return window.toMinutes();
	}

	private int count(String key) {
		AtomicInteger c = failures.getIfPresent(key);
		return c == null ? 0 : c.get();
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
