package org.cocreate.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. The token is shown once, when created; only its SHA-256
 * hash is stored, with a short prefix so the member can tell tokens apart.
 */
@Service
public class AccessTokens {

	static final String PREFIX = "cct_";

	static final int MAX_ACTIVE = 20;

	/** A token as its owner sees it in settings: never the secret itself. */
	public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
	}

	/** A newly created token: the secret is in {@code token}, shown this once. */
	public record CreatedToken(long id, String name, String token) {
	}

	private final JdbcClient jdbc;

	AccessTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public CreatedToken create(long memberId, String name) {
		String label = name == null || name.isBlank() ? "API token" : name.strip();
		var errors = Errors.none();
		errors.checkLength("name", label, 1, 80);
		Integer active = jdbc.sql("select count(*) from access_token where member_id = ? and revoked_at is null")
			.param(memberId)
			.query(Integer.class)
			.single();
		if (active >= MAX_ACTIVE) {
			errors.reject("name", "error.token.too-many", MAX_ACTIVE);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		String token = PREFIX + Secrets.randomToken(32);
		Long id = jdbc.sql("insert into access_token (member_id, name, token_hash, prefix) values (?, ?, ?, ?) returning id")
			.params(memberId, label, Secrets.sha256(token), token.substring(0, 10))
			.query(Long.class)
			.single();
		return new CreatedToken(id, label, token);
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> list(long memberId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at from access_token
				where member_id = ? and revoked_at is null order by id desc""")
			.param(memberId)
			.query(TokenInfo.class)
			.list();
	}

	/** Revokes one of the member's own tokens; someone else's token id is "not found", never revealed. */
	@Transactional
	public void revoke(long memberId, long tokenId) {
		int changed = jdbc.sql("update access_token set revoked_at = now() where id = ? and member_id = ? and revoked_at is null")
			.params(tokenId, memberId)
			.update();
		if (changed == 0) {
			throw DomainException.notFound("error.token.not-found");
		}
	}

	/** Revokes every live token of the member but the one given (a new password does); how many there were. */
	int revokeAll(long memberId, @Nullable String keep) {
		return jdbc.sql("""
				update access_token set revoked_at = now()
				where member_id = ? and revoked_at is null and token_hash <> ?""")
			.params(memberId, keep == null ? "" : Secrets.sha256(keep))
			.update();
	}

	/**
	 * The member a bearer token stands for, if it is a live token of a verified member. One
	 * statement, atomic on its own, so no transaction is opened around it.
	 */
	public Optional<MemberPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		// "last used" is kept to the minute: most API calls then only read, and commit without a disk flush.
		// One round trip: the token, its member, and the touch; an API call's whole authentication.
		return jdbc.sql("""
				with token as (
				    select id, member_id, last_used_at from access_token where token_hash = :hash and revoked_at is null),
				touched as (
				    update access_token a set last_used_at = now() from token t
				    where a.id = t.id and (t.last_used_at is null or t.last_used_at < now() - interval '1 minute'))
				select m.id, m.email, m.handle, m.display_name, m.platform_admin
				from token t join member m on m.id = t.member_id where m.email_verified_at is not null""")
			.param("hash", Secrets.sha256(token))
			// verified by the statement; no password hash is read, so there is none to erase
			.query((rs, i) -> new MemberPrincipal(rs.getLong("id"), rs.getString("email"), rs.getString("handle"),
					rs.getString("display_name"), rs.getBoolean("platform_admin"), true, null))
			.optional();
	}
}
