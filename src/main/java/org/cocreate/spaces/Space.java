package org.cocreate.spaces;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A space hosted by an organisation, or a community owned by members when it has no organisation. */
@Table("space")
class Space {

	@Table("space_capability")
	record SwitchedOn(String capability) {
	}

	private @Id @Nullable Long id;

	private String slug;

	private String name;

	private String description;

	private Visibility visibility;

	private @Nullable Long organisationId;

	private long createdBy;

	private Instant createdAt;

	@MappedCollection(idColumn = "space_id")
	private Set<SwitchedOn> capabilities;

	private @Version int version;

	@PersistenceCreator
	Space(@Nullable Long id, String slug, String name, String description, Visibility visibility,
			@Nullable Long organisationId, long createdBy, Instant createdAt, Set<SwitchedOn> capabilities, int version) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.visibility = visibility;
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.capabilities = new java.util.HashSet<>(capabilities);
		this.version = version;
	}

	static Space open(String slug, String name, String description, Visibility visibility, @Nullable Long organisationId,
			long creatorId, Set<String> capabilities) {
		return new Space(null, slug, name.strip(), description.strip(), visibility, organisationId, creatorId, Instant.now(),
				capabilities.stream().map(SwitchedOn::new).collect(Collectors.toSet()), 0);
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	String description() {
		return description;
	}

	Visibility visibility() {
		return visibility;
	}

	@Nullable Long organisationId() {
		return organisationId;
	}

	boolean community() {
		return organisationId == null;
	}

	long createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	Set<String> capabilities() {
		return capabilities.stream().map(SwitchedOn::capability).collect(Collectors.toCollection(TreeSet::new));
	}

	void describe(String newName, String newDescription, Visibility newVisibility, Set<String> newCapabilities) {
		this.name = newName.strip();
		this.description = newDescription.strip();
		this.visibility = newVisibility;
		this.capabilities = newCapabilities.stream().map(SwitchedOn::new).collect(Collectors.toSet());
	}
}
