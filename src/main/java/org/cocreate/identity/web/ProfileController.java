package org.cocreate.identity.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cocreate.identity.Members;
import org.cocreate.identity.Profiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/** Public profiles and the member directory: readable without an account. */
@Controller
class ProfileController {

	static final String PROFILE = "identity/profile";

	static final String DIRECTORY = "identity/members";

	private static final String[] COLOURS = { "#1f6feb", "#8250df", "#bf3989", "#cf222e", "#bc4c00", "#4d2d00", "#1a7f37",
			"#0a3069" };

	private final Members members;

	private final Profiles profiles;

	ProfileController(Members members, Profiles profiles) {
		this.members = members;
		this.profiles = profiles;
	}

	@GetMapping("/@{handle}")
	String profile(@PathVariable String handle, Model model) {
		model.addAttribute("profile", members.profile(handle));
		return PROFILE;
	}

	@GetMapping("/members")
	String directory(@RequestParam(defaultValue = "") String after, @RequestParam(defaultValue = "") String q,
			Model model) {
		if (!q.isBlank()) {
			model.addAttribute("page", new org.cocreate.shared.PageOf<>(members.search(q, 50), null));
		}
		else {
			model.addAttribute("page", members.list(after, 48));
		}
		model.addAttribute("q", q);
		return DIRECTORY;
	}

	/** The member's avatar, or a generated initial in a colour derived from the handle. */
	@GetMapping("/avatars/{handle}")
	ResponseEntity<byte[]> avatar(@PathVariable String handle) {
		var cache = CacheControl.maxAge(Duration.ofDays(30)).cachePublic();
		var stored = profiles.avatar(handle);
		if (stored.isPresent()) {
			return ResponseEntity.ok()
				.cacheControl(cache)
				.contentType(MediaType.parseMediaType(stored.get().contentType()))
				.header("X-Content-Type-Options", "nosniff")
				.body(stored.get().bytes());
		}
		var member = members.byHandle(handle);
		String initial = member.map(m -> m.initial()).orElse("?");
		String colour = COLOURS[Math.floorMod(handle.toLowerCase().hashCode(), COLOURS.length)];
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">\
				<rect width="64" height="64" rx="32" fill="%s"/>\
				<text x="32" y="41" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">%s</text></svg>"""
			.formatted(colour, HtmlUtils.htmlEscape(initial));
		return ResponseEntity.status(member.isPresent() ? 200 : 404)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(svg.getBytes(StandardCharsets.UTF_8));
	}
}
