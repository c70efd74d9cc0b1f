package org.cocreate.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.organisations.OrganisationEvents.StaffInvited;
import org.cocreate.content.ContentEvent;
import org.cocreate.content.ContentEvents;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inviting staff by handle or e-mail, and the invitee's answer. */
@Service
public class StaffInvitations {

	private final OrganisationRepository organisations;

	private final Organisations queries;

	private final OrganisationPermissions permissions;

	private final Members members;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ContentEvents contentEvents;

	StaffInvitations(OrganisationRepository organisations, Organisations queries, OrganisationPermissions permissions,
			Members members, JdbcClient jdbc, ApplicationEventPublisher events,
			ContentEvents contentEvents) {
		this.organisations = organisations;
		this.queries = queries;
		this.permissions = permissions;
		this.members = members;
		this.jdbc = jdbc;
		this.events = events;
		this.contentEvents = contentEvents;
	}

	/** Invites a member (by handle, with or without {@code @}) or anyone by e-mail address. */
	@Transactional
	public Invitation invite(long actorId, String slug, String invitee, StaffRole role) {
		Organisation organisation = queries.load(slug);
		if (role == null) {
			throw new InvalidCommand(Errors.of("role", "error.required"));
		}
		permissions.require(role == StaffRole.OWNER ? OrganisationPermissions.Action.INVITE_OWNER
				: OrganisationPermissions.Action.INVITE, organisation, actorId);
		String who = invitee == null ? "" : invitee.strip();
		if (who.isEmpty()) {
			throw new InvalidCommand(Errors.of("invitee", "error.required"));
		}
		Optional<MemberSummary> member = who.contains("@") && who.indexOf('@') > 0 ? members.byEmail(who)
				: members.byHandle(who.startsWith("@") ? who.substring(1) : who);
		if (member.isEmpty() && !(who.indexOf('@') > 0 && who.matches("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"))) {
			throw new InvalidCommand(Errors.of("invitee", "error.invitee.unknown", who));
		}
		if (member.isPresent() && organisation.roleOf(member.get().id()).isPresent()) {
			throw new InvalidCommand(Errors.of("invitee", "error.invitee.already-staff", member.get().handle()));
		}
		String email = member.map(m -> members.account(m.id()).email()).orElse(who);
		Long memberId = member.map(MemberSummary::id).orElse(null);
		Long id = jdbc.sql("""
				insert into organisation_invitation (organisation_id, member_id, email, role, invited_by)
				values (?, ?, ?, ?, ?) on conflict do nothing returning id""")
			.params(organisation.id(), memberId, memberId == null ? email : null, role.name(), actorId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidCommand(Errors.of("invitee", "error.invitee.already-invited", who)));
		String locale = member.map(m -> members.account(m.id()).locale()).orElse("en");
		events.publishEvent(new StaffInvited(id, organisation.name(), email, role.name(), locale));
		return byId(id);
	}

	/** Pending invitations addressed to this member, by account or by their e-mail address. */
	@Transactional(readOnly = true)
	public List<Invitation> pendingFor(long memberId) {
		String email = members.account(memberId).email();
		return jdbc.sql("""
				select id from organisation_invitation
				where status = 'PENDING' and (member_id = ? or lower(email) = lower(?)) order by id desc""")
			.params(memberId, email)
			.query(Long.class)
			.list()
			.stream()
			.map(this::byId)
			.toList();
	}

	/** Pending invitations of an organisation, for its admins. */
	@Transactional(readOnly = true)
	public List<Invitation> pendingOf(long actorId, String slug) {
		Organisation organisation = queries.load(slug);
		permissions.require(OrganisationPermissions.Action.INVITE, organisation, actorId);
		return jdbc.sql("select id from organisation_invitation where organisation_id = ? and status = 'PENDING' order by id desc")
			.param(organisation.id())
			.query(Long.class)
			.list()
			.stream()
			.map(this::byId)
			.toList();
	}

	@Transactional
	public void accept(long memberId, long invitationId) {
		var row = pending(memberId, invitationId);
		Organisation organisation = organisations.findById(row.organisationId()).orElseThrow();
		organisation.appoint(memberId, StaffRole.valueOf(row.role()));
		organisations.save(organisation);
		decide(invitationId, "ACCEPTED");
		contentEvents.publish(ContentEvent.about(Organisations.KIND, organisation.id(), ContentEvent.Type.JOINED)
			.by(memberId)
			.title(organisation.name())
			.at("/o/" + organisation.slug())
			.organisation(organisation.slug())
			.feed("activity.staff-joined", organisation.name()));
	}

	@Transactional
	public void decline(long memberId, long invitationId) {
		pending(memberId, invitationId);
		decide(invitationId, "DECLINED");
	}

	@Transactional
	public void revoke(long actorId, long invitationId) {
		Long organisationId = jdbc.sql("select organisation_id from organisation_invitation where id = ? and status = 'PENDING'")
			.param(invitationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.invitation.not-found"));
		permissions.require(OrganisationPermissions.Action.INVITE, organisations.findById(organisationId).orElseThrow(), actorId);
		decide(invitationId, "REVOKED");
	}

	/** Removes a member from the staff (an owner only by an owner; never the last owner). */
	@Transactional
	public void dismiss(long actorId, String slug, String handle) {
		Organisation organisation = queries.load(slug);
		MemberSummary member = members.byHandle(handle).orElseThrow(() -> DomainException.notFound("error.member.not-found", handle));
		StaffRole role = organisation.roleOf(member.id()).orElseThrow(() -> DomainException.notFound("error.staff.not-found"));
		if (actorId != member.id()) {
			permissions.require(role == StaffRole.OWNER ? OrganisationPermissions.Action.DISMISS_OWNER
					: OrganisationPermissions.Action.DISMISS, organisation, actorId);
		}
		organisation.dismiss(member.id());
		organisations.save(organisation);
	}

	private record Pending(long organisationId, String role) {
	}

	private Pending pending(long memberId, long invitationId) {
		String email = members.account(memberId).email();
		return jdbc.sql("""
				select organisation_id, role from organisation_invitation
				where id = ? and status = 'PENDING' and (member_id = ? or lower(email) = lower(?))""")
			.params(invitationId, memberId, email)
			.query((rs, i) -> new Pending(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.invitation.not-found"));
	}

	private void decide(long invitationId, String status) {
		jdbc.sql("update organisation_invitation set status = ?, decided_at = now() where id = ?")
			.params(status, invitationId)
			.update();
	}

	private Invitation byId(long id) {
		record Row(long id, long organisationId, Long memberId, String email, String role, String status, long invitedBy,
				Instant createdAt) {
		}
		Row row = jdbc.sql("""
				select id, organisation_id, member_id, email, role, status, invited_by, created_at
				from organisation_invitation where id = ?""")
			.param(id)
			.query(Row.class)
			.single();
		var people = members.summaries(row.memberId() == null ? List.of(row.invitedBy()) : List.of(row.invitedBy(), row.memberId()));
		return new Invitation(row.id(), queries.byId(row.organisationId()),
				row.memberId() == null ? null : people.get(row.memberId()).handle(), row.email(), StaffRole.valueOf(row.role()),
				row.status(), people.get(row.invitedBy()).handle(), row.createdAt());
	}
}
