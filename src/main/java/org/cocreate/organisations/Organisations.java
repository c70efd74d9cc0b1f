package org.cocreate.organisations;

import java.util.Objects;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.identity.Members;
import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvents;
import org.cocreate.shared.Hashtags;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Markdown;
import org.cocreate.shared.Slugs;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and describing organisations, verifying them, and asking who is staff. */
@Service
public class Organisations {

	/** The content kind of organisations in content events. */
	public static final String KIND = "organisation";

	public record CreateOrganisation(String name, String slug, OrganisationKind kind, String description, String website) {
	}

	private static final String SUMMARY = "select id, slug, name, kind, description, website, verified, created_at from organisation";

	private final OrganisationRepository organisations;

	private final OrganisationPermissions permissions;

	private final Members members;

	private final JdbcClient jdbc;

	private final ContentEvents events;

	Organisations(OrganisationRepository organisations, OrganisationPermissions permissions, Members members,
			JdbcClient jdbc, ContentEvents events) {
		this.organisations = organisations;
		this.permissions = permissions;
		this.members = members;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public OrganisationSummary create(long founderId, CreateOrganisation command) {
		String slug = command.slug() == null || command.slug().isBlank() ? Slugs.from(Objects.requireNonNullElse(command.name(), "")) : command.slug().strip();
		Errors errors = validate(command.name(), command.kind(), command.description(), command.website());
		if (!Slugs.isValid(slug)) {
			errors.reject("slug", "error.slug.invalid");
		}
		else if (organisations.slugTaken(slug)) {
			errors.reject("slug", "error.slug.taken");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		Organisation organisation;
		try {
			organisation = organisations.save(Organisation.found(slug, command.name(), command.kind(),
					Objects.requireNonNullElse(command.description(), ""), Objects.requireNonNullElse(command.website(), ""), founderId));
		}
		catch (DuplicateKeyException raced) {
			throw new InvalidCommand(Errors.of("slug", "error.slug.taken"));
		}
		events.publish(ContentEvent.about(KIND, organisation.id(), ContentEvent.Type.PUBLISHED)
			.by(founderId)
			.title(organisation.name())
			.markdown(organisation.description())
			.at("/o/" + slug)
			.organisation(slug)
			.tags(Hashtags.in(organisation.description()))
			.feed("activity.organisation-created", organisation.name()));
		return summary(organisation);
	}

	@Transactional
	public OrganisationSummary update(long actorId, String slug, CreateOrganisation command) {
		Organisation organisation = load(slug);
		permissions.require(OrganisationPermissions.Action.EDIT, organisation, actorId);
		Errors errors = validate(command.name(), command.kind(), command.description(), command.website());
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		organisation.describe(command.name(), command.kind(), Objects.requireNonNullElse(command.description(), ""), Objects.requireNonNullElse(command.website(), ""));
		Organisation saved = organisations.save(organisation);
		events.publish(ContentEvent.about(KIND, saved.id(), ContentEvent.Type.UPDATED)
			.by(actorId)
			.title(saved.name())
			.markdown(saved.description())
			.at("/o/" + slug)
			.organisation(slug)
			.tags(Hashtags.in(saved.description())));
		return summary(saved);
	}

	/** Sets or clears the verified badge: platform admins only. */
	@Transactional
	public OrganisationSummary setVerified(long adminId, String slug, boolean verified) {
		if (!members.account(adminId).platformAdmin()) {
			throw DomainException.forbidden("error.admin-only");
		}
		Organisation organisation = load(slug);
		boolean changed = organisation.verified() != verified;
		organisation.setVerified(verified);
		organisations.save(organisation);
		if (changed && verified) {
			events.publish(ContentEvent.about(KIND, organisation.id(), ContentEvent.Type.STATUS_CHANGED)
				.by(adminId)
				.title(organisation.name())
				.at("/o/" + slug)
				.organisation(slug)
				.feed("activity.organisation-verified", organisation.name()));
		}
		return summary(organisation);
	}

	@Transactional(readOnly = true)
	public OrganisationSummary bySlug(String slug) {
		return summary(load(slug));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> find(String slug) {
		return organisations.findBySlug(slug).map(Organisations::summary);
	}

	@Transactional(readOnly = true)
	public OrganisationSummary byId(long id) {
		return organisations.findById(id).map(Organisations::summary)
			.orElseThrow(() -> DomainException.notFound("error.organisation.not-found"));
	}

	/** All organisations, verified first, then by name: one query, without loading their staff. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> list() {
		return jdbc.sql(SUMMARY + " order by verified desc, lower(name)").query(Organisations::summaryRow).list();
	}

	/** The organisations with these ids, by id, in one query; ids of no organisation are left out. */
	@Transactional(readOnly = true)
	public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SUMMARY + " where id in (:ids)")
			.param("ids", ids)
			.query(Organisations::summaryRow)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	/** The organisations a member is staff of, with their role: two queries, however many they are. */
	@Transactional(readOnly = true)
	public List<Membership> of(long memberId) {
		var roles = jdbc.sql("select organisation_id, role from organisation_staff where member_id = ? order by organisation_id")
			.param(memberId)
			.query((rs, i) -> Map.entry(rs.getLong(1), StaffRole.valueOf(rs.getString(2))))
			.list();
		var summaries = summaries(roles.stream().map(Map.Entry::getKey).toList());
		return roles.stream()
			.filter(r -> summaries.containsKey(r.getKey()))
			.map(r -> new Membership(summaries.get(r.getKey()), r.getValue()))
			.toList();
	}

	/**
	 * The staff of several organisations in one query: organisation id → member id → role, by id.
	 * Organisations without staff are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, StaffRole>> roles(Collection<Long> organisationIds) {
		var roles = new LinkedHashMap<Long, Map<Long, StaffRole>>();
		if (organisationIds.isEmpty()) {
			return roles;
		}
		jdbc.sql("""
				select organisation_id, member_id, role from organisation_staff where organisation_id in (:ids)
				order by organisation_id, member_id""")
			.param("ids", organisationIds)
			.query((RowCallbackHandler) rs -> roles.computeIfAbsent(rs.getLong(1), o -> new LinkedHashMap<>())
				.put(rs.getLong(2), StaffRole.valueOf(rs.getString(3))));
		return roles;
	}

	/** A member's role in an organisation, if they are staff. */
	@Transactional(readOnly = true)
	public Optional<StaffRole> roleOf(long organisationId, long memberId) {
		return jdbc.sql("select role from organisation_staff where organisation_id = ? and member_id = ?")
			.params(organisationId, memberId)
			.query((rs, i) -> StaffRole.valueOf(rs.getString(1)))
			.optional();
	}

	@Transactional(readOnly = true)
	public List<StaffMember> staff(String slug) {
		Organisation organisation = load(slug);
		var summaries = members.summaries(organisation.staff().stream().map(Organisation.Staff::memberId).toList());
		return organisation.staff()
			.stream()
			.filter(s -> summaries.containsKey(s.memberId()))
			.map(s -> new StaffMember(summaries.get(s.memberId()), s.role(), s.since()))
			.sorted(Comparator.comparing(StaffMember::role).thenComparing(s -> s.member().handle().toLowerCase()))
			.toList();
	}

	/** An organisation with the member's role in it. */
	public record Membership(OrganisationSummary organisation, StaffRole role) {
	}

	Organisation load(String slug) {
		return organisations.findBySlug(slug == null ? "" : slug)
			.orElseThrow(() -> DomainException.notFound("error.organisation.not-found", slug));
	}

	private static OrganisationSummary summaryRow(ResultSet rs, int row) throws SQLException {
		String description = rs.getString("description");
		return new OrganisationSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), description, Markdown.toSafeHtml(description),
				rs.getString("website"), rs.getBoolean("verified"), rs.getTimestamp("created_at").toInstant());
	}

	static OrganisationSummary summary(Organisation o) {
		return new OrganisationSummary(o.id(), o.slug(), o.name(), o.kind(), o.description(),
				Markdown.toSafeHtml(o.description()), o.website(), o.verified(), o.createdAt());
	}

	private static Errors validate(String name, OrganisationKind kind, String description, String website) {
		var errors = Errors.none();
		errors.checkLength("name", name, 2, 100);
		if (kind == null) {
			errors.reject("kind", "error.required");
		}
		errors.checkLength("description", Objects.requireNonNullElse(description, ""), 0, 5000);
		String site = Objects.requireNonNullElse(website, "").strip();
		if (!site.isEmpty() && !site.matches("^https?://[^\\s/$.?#][^\\s]*$")) {
			errors.reject("website", "error.link.url", site.length() > 60 ? site.substring(0, 60) : site);
		}
		else if (site.length() > 300) {
			errors.reject("website", "error.too-long", 300);
		}
		return errors;
	}

}
