package org.cocreate.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.organisations.StaffInvitations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: the directory, creating one, its public page, staff and invitations. */
@Controller
class OrganisationController {

	static final String LIST = "organisations/list";

	static final String FORM = "organisations/form";

	static final String PAGE = "organisations/page";

	static final String STAFF = "organisations/staff";

	static final String INVITATIONS = "organisations/invitations";

	private final Organisations organisations;

	private final StaffInvitations invitations;

	OrganisationController(Organisations organisations, StaffInvitations invitations) {
		this.organisations = organisations;
		this.invitations = invitations;
	}

	@GetMapping("/organisations")
	String list(Model model) {
		model.addAttribute("organisations", organisations.list());
		return LIST;
	}

	@GetMapping("/organisations/new")
	String createForm(Model model) {
		model.addAttribute("form", new CreateOrganisation("", "", OrganisationKind.BRAND, "", ""));
		model.addAttribute("kinds", OrganisationKind.values());
		return FORM;
	}

	@PostMapping("/organisations")
	String create(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "OTHER") OrganisationKind kind,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String website,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var command = new CreateOrganisation(name, slug, kind, description, website);
		try {
			var created = organisations.create(me.id(), command);
			redirect.addFlashAttribute("flash", "flash.organisation-created");
			return "redirect:" + created.path();
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("form", command);
			model.addAttribute("kinds", OrganisationKind.values());
			model.addAttribute("errors", invalid.errors().all());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return FORM;
		}
	}

	@GetMapping("/o/{slug}")
	String page(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		var organisation = organisations.bySlug(slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("staff", organisations.staff(slug));
		model.addAttribute("myRole", me == null ? null : organisations.roleOf(organisation.id(), me.id()).orElse(null));
		return PAGE;
	}

	@PostMapping("/o/{slug}/verified")
	String verify(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean verified,
			@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		organisations.setVerified(me.id(), slug, verified);
		redirect.addFlashAttribute("flash", verified ? "flash.organisation-verified" : "flash.organisation-unverified");
		return "redirect:/o/" + slug;
	}

	@GetMapping("/o/{slug}/staff")
	String staff(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		var organisation = organisations.bySlug(slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("staff", organisations.staff(slug));
		model.addAttribute("pending", invitations.pendingOf(me.id(), slug));
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("invitee", "");
		model.addAttribute("role", StaffRole.RESPONDER);
		return STAFF;
	}

	@PostMapping("/o/{slug}/invitations")
	String invite(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String invitee, @RequestParam(defaultValue = "RESPONDER") StaffRole role,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			invitations.invite(me.id(), slug, invitee, role);
			redirect.addFlashAttribute("flash", "flash.invitation-sent");
			return "redirect:/o/" + slug + "/staff";
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("organisation", organisations.bySlug(slug));
			model.addAttribute("staff", organisations.staff(slug));
			model.addAttribute("pending", invitations.pendingOf(me.id(), slug));
			model.addAttribute("roles", StaffRole.values());
			model.addAttribute("invitee", invitee);
			model.addAttribute("role", role);
			model.addAttribute("errors", invalid.errors().all());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return STAFF;
		}
	}

	@PostMapping("/o/{slug}/staff/{handle}/remove")
	String dismiss(@PathVariable String slug, @PathVariable String handle, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		try {
			invitations.dismiss(me.id(), slug, handle);
			redirect.addFlashAttribute("flash", "flash.staff-removed");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flash", refused.code());
		}
		return "redirect:/o/" + slug + "/staff";
	}

	@PostMapping("/o/{slug}/invitations/{id}/revoke")
	String revoke(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			RedirectAttributes redirect) {
		invitations.revoke(me.id(), id);
		redirect.addFlashAttribute("flash", "flash.invitation-revoked");
		return "redirect:/o/" + slug + "/staff";
	}

	@GetMapping("/invitations")
	String myInvitations(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("invitations", invitations.pendingFor(me.id()));
		model.addAttribute("memberships", organisations.of(me.id()));
		return INVITATIONS;
	}

	@PostMapping("/invitations/{id}/accept")
	String accept(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		invitations.accept(me.id(), id);
		redirect.addFlashAttribute("flash", "flash.invitation-accepted");
		return "redirect:/invitations";
	}

	@PostMapping("/invitations/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		invitations.decline(me.id(), id);
		redirect.addFlashAttribute("flash", "flash.invitation-declined");
		return "redirect:/invitations";
	}
}
