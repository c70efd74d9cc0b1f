package org.cocreate.spaces.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.spaces.Capabilities;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Spaces, communities, membership and the installed capabilities over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Spaces")
class SpaceApiController {

	record SpaceJson(String slug, String name, String description, String descriptionHtml, String visibility,
			@Nullable String organisation, boolean community, Set<String> capabilities, long members, String createdAt,
			String url) {

		static SpaceJson of(SpaceSummary s) {
			return new SpaceJson(s.slug(), s.name(), s.description(), s.descriptionHtml(), s.visibility().name(),
					s.organisation() == null ? null : s.organisation().slug(), s.community(), s.capabilities(), s.members(),
					s.createdAt().toString(), s.path());
		}
	}

	record SpaceBody(@Nullable String organisation, @Nullable String name, @Nullable String slug,
			@Nullable String description, @Nullable String visibility, @Nullable List<String> capabilities) {

		Visibility visibilityOr(Visibility fallback) {
			if (visibility == null) {
				return fallback;
			}
			try {
				return Visibility.valueOf(visibility.strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidCommand(Errors.of("visibility", "error.visibility.unknown"));
			}
		}
	}

	record CapabilityJson(String id, String name, String description, List<String> actions) {
	}

	private final Spaces spaces;

	private final Capabilities capabilities;

	private final MessageSource messages;

	SpaceApiController(Spaces spaces, Capabilities capabilities, MessageSource messages) {
		this.spaces = spaces;
		this.capabilities = capabilities;
		this.messages = messages;
	}

	@GetMapping("/api/v1/spaces")
	List<SpaceJson> list(@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable Boolean communities,
			@AuthenticationPrincipal @Nullable MemberPrincipal me) {
		Long viewer = me == null ? null : me.id();
		var found = organisation == null ? spaces.listed(viewer, communities, 200) : spaces.ofOrganisation(organisation, viewer);
		return found.stream().map(SpaceJson::of).toList();
	}

	@PostMapping("/api/v1/spaces")
	ResponseEntity<SpaceJson> create(@AuthenticationPrincipal MemberPrincipal me, @RequestBody SpaceBody body) {
		var created = spaces.create(me.id(), new CreateSpace(body.organisation(), body.name() == null ? "" : body.name(),
				body.slug(), body.description() == null ? "" : body.description(), body.visibilityOr(Visibility.PUBLIC),
				body.capabilities() == null ? null : new LinkedHashSet<>(body.capabilities())));
		return ResponseEntity.created(URI.create("/api/v1/spaces/" + created.slug())).body(SpaceJson.of(created));
	}

	@GetMapping("/api/v1/spaces/{slug}")
	SpaceJson one(@PathVariable String slug, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return SpaceJson.of(spaces.bySlug(slug, me == null ? null : me.id()));
	}

	@PatchMapping("/api/v1/spaces/{slug}")
	SpaceJson update(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, @RequestBody SpaceBody body) {
		var current = spaces.bySlug(slug, me.id());
		return SpaceJson.of(spaces.update(me.id(), slug, body.name() == null ? current.name() : body.name(),
				body.description() == null ? current.description() : body.description(),
				body.visibilityOr(current.visibility()),
				body.capabilities() == null ? current.capabilities() : new LinkedHashSet<>(body.capabilities())));
	}

	@PutMapping("/api/v1/spaces/{slug}/membership")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void join(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me) {
		spaces.join(me.id(), slug);
	}

	@DeleteMapping("/api/v1/spaces/{slug}/membership")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leave(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me) {
		spaces.leave(me.id(), slug);
	}

	@GetMapping("/api/v1/capabilities")
	List<CapabilityJson> capabilities() {
		var locale = LocaleContextHolder.getLocale();
		return capabilities.all()
			.stream()
			.map(c -> new CapabilityJson(c.id(), messages.getMessage(c.nameKey(), null, c.id(), locale),
					messages.getMessage(c.descriptionKey(), null, "", locale),
					c.actions().stream().map(a -> messages.getMessage(a, null, a, locale)).toList()))
			.toList();
	}
}
