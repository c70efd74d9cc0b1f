package org.cocreate.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member's account and public profile. */
@Table("member")
class Member {

	static final int MAX_LINKS = 5;

	private @Id @Nullable Long id;

	private String email;

	private String handle;

	private String displayName;

	private String passwordHash;

	private @Nullable Instant emailVerifiedAt;

	private String locale;

	private String bio;

	private String links;

	private int avatarVersion;

	private boolean platformAdmin;

	private Instant createdAt;

	private @Version int version;

	@PersistenceCreator
	Member(@Nullable Long id, String email, String handle, String displayName, String passwordHash,
			@Nullable Instant emailVerifiedAt, String locale, String bio, String links, int avatarVersion,
			boolean platformAdmin, Instant createdAt, int version) {
		this.id = id;
		this.email = email;
		this.handle = handle;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.emailVerifiedAt = emailVerifiedAt;
		this.locale = locale;
		this.bio = bio;
		this.links = links;
		this.avatarVersion = avatarVersion;
		this.platformAdmin = platformAdmin;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Member signUp(String email, String handle, String displayName, String passwordHash, String locale) {
		return new Member(null, email.strip(), handle.strip(), displayName.strip(), passwordHash, null, locale, "", "", 0,
				false, Instant.now(), 0);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("member not saved yet");
		}
		return id;
	}

	String email() {
		return email;
	}

	String handle() {
		return handle;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean verified() {
		return emailVerifiedAt != null;
	}

	String locale() {
		return locale;
	}

	String bio() {
		return bio;
	}

	List<String> links() {
		return links.isBlank() ? List.of() : Arrays.stream(links.split("\n")).filter(s -> !s.isBlank()).toList();
	}

	int avatarVersion() {
		return avatarVersion;
	}

	boolean platformAdmin() {
		return platformAdmin;
	}

	Instant createdAt() {
		return createdAt;
	}

	void verifyEmail() {
		if (emailVerifiedAt == null) {
			this.emailVerifiedAt = Instant.now();
		}
	}

	void changeEmail(String address) {
		this.email = address;
		this.emailVerifiedAt = Instant.now();
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
	}

	void changeLocale(String newLocale) {
		this.locale = newLocale;
	}

	void updateProfile(String newDisplayName, String newBio, List<String> newLinks) {
		this.displayName = newDisplayName.strip();
		this.bio = newBio.strip();
		this.links = String.join("\n", newLinks);
	}

	void avatarChanged() {
		this.avatarVersion++;
	}

	void avatarRemoved() {
		this.avatarVersion = 0;
	}

	void grantPlatformAdmin() {
		this.platformAdmin = true;
	}
}
