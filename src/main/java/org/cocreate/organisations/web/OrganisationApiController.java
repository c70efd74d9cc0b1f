package org.cocreate.organisations.web;

import java.net.URI;
import java.util.List;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.organisations.Invitation;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.organisations.StaffInvitations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisations, staff and invitations over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Organisations")
class OrganisationApiController {

	record OrganisationJson(String slug, String name, String kind, String description, String descriptionHtml,
			String website, boolean verified, String createdAt, String url) {

		static OrganisationJson of(OrganisationSummary o) {
			return new OrganisationJson(o.slug(), o.name(), o.kind().name(), o.description(), o.descriptionHtml(),
					o.website(), o.verified(), o.createdAt().toString(), o.path());
		}
	}

	record OrganisationBody(@Nullable String name, @Nullable String slug, @Nullable String kind,
			@Nullable String description, @Nullable String website) {

		CreateOrganisation command() {
			OrganisationKind k;
			try {
				k = kind == null ? OrganisationKind.OTHER : OrganisationKind.valueOf(kind.strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidCommand(Errors.of("kind", "error.kind.unknown"));
			}
			return new CreateOrganisation(name == null ? "" : name, slug, k, description, website);
		}
	}

	record StaffJson(String handle, String displayName, String role, String since) {
	}

	record InviteBody(@Nullable String invitee, @Nullable String role) {
	}

	record InvitationJson(long id, String organisation, @Nullable String inviteeHandle, @Nullable String inviteeEmail,
			String role, String status, String invitedBy, String createdAt) {

		static InvitationJson of(Invitation i) {
			return new InvitationJson(i.id(), i.organisation().slug(), i.inviteeHandle(), i.inviteeEmail(),
					i.role().name(), i.status(), i.invitedByHandle(), i.createdAt().toString());
		}
	}

	record VerifiedBody(boolean verified) {
	}

	private final Organisations organisations;

	private final StaffInvitations invitations;

	OrganisationApiController(Organisations organisations, StaffInvitations invitations) {
		this.organisations = organisations;
		this.invitations = invitations;
	}

	@GetMapping("/api/v1/organisations")
	List<OrganisationJson> list() {
		return organisations.list().stream().map(OrganisationJson::of).toList();
	}

	@PostMapping("/api/v1/organisations")
	ResponseEntity<OrganisationJson> create(@AuthenticationPrincipal MemberPrincipal me, @RequestBody OrganisationBody body) {
		var created = organisations.create(me.id(), body.command());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.slug())).body(OrganisationJson.of(created));
	}

	@GetMapping("/api/v1/organisations/{slug}")
	OrganisationJson one(@PathVariable String slug) {
		return OrganisationJson.of(organisations.bySlug(slug));
	}

	@PatchMapping("/api/v1/organisations/{slug}")
	OrganisationJson update(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug,
			@RequestBody OrganisationBody body) {
		var current = organisations.bySlug(slug);
		var merged = new OrganisationBody(body.name() == null ? current.name() : body.name(), slug,
				body.kind() == null ? current.kind().name() : body.kind(),
				body.description() == null ? current.description() : body.description(),
				body.website() == null ? current.website() : body.website());
		return OrganisationJson.of(organisations.update(me.id(), slug, merged.command()));
	}

	@PutMapping("/api/v1/organisations/{slug}/verified")
	OrganisationJson verified(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug,
			@RequestBody VerifiedBody body) {
		return OrganisationJson.of(organisations.setVerified(me.id(), slug, body.verified()));
	}

	@GetMapping("/api/v1/organisations/{slug}/staff")
	List<StaffJson> staff(@PathVariable String slug) {
		return organisations.staff(slug)
			.stream()
			.map(s -> new StaffJson(s.member().handle(), s.member().displayName(), s.role().name(), s.since().toString()))
			.toList();
	}

	@DeleteMapping("/api/v1/organisations/{slug}/staff/{handle}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismiss(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, @PathVariable String handle) {
		invitations.dismiss(me.id(), slug, handle);
	}

	@PostMapping("/api/v1/organisations/{slug}/invitations")
	ResponseEntity<InvitationJson> invite(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug,
			@RequestBody InviteBody body) {
		StaffRole role;
		try {
			role = StaffRole.valueOf(body.role() == null ? "" : body.role().strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCommand(Errors.of("role", "error.role.unknown"));
		}
		var invitation = invitations.invite(me.id(), slug, body.invitee() == null ? "" : body.invitee(), role);
		return ResponseEntity.status(HttpStatus.CREATED).body(InvitationJson.of(invitation));
	}

	@GetMapping("/api/v1/organisations/{slug}/invitations")
	List<InvitationJson> pendingOf(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug) {
		return invitations.pendingOf(me.id(), slug).stream().map(InvitationJson::of).toList();
	}

	@GetMapping("/api/v1/invitations")
	List<InvitationJson> mine(@AuthenticationPrincipal MemberPrincipal me) {
		return invitations.pendingFor(me.id()).stream().map(InvitationJson::of).toList();
	}

	@PostMapping("/api/v1/invitations/{id}/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void accept(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
		invitations.accept(me.id(), id);
	}

	@PostMapping("/api/v1/invitations/{id}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
		invitations.decline(me.id(), id);
	}
}
