package org.cocreate.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member, as every controller receives it. It is kept in the session (shared by
 * all nodes through the database), so it holds only what does not go stale quickly.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String handle;

	private final String displayName;

	private final boolean platformAdmin;

	private final boolean verified;

	private @Nullable String passwordHash;

	MemberPrincipal(long id, String email, String handle, String displayName, boolean platformAdmin, boolean verified,
			@Nullable String passwordHash) {
		this.id = id;
		this.email = email;
		this.handle = handle;
		this.displayName = displayName;
		this.platformAdmin = platformAdmin;
		this.verified = verified;
		this.passwordHash = passwordHash;
	}

	static MemberPrincipal of(Member m) {
		return new MemberPrincipal(m.id(), m.email(), m.handle(), m.displayName(), m.platformAdmin(), m.verified(),
				m.passwordHash());
	}

	public long id() {
		return id;
	}

	public String handle() {
		return handle;
	}

	public String displayName() {
		return displayName;
	}

	public String email() {
		return email;
	}

	public boolean platformAdmin() {
		return platformAdmin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return platformAdmin ? List.of(new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return verified;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof MemberPrincipal other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "@" + handle;
	}
}
