package org.cocreate.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.cocreate.identity.EmailTokens.Purpose;
import org.cocreate.identity.IdentityEvents.LoginLocked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed log-ins, counted per account (whatever name it was reached by: e-mail or handle, any
 * case) and per network origin, in PostgreSQL so that every node sees the same counts. Past the
 * allowed failures every further try must wait, and the wait doubles with each failure after it:
 * guessing becomes slow at once, while nobody can lock an account for long with a few wrong
 * passwords. The first wait mails the account's owner a one-time link that lifts it for them.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final MemberRepository members;

	private final EmailTokens tokens;

	private final ApplicationEventPublisher events;

	private final IdentitySettings settings;

	LoginThrottle(JdbcClient jdbc, MemberRepository members, EmailTokens tokens, ApplicationEventPublisher events,
			IdentitySettings settings) {
		this.jdbc = jdbc;
		this.members = members;
		this.tokens = tokens;
		this.events = events;
		this.settings = settings;
	}

	/** Whether a typed log-in name holds a control character: refused outright, never looked up or counted. */
	static boolean hasControlCharacters(String name) {
		return name.chars().anyMatch(Character::isISOControl);
	}

	/** The member a typed log-in name stands for, found the way log-in finds them. */
	Optional<Member> resolve(String name) {
		String typed = name.strip();
		return typed.contains("@") ? members.findByEmail(typed) : members.findByHandle(typed);
	}

	/**
	 * The seconds a log-in with this name from this origin must still wait; empty when it may be
	 * tried now. The account's own wait does not apply in a session that followed its unlock link.
	 */
	OptionalLong wait(String name, String origin, @Nullable Long unlockedMemberId) {
		Optional<Member> member = resolve(name);
		List<String> keys = new ArrayList<>(List.of(originKey(origin)));
		if (member.isEmpty() || unlockedMemberId == null || member.get().id() != unlockedMemberId) {
			keys.add(accountKey(name, member));
		}
		Long seconds = jdbc.sql("""
				select max(ceil(extract(epoch from blocked_until - now())))::bigint from identity_limit
				where key in (:keys) and blocked_until > now()""")
			.param("keys", keys)
			.query(Long.class)
			.optional()
			.orElse(null);
		return seconds == null ? OptionalLong.empty() : OptionalLong.of(Math.max(1, seconds));
	}

	/** Counts a failed log-in for the account and the origin; the account's first wait mails the unlock link. */
	@Transactional
	void failed(String name, String origin) {
		Optional<Member> member = resolve(name);
		int accountFailures = count(accountKey(name, member), settings.failedLoginsAllowed());
		count(originKey(origin), settings.failedLoginsPerOrigin());
		if (accountFailures == settings.failedLoginsAllowed() && member.isPresent()) {
			Member m = member.get();
			String token = tokens.issue(m.id(), Purpose.UNLOCK_LOGIN, m.email(), Duration.ofHours(settings.unlockLinkHours()));
			events.publishEvent(new LoginLocked(m.id(), m.email(), token, m.locale()));
		}
	}

	/** A successful log-in clears the account's failures (not the origin's). */
	void succeeded(long memberId) {
		jdbc.sql("delete from identity_limit where key = ?").param("login:m:" + memberId).update();
	}

	/** Spends an unlock link: the account's failures are forgotten. The member, when the link was good. */
	@Transactional
	Optional<Long> unlock(String token) {
		return tokens.redeem(token, Purpose.UNLOCK_LOGIN).map(redeemed -> {
			succeeded(redeemed.memberId());
			return redeemed.memberId();
		});
	}

	/**
	 * One more failure for the key; from the allowed number on, the key must wait, twice as long
	 * each time. The count starts again once a window has passed since the last failure or wait.
	 */
	private int count(String key, int allowed) {
		int failures = jdbc.sql("""
				insert into identity_limit as l (key, hits, window_start) values (:key, 1, now())
				on conflict (key) do update set
				    hits = case when coalesce(l.blocked_until, l.window_start) <= now() - make_interval(mins => :window)
				                then 1 else l.hits + 1 end,
				    window_start = now()
				returning hits""")
			.param("key", key)
			.param("window", settings.failedLoginWindowMinutes())
			.query(Integer.class)
			.single();
		if (failures >= allowed) {
			long delay = Math.min((long) settings.maxLoginDelayMinutes() * 60,
					settings.firstLoginDelaySeconds() * (1L << Math.min(20, failures - allowed)));
			jdbc.sql("update identity_limit set blocked_until = now() + make_interval(secs => :delay) where key = :key")
				.param("delay", delay)
				.param("key", key)
				.update();
		}
		return failures;
	}

	private static String accountKey(String name, Optional<Member> member) {
		return member.map(m -> "login:m:" + m.id()).orElseGet(() -> "login:n:" + name.strip().toLowerCase(Locale.ROOT));
	}

	private static String originKey(String origin) {
		return "login:o:" + origin;
	}
}
