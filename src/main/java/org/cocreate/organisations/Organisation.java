package org.cocreate.organisations;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation and its staff: the aggregate guards that it always keeps an owner. */
@Table("organisation")
class Organisation {

	/** A staff membership, part of the organisation aggregate. */
	@Table("organisation_staff")
	record Staff(long memberId, StaffRole role, Instant since) {
	}

	private @Id @Nullable Long id;

	private String slug;

	private String name;

	private OrganisationKind kind;

	private String description;

	private String website;

	private boolean verified;

	private long createdBy;

	private Instant createdAt;

	@MappedCollection(idColumn = "organisation_id")
	private Set<Staff> staff;

	private @Version int version;

	@PersistenceCreator
	Organisation(@Nullable Long id, String slug, String name, OrganisationKind kind, String description, String website,
			boolean verified, long createdBy, Instant createdAt, Set<Staff> staff, int version) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.description = description;
		this.website = website;
		this.verified = verified;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.staff = new HashSet<>(staff);
		this.version = version;
	}

	static Organisation found(String slug, String name, OrganisationKind kind, String description, String website,
			long founderId) {
		Instant now = Instant.now();
		return new Organisation(null, slug, name.strip(), kind, description.strip(), website.strip(), false, founderId, now,
				Set.of(new Staff(founderId, StaffRole.OWNER, now)), 0);
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	OrganisationKind kind() {
		return kind;
	}

	String description() {
		return description;
	}

	String website() {
		return website;
	}

	boolean verified() {
		return verified;
	}

	Instant createdAt() {
		return createdAt;
	}

	Set<Staff> staff() {
		return Set.copyOf(staff);
	}

	Optional<StaffRole> roleOf(long memberId) {
		return staff.stream().filter(s -> s.memberId() == memberId).map(Staff::role).findFirst();
	}

	void describe(String newName, OrganisationKind newKind, String newDescription, String newWebsite) {
		this.name = newName.strip();
		this.kind = newKind;
		this.description = newDescription.strip();
		this.website = newWebsite.strip();
	}

	void setVerified(boolean value) {
		this.verified = value;
	}

	/** Adds a member to the staff, or changes their role if they are staff already. */
	void appoint(long memberId, StaffRole role) {
		Instant since = staff.stream().filter(s -> s.memberId() == memberId).map(Staff::since).findFirst().orElse(Instant.now());
		var changed = new HashSet<>(staff);
		changed.removeIf(s -> s.memberId() == memberId);
		changed.add(new Staff(memberId, role, since));
		replaceStaff(changed);
	}

	void dismiss(long memberId) {
		var changed = new HashSet<>(staff);
		changed.removeIf(s -> s.memberId() == memberId);
		replaceStaff(changed);
	}

	/** Takes the changed staff only if it keeps an owner: a refused change leaves the organisation as it was. */
	private void replaceStaff(Set<Staff> changed) {
		if (changed.stream().noneMatch(s -> s.role() == StaffRole.OWNER)) {
			throw DomainException.conflict("error.organisation.last-owner");
		}
		this.staff = changed;
	}
}
