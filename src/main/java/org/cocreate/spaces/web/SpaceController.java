package org.cocreate.spaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.organisations.Organisations;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.Capabilities;
import org.cocreate.spaces.Capability;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
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

/** Space and community pages: directory, creation, the space page, joining and leaving. */
@Controller
class SpaceController {

	static final String LIST = "spaces/list";

	static final String FORM = "spaces/form";

	static final String PAGE = "spaces/page";

	static final String OF_ORGANISATION = "spaces/of-organisation :: list";

	private final Spaces spaces;

	private final Organisations organisations;

	private final Capabilities capabilities;

	SpaceController(Spaces spaces, Organisations organisations, Capabilities capabilities) {
		this.spaces = spaces;
		this.organisations = organisations;
		this.capabilities = capabilities;
	}

	@GetMapping("/spaces")
	String list(@RequestParam(required = false) @Nullable Boolean communities,
			@AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		model.addAttribute("spaces", spaces.listed(me == null ? null : me.id(), communities, 200));
		model.addAttribute("communities", communities);
		return LIST;
	}

	@GetMapping("/spaces/of/{organisation}")
	String ofOrganisation(@PathVariable String organisation, @AuthenticationPrincipal @Nullable MemberPrincipal me,
			Model model) {
		model.addAttribute("spaces", spaces.ofOrganisation(organisation, me == null ? null : me.id()));
		return OF_ORGANISATION;
	}

	@GetMapping("/o/{organisation}/spaces/new")
	String newHosted(@PathVariable String organisation, Model model) {
		model.addAttribute("organisation", organisations.bySlug(organisation));
		return form(model, new CreateSpace(organisation, "", "", "", Visibility.PUBLIC, null), null);
	}

	@GetMapping("/communities/new")
	String newCommunity(Model model) {
		return form(model, new CreateSpace(null, "", "", "", Visibility.PUBLIC, null), null);
	}

	@PostMapping({ "/o/{organisation}/spaces", "/communities" })
	String create(@PathVariable(required = false) @Nullable String organisation,
			@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "PUBLIC") Visibility visibility,
			@RequestParam(name = "capabilities", required = false) @Nullable List<String> switchedOn, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var command = new CreateSpace(organisation, name, slug, description, visibility,
				switchedOn == null ? Set.of() : new LinkedHashSet<>(switchedOn));
		try {
			SpaceSummary created = spaces.create(me.id(), command);
			redirect.addFlashAttribute("flash", created.community() ? "flash.community-created" : "flash.space-created");
			return "redirect:" + created.path();
		}
		catch (InvalidCommand invalid) {
			if (organisation != null) {
				model.addAttribute("organisation", organisations.bySlug(organisation));
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, command, invalid);
		}
	}

	@GetMapping("/s/{slug}")
	String page(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me, Model model) {
		SpaceSummary space = spaces.bySlug(slug, me == null ? null : me.id());
		model.addAttribute("space", space);
		var installed = capabilities.inSpaces().stream().filter(c -> space.capabilities().contains(c.id())).toList();
		model.addAttribute("installed", installed);
		var stats = new java.util.HashMap<String, org.cocreate.spaces.Capability.Stat>();
		installed.forEach(c -> c.statsFor(space.id()).ifPresent(stat -> stats.put(c.id(), stat)));
		model.addAttribute("stats", stats);
		model.addAttribute("isMember", me != null && spaces.isMember(slug, me.id()));
		model.addAttribute("mayEdit", me != null && spaces.mayEdit(slug, me.id()));
		return PAGE;
	}

	@GetMapping("/s/{slug}/edit")
	String editForm(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, Model model) {
		SpaceSummary space = spaces.bySlug(slug, me.id());
		if (!spaces.mayEdit(slug, me.id())) {
			throw org.cocreate.shared.DomainException.forbidden("error.space.edit-refused");
		}
		model.addAttribute("space", space);
		settingsForms(model, space, null, Map.of(), List.of());
		return form(model, new CreateSpace(space.organisation() == null ? null : space.organisation().slug(), space.name(),
				space.slug(), space.description(), space.visibility(), space.capabilities()), null);
	}

	/** Changes one capability's settings in the space; a refusal shows the edit page again with what was typed. */
	@PostMapping("/s/{slug}/settings/{capability}")
	String changeSettings(@PathVariable String slug, @PathVariable String capability,
			@RequestParam Map<String, String> values, @AuthenticationPrincipal MemberPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		SpaceSummary space = spaces.bySlug(slug, me.id());
		var settings = capabilities.find(capability)
			.filter(c -> space.capabilities().contains(c.id()))
			.flatMap(Capability::settings)
			.orElseThrow(() -> org.cocreate.shared.DomainException.notFound("error.capability.not-found", capability));
		// who may change them is the capability's rule (the ideas promise: the space's moderators)
		try {
			settings.change(me.id(), slug, values);
			redirect.addFlashAttribute("flash", "flash.space-saved");
			return "redirect:/s/" + slug + (spaces.mayEdit(slug, me.id()) ? "/edit" : "");
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("space", space);
			settingsForms(model, space, capability, values, invalid.errors().all());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, new CreateSpace(space.organisation() == null ? null : space.organisation().slug(), space.name(),
					space.slug(), space.description(), space.visibility(), space.capabilities()), null);
		}
	}

	private void settingsForms(Model model, SpaceSummary space, @Nullable String refused, Map<String, String> typed,
			List<org.cocreate.shared.Errors.Error> errors) {
		var installed = capabilities.inSpaces().stream().filter(c -> space.capabilities().contains(c.id())).toList();
		model.addAttribute("settingsForms", CapabilitySettingsForms.of(installed, space, refused, typed, errors));
	}

	@PostMapping("/s/{slug}/edit")
	String edit(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "PUBLIC") Visibility visibility,
			@RequestParam(name = "capabilities", required = false) @Nullable List<String> switchedOn, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Set<String> chosen = switchedOn == null ? Set.of() : new LinkedHashSet<>(switchedOn);
		try {
			spaces.update(me.id(), slug, name, description, visibility, chosen);
			redirect.addFlashAttribute("flash", "flash.space-saved");
			return "redirect:/s/" + slug;
		}
		catch (InvalidCommand invalid) {
			SpaceSummary space = spaces.bySlug(slug, me.id());
			model.addAttribute("space", space);
			settingsForms(model, space, null, Map.of(), List.of());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, new CreateSpace(space.organisation() == null ? null : space.organisation().slug(), name, slug,
					description, visibility, chosen), invalid);
		}
	}

	@PostMapping("/s/{slug}/join")
	String join(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		spaces.join(me.id(), slug);
		redirect.addFlashAttribute("flash", "flash.space-joined");
		return "redirect:/s/" + slug;
	}

	@PostMapping("/s/{slug}/leave")
	String leave(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		spaces.leave(me.id(), slug);
		redirect.addFlashAttribute("flash", "flash.space-left");
		return "redirect:/s/" + slug;
	}

	private String form(Model model, CreateSpace command, @Nullable InvalidCommand invalid) {
		model.addAttribute("form", command);
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("capabilities", capabilities.inSpaces());
		if (invalid != null) {
			model.addAttribute("errors", invalid.errors().all());
		}
		return FORM;
	}
}
