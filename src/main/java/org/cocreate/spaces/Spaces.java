package org.cocreate.spaces;

import java.util.Objects;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Markdown;
import org.cocreate.shared.Slugs;
import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvents;
import org.cocreate.shared.Hashtags;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, describing, joining and leaving spaces and communities; finding the ones a member may see. */
@Service
public class Spaces {

	/**
	 * A new space. With {@code organisationSlug} it is hosted by that organisation; without, it is a
	 * community owned by the member who creates it. {@code capabilities} null means the defaults.
	 */
	public record CreateSpace(@Nullable String organisationSlug, String name, @Nullable String slug, String description,
			Visibility visibility, @Nullable Set<String> capabilities) {
	}

	/** The content kind of spaces in content events. */
	public static final String KIND = ContentEvent.SPACE_KIND;

	private final SpaceRepository spaces;

	private final SpacePermissions permissions;

	private final Organisations organisations;

	private final Capabilities capabilities;

	private final JdbcClient jdbc;

	private final ContentEvents events;

	/**
	 * Spaces are read on every board, idea and vote, and change rarely: reads go through these
	 * caches. A change made here empties them at once (and again after its commit); one made on
	 * another node shows after {@link #CACHED_FOR} at most.
	 */
	static final Duration CACHED_FOR = Duration.ofSeconds(5);

	private final Cache<String, Space> bySlug = Caffeine.newBuilder().expireAfterWrite(CACHED_FOR).maximumSize(10_000).build();

	private final Cache<Long, Space> byId = Caffeine.newBuilder().expireAfterWrite(CACHED_FOR).maximumSize(10_000).build();

	private final Cache<Long, SpaceSummary> summaries = Caffeine.newBuilder()
		.expireAfterWrite(CACHED_FOR)
		.maximumSize(10_000)
		.build();

	Spaces(SpaceRepository spaces, SpacePermissions permissions, Organisations organisations, Capabilities capabilities,
			JdbcClient jdbc, ContentEvents events) {
		this.spaces = spaces;
		this.permissions = permissions;
		this.organisations = organisations;
		this.capabilities = capabilities;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public SpaceSummary create(long creatorId, CreateSpace command) {
		OrganisationSummary organisation = null;
		if (command.organisationSlug() != null && !command.organisationSlug().isBlank()) {
			organisation = organisations.bySlug(command.organisationSlug());
			boolean admin = organisations.roleOf(organisation.id(), creatorId).map(r -> r.atLeast(StaffRole.ADMIN)).orElse(false);
			if (!admin) {
				throw DomainException.forbidden("error.organisation.role-required", StaffRole.ADMIN.name());
			}
		}
		String slug = command.slug() == null || command.slug().isBlank() ? Slugs.from(Objects.requireNonNullElse(command.name(), "")) : command.slug().strip();
		Set<String> switchedOn = command.capabilities() == null ? new LinkedHashSet<>(capabilities.defaults())
				: new LinkedHashSet<>(command.capabilities());
		Errors errors = validate(command.name(), command.description(), command.visibility(), switchedOn);
		if (!Slugs.isValid(slug)) {
			errors.reject("slug", "error.slug.invalid");
		}
		else if (spaces.slugTaken(slug)) {
			errors.reject("slug", "error.slug.taken");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		Space space;
		try {
			space = spaces.save(Space.open(slug, command.name(), Objects.requireNonNullElse(command.description(), ""), command.visibility(),
					organisation == null ? null : organisation.id(), creatorId, switchedOn));
		}
		catch (DuplicateKeyException raced) {
			throw new InvalidCommand(Errors.of("slug", "error.slug.taken"));
		}
		addMember(space, creatorId, space.community() ? "OWNER" : "MEMBER");
		forget();
		events.publish(about(space, ContentEvent.Type.PUBLISHED, creatorId)
			.feed(organisation == null ? "activity.community-created" : "activity.space-created", space.name()));
		return summary(space);
	}

	@Transactional
	public SpaceSummary update(long actorId, String slug, String name, String description, Visibility visibility,
			Set<String> switchedOn) {
		Space space = spaces.findBySlug(slug == null ? "" : slug)
			.filter(found -> permissions.allowed(SpacePermissions.Action.SEE, found, actorId))
			.orElseThrow(() -> DomainException.notFound("error.space.not-found", slug));
		permissions.require(SpacePermissions.Action.EDIT, space, actorId);
		Errors errors = validate(name, description, visibility, switchedOn);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		space.describe(name, Objects.requireNonNullElse(description, ""), visibility, switchedOn);
		forget();
		Space saved = spaces.save(space);
		// Every consumer learns the visibility it has now: what was public in it stops showing at once
		// to those who may no longer see it.
		events.publish(about(saved, ContentEvent.Type.UPDATED, actorId));
		return summary(saved);
	}

	@Transactional
	public void join(long memberId, String slug) {
		Space space = visible(slug, memberId);
		permissions.require(SpacePermissions.Action.JOIN, space, memberId);
		if (addMember(space, memberId, "MEMBER")) {
			forget();
			events.publish(ContentEvent.about(KIND, space.id(), ContentEvent.Type.JOINED)
				.in(space.slug(), space.visibility())
				.by(memberId)
				.title(space.name())
				.at("/s/" + space.slug())
				.feed("activity.space-joined", space.name()));
		}
	}

	@Transactional
	public void leave(long memberId, String slug) {
		Space space = visible(slug, memberId);
		if (space.community()) {
			Integer otherOwners = jdbc.sql("select count(*) from space_member where space_id = ? and role = 'OWNER' and member_id <> ?")
				.params(space.id(), memberId)
				.query(Integer.class)
				.single();
			boolean owner = jdbc.sql("select exists (select 1 from space_member where space_id = ? and member_id = ? and role = 'OWNER')")
				.params(space.id(), memberId)
				.query(Boolean.class)
				.single();
			if (owner && otherOwners == 0) {
				throw DomainException.conflict("error.space.last-owner");
			}
		}
		jdbc.sql("delete from space_member where space_id = ? and member_id = ?").params(space.id(), memberId).update();
		forget();
	}

	/** A space the member may see (a private one they may not is "not found"). */
	@Transactional(readOnly = true)
	public SpaceSummary bySlug(String slug, @Nullable Long viewerId) {
		return cachedSummary(visible(slug, viewerId));
	}

	@Transactional(readOnly = true)
	public Optional<SpaceSummary> find(String slug, @Nullable Long viewerId) {
		return cached(slug).filter(s -> permissions.allowed(SpacePermissions.Action.SEE, s, viewerId)).map(this::cachedSummary);
	}

	/** A space by its id, when the viewer may see it: for modules that keep only the id of their space. */
	@Transactional(readOnly = true)
	public Optional<SpaceSummary> find(long id, @Nullable Long viewerId) {
		return cached(id).filter(s -> permissions.allowed(SpacePermissions.Action.SEE, s, viewerId)).map(this::cachedSummary);
	}

	/**
	 * The slug of a space, whoever asks: for modules that file what happens in a space by its slug
	 * (a moderation case goes to that space's queue even when its author can no longer see the
	 * space). Never a way to show a space: readers go through {@link #find(long, Long)}.
	 */
	@Transactional(readOnly = true)
	public Optional<String> slugOf(long id) {
		return cached(id).map(s -> s.slug());
	}

	/**
	 * The visibility of a space, whoever asks: for modules that tell others where their content
	 * lives (content events). Never a way to show a space.
	 */
	@Transactional(readOnly = true)
	public Optional<Visibility> visibilityOf(long id) {
		return cached(id).map(Space::visibility);
	}

	/** Whether the viewer may see the space, without building its summary: for hot paths. */
	@Transactional(readOnly = true)
	public boolean maySee(long id, @Nullable Long viewerId) {
		return cached(id).map(s -> permissions.allowed(SpacePermissions.Action.SEE, s, viewerId)).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean isMember(String slug, long memberId) {
		return cached(slug).map(s -> permissions.member(s, memberId)).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean mayEdit(String slug, long memberId) {
		return cached(slug).map(s -> permissions.allowed(SpacePermissions.Action.EDIT, s, memberId)).orElse(false);
	}

	/**
	 * The slugs of the spaces that are not public but whose content the member may find in lists
	 * that span spaces (feeds, tag counts, the activity stream): the spaces they belong to and the
	 * private ones of organisations they answer for. Not every unlisted space: those are open to
	 * whoever has their link, never listed.
	 */
	@Transactional(readOnly = true)
	public Set<String> readableSlugs(long memberId) {
		Long[] staffOf = organisations.of(memberId)
			.stream()
			.filter(m -> m.role().atLeast(StaffRole.RESPONDER))
			.map(m -> m.organisation().id())
			.toArray(Long[]::new);
		return new java.util.HashSet<>(jdbc.sql("""
				select s.slug from space s
				where s.visibility <> 'PUBLIC' and (s.organisation_id = any(:staffOf)
				       or exists (select 1 from space_member m where m.space_id = s.id and m.member_id = :me))""")
			.param("staffOf", staffOf)
			.param("me", memberId)
			.query(String.class)
			.list());
	}

	/** Listed spaces: public ones, and the viewer's own private and unlisted ones. */
	@Transactional(readOnly = true)
	public List<SpaceSummary> listed(@Nullable Long viewerId, @Nullable Boolean communities, int limit) {
		List<Long> ids = jdbc.sql("""
				select s.id from space s
				where (s.visibility = 'PUBLIC' or exists (select 1 from space_member m where m.space_id = s.id and m.member_id = :viewer))
				  and (:kind = 'all' or (:kind = 'communities') = (s.organisation_id is null))
				order by s.created_at desc limit :limit""")
			.param("viewer", viewerId == null ? -1L : viewerId)
			.param("kind", communities == null ? "all" : communities ? "communities" : "hosted")
			.param("limit", Math.clamp(limit, 1, 200))
			.query(Long.class)
			.list();
		return summaries(ids);
	}

	/** The spaces of one organisation that the viewer may see. */
	@Transactional(readOnly = true)
	public List<SpaceSummary> ofOrganisation(String organisationSlug, @Nullable Long viewerId) {
		OrganisationSummary organisation = organisations.bySlug(organisationSlug);
		return jdbc.sql("select id from space where organisation_id = ? order by created_at")
			.param(organisation.id())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> spaces.findById(id).orElseThrow())
			.filter(s -> s.visibility() == Visibility.PUBLIC || permissions.allowed(SpacePermissions.Action.SEE, s, viewerId)
					&& viewerId != null)
			.map(this::summary)
			.toList();
	}

	/** The spaces a member belongs to. */
	@Transactional(readOnly = true)
	public List<SpaceSummary> of(long memberId) {
		return summaries(jdbc.sql("select space_id from space_member where member_id = ? order by joined_at desc")
			.param(memberId)
			.query(Long.class)
			.list());
	}

	private Optional<Space> cached(String slug) {
		return Optional.ofNullable(bySlug.get(slug, key -> spaces.findBySlug(key).orElse(null)));
	}

	private Optional<Space> cached(long id) {
		return Optional.ofNullable(byId.get(id, key -> spaces.findById(key).orElse(null)));
	}

	private SpaceSummary cachedSummary(Space space) {
		return summaries.get(space.id(), id -> summary(space));
	}

	/** Empties the caches now, and again once the changing transaction commits (readers may have refilled them). */
	private void forget() {
		emptyCaches();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					emptyCaches();
				}
			});
		}
	}

	private void emptyCaches() {
		bySlug.invalidateAll();
		byId.invalidateAll();
		summaries.invalidateAll();
	}

	private Space visible(String slug, @Nullable Long viewerId) {
		Space space = cached(slug == null ? "" : slug)
			.orElseThrow(() -> DomainException.notFound("error.space.not-found", slug));
		permissions.require(SpacePermissions.Action.SEE, space, viewerId);
		return space;
	}

	private boolean addMember(Space space, long memberId, String role) {
		return jdbc.sql("insert into space_member (space_id, member_id, role) values (?, ?, ?) on conflict do nothing")
			.params(space.id(), memberId, role)
			.update() == 1;
	}

	/**
	 * Summaries of many spaces, in the given order, with their member counts in one query and
	 * each organisation looked up once.
	 */
	private List<SpaceSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		jdbc.sql("select space_id, count(*) from space_member where space_id in (:ids) group by space_id")
			.param("ids", ids)
			.query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		java.util.Map<Long, OrganisationSummary> hosts = new java.util.HashMap<>();
		java.util.Map<Long, Space> byId = new java.util.HashMap<>();
		spaces.findAllById(ids).forEach(space -> byId.put(space.id(), space));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(space -> {
			Long organisationId = space.organisationId();
			return summary(space, counts.getOrDefault(space.id(), 0L),
					organisationId == null ? null : hosts.computeIfAbsent(organisationId, organisations::byId));
		}).toList();
	}

	SpaceSummary summary(Space s) {
		long memberCount = jdbc.sql("select count(*) from space_member where space_id = ?")
			.param(s.id())
			.query(Long.class)
			.single();
		Long organisationId = s.organisationId();
		return summary(s, memberCount, organisationId == null ? null : organisations.byId(organisationId));
	}

	private static SpaceSummary summary(Space s, long memberCount, @Nullable OrganisationSummary host) {
		return new SpaceSummary(s.id(), s.slug(), s.name(), s.description(), Markdown.toSafeHtml(s.description()),
				s.visibility(), host, s.capabilities(), memberCount, s.createdAt());
	}

	private Errors validate(String name, String description, Visibility visibility, Set<String> switchedOn) {
		var errors = Errors.none();
		errors.checkLength("name", name, 2, 100);
		errors.checkLength("description", Objects.requireNonNullElse(description, ""), 0, 5000);
		if (visibility == null) {
			errors.reject("visibility", "error.required");
		}
		List<String> unknown = capabilities.unknown(switchedOn);
		if (!unknown.isEmpty()) {
			errors.reject("capabilities", "error.capability.unknown", String.join(", ", unknown));
		}
		return errors;
	}

	/** A content event about the space itself: its name, description, host, tags and visibility now. */
	private org.cocreate.content.Draft about(Space space, ContentEvent.Type type, long actorId) {
		return ContentEvent.about(KIND, space.id(), type)
			.in(space.slug(), space.visibility())
			.by(actorId)
			.title(space.name())
			.markdown(space.description())
			.at("/s/" + space.slug())
			.tags(Hashtags.in(space.description()))
			.organisation(space.organisationId() == null ? null : organisations.byId(space.organisationId()).slug());
	}

}
