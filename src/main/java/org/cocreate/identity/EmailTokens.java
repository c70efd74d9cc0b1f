package org.cocreate.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cocreate.shared.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Single-use, expiring links mailed to members. Only a hash of each token is stored. */
@Component
class EmailTokens {

	enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL, UNLOCK_LOGIN
	}

	/** A token that was valid and is now spent. */
	record Redeemed(long memberId, String email) {
	}

	private final JdbcClient jdbc;

	EmailTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a new token, cancelling earlier unused ones of the same purpose. */
	String issue(long memberId, Purpose purpose, String email, Duration validFor) {
		jdbc.sql("update email_token set used_at = now() where member_id = ? and purpose = ? and used_at is null")
			.params(memberId, purpose.name())
			.update();
		String token = Secrets.randomToken(32);
		jdbc.sql("insert into email_token (token_hash, member_id, purpose, email, expires_at) values (?, ?, ?, ?, ?)")
			.params(Secrets.sha256(token), memberId, purpose.name(), email, java.sql.Timestamp.from(Instant.now().plus(validFor)))
			.update();
		return token;
	}

	/** Spends a token atomically: a second use, an expired token or a wrong purpose give nothing. */
	Optional<Redeemed> redeem(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update email_token set used_at = now()
				where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
				returning member_id, email""")
			.params(Secrets.sha256(token), purpose.name())
			.query((rs, i) -> new Redeemed(rs.getLong(1), rs.getString(2)))
			.optional();
	}
}
