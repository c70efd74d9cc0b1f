package org.cocreate.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cocreate.identity.AccessTokens;
import org.cocreate.identity.Accounts;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.identity.Members;
import org.cocreate.identity.Profiles;
import org.cocreate.identity.Profiles.UpdateProfile;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.InvalidCommand;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in member's settings: profile, avatar, e-mail, password, language, API tokens. */
@Controller
class SettingsController {

	static final String PROFILE = "identity/settings-profile";

	static final String ACCOUNT = "identity/settings-account";

	static final String TOKENS = "identity/settings-tokens";

	private final Members members;

	private final Profiles profiles;

	private final Accounts accounts;

	private final AccessTokens tokens;

	private final LocaleResolver locales;

	SettingsController(Members members, Profiles profiles, Accounts accounts, AccessTokens tokens, LocaleResolver locales) {
		this.members = members;
		this.profiles = profiles;
		this.accounts = accounts;
		this.tokens = tokens;
		this.locales = locales;
	}

	@GetMapping("/settings")
	String settings() {
		return "redirect:/settings/profile";
	}

	@GetMapping("/settings/profile")
	String profile(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		var account = members.account(me.id());
		model.addAttribute("account", account);
		model.addAttribute("displayName", account.member().displayName());
		model.addAttribute("bio", account.bio());
		model.addAttribute("links", String.join("\n", account.links()));
		return PROFILE;
	}

	/** A form shown again with its errors answers 400, so that nothing mistakes it for a success. */
	private static void badRequest(HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
	}

	@PostMapping("/settings/profile")
	String updateProfile(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String bio, @RequestParam(defaultValue = "") String links, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			profiles.update(me.id(), new UpdateProfile(displayName, bio, lines(links)));
			redirect.addFlashAttribute("flash", "flash.profile-saved");
			return "redirect:/settings/profile";
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("account", members.account(me.id()));
			model.addAttribute("displayName", displayName);
			model.addAttribute("bio", bio);
			model.addAttribute("links", links);
			model.addAttribute("errors", invalid.errors().all());
			badRequest(response);
			return PROFILE;
		}
	}

	@PostMapping("/settings/avatar")
	String avatar(@AuthenticationPrincipal MemberPrincipal me, @RequestParam("avatar") MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			profiles.changeAvatar(me.id(), file.getBytes());
			redirect.addFlashAttribute("flash", "flash.avatar-saved");
			return "redirect:/settings/profile";
		}
		catch (InvalidCommand invalid) {
			// Shown on the page itself: the errors are no flash attribute, which the session in the database could not store.
			model.addAttribute("avatarErrors", invalid.errors().all());
			badRequest(response);
			return profile(me, model);
		}
	}

	@PostMapping("/settings/avatar/remove")
	String removeAvatar(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
		profiles.removeAvatar(me.id());
		redirect.addFlashAttribute("flash", "flash.avatar-removed");
		return "redirect:/settings/profile";
	}

	@GetMapping("/settings/account")
	String account(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("account", members.account(me.id()));
		return ACCOUNT;
	}

	@PostMapping("/settings/email")
	String changeEmail(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String currentPassword, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			accounts.requestEmailChange(me.id(), email, currentPassword);
			redirect.addFlashAttribute("flash", "flash.email-change-sent");
			return "redirect:/settings/account";
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("account", members.account(me.id()));
			model.addAttribute("newEmail", email);
			model.addAttribute("emailErrors", invalid.errors().all());
			badRequest(response);
			return ACCOUNT;
		}
	}

	@GetMapping("/settings/email/confirm")
	String confirmEmail(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", accounts.confirmEmailChange(token) ? "flash.email-changed" : "flash.link-invalid");
		return "redirect:/login";
	}

	@PostMapping("/settings/password")
	String changePassword(@AuthenticationPrincipal MemberPrincipal me,
			@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		try {
			// this browser stays logged in; every other session, remember-me and API token ends
			accounts.changePassword(me.id(), currentPassword, newPassword, request.getSession().getId(), null);
			redirect.addFlashAttribute("flash", "flash.password-changed");
			return "redirect:/settings/account";
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("account", members.account(me.id()));
			model.addAttribute("passwordErrors", invalid.errors().all());
			badRequest(response);
			return ACCOUNT;
		}
	}

	@PostMapping("/settings/locale")
	String changeLocale(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "en") String locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		accounts.changeLocale(me.id(), locale);
		locales.setLocale(request, response, Locale.forLanguageTag(locale));
		redirect.addFlashAttribute("flash", "flash.locale-saved");
		return "redirect:/settings/account";
	}

	@GetMapping("/settings/tokens")
	String tokens(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("tokens", tokens.list(me.id()));
		return TOKENS;
	}

	@PostMapping("/settings/tokens")
	String createToken(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "") String name,
			Model model, HttpServletResponse response) {
		try {
			model.addAttribute("created", tokens.create(me.id(), name));
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("name", name);
			model.addAttribute("errors", invalid.errors().all());
			badRequest(response);
		}
		model.addAttribute("tokens", tokens.list(me.id()));
		return TOKENS;
	}

	@PostMapping("/settings/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			tokens.revoke(me.id(), id);
			redirect.addFlashAttribute("flash", "flash.token-revoked");
		}
		catch (DomainException notYours) {
			redirect.addFlashAttribute("flash", notYours.code());
		}
		return "redirect:/settings/tokens";
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
