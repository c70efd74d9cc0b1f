package org.cocreate.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counted limits of the identity module: sign-ups per network origin, password-reset requests per
 * account, mails per recipient address. The counts live in PostgreSQL ({@code identity_limit}), so
 * every node sees the same ones; each take is one atomic statement. Callers answer a refusal the
 * way every limit of the site answers: 429 with {@code Retry-After}, problem+json on the API and a
 * form error on pages ({@code error.rate-limited}).
 */
@Service
public class IdentityLimits {

	private static final Duration HOUR = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final IdentitySettings settings;

	private final MemberRepository members;

	IdentityLimits(JdbcClient jdbc, IdentitySettings settings, MemberRepository members) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.members = members;
	}

	/** Takes one sign-up from the origin's hourly allowance: empty when allowed, else the seconds to wait. */
	public OptionalLong signUp(String origin) {
		return take("signup:" + origin, settings.signUpsPerOriginPerHour(), HOUR);
	}

	/**
	 * Takes one reset request for the account the address belongs to. An address without an
	 * account is counted the same way, under its own name, so that the answer never tells the two apart.
	 */
	public OptionalLong passwordReset(String email) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String key = members.findByEmail(address).map(m -> "reset:m:" + m.id()).orElse("reset:a:" + address);
		return take(key, settings.resetsPerAccountPerHour(), HOUR);
	}

	/** Takes one mail to the address from its hourly allowance; false when it must not be sent. */
	boolean mailTo(String address) {
		return take("mail:" + address.strip().toLowerCase(Locale.ROOT), settings.mailsPerAddressPerHour(), HOUR).isEmpty();
	}

	/**
	 * Counts one hit in a fixed window per key: the first hit opens the window, hits past the limit
	 * are refused until it has passed. Returns the seconds until then when refused.
	 */
	OptionalLong take(String key, int limit, Duration window) {
		if (ThreadLocalRandom.current().nextInt(1000) == 0) {
			// Now and then, forget the counts nobody has touched for a day.
			jdbc.sql("delete from identity_limit where window_start < now() - interval '1 day' and "
					+ "(blocked_until is null or blocked_until < now() - interval '1 day')").update();
		}
		return jdbc.sql("""
				insert into identity_limit as l (key, hits, window_start) values (:key, 1, now())
				on conflict (key) do update set
				    hits = case when l.window_start <= now() - make_interval(secs => :window) then 1 else l.hits + 1 end,
				    window_start = case when l.window_start <= now() - make_interval(secs => :window) then now() else l.window_start end
				returning hits, ceil(extract(epoch from (window_start + make_interval(secs => :window) - now())))::bigint""")
			.param("key", key)
			.param("window", window.toSeconds())
			.query((rs, i) -> rs.getInt(1) > limit ? OptionalLong.of(Math.max(1, rs.getLong(2))) : OptionalLong.empty())
			.single();
	}
}
