package org.cocreate.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.cocreate.identity.Account;
import org.cocreate.identity.Accounts;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.identity.Profile;
import org.cocreate.identity.Profiles;
import org.cocreate.identity.Profiles.UpdateProfile;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.identity.Registration.SignUpResult;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members over JSON: sign-up, the caller's own account, public profiles. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Members")
class MemberApiController {

	/** A member as the API shows it publicly. */
	record MemberJson(String handle, String displayName, String profileUrl, String avatarUrl) {

		static MemberJson of(MemberSummary m) {
			return new MemberJson(m.handle(), m.displayName(), m.profilePath(), m.avatarPath());
		}
	}

	record ProfileJson(String handle, String displayName, String bio, String bioHtml, List<String> links,
			String avatarUrl, String memberSince) {

		static ProfileJson of(Profile p) {
			return new ProfileJson(p.member().handle(), p.member().displayName(), p.bio(), p.bioHtml(), p.links(),
					p.member().avatarPath(), p.memberSince().toString());
		}
	}

	record MeJson(long id, String handle, String displayName, String email, boolean emailVerified, String locale,
			String bio, List<String> links, boolean platformAdmin, String avatarUrl) {

		static MeJson of(Account a) {
			return new MeJson(a.member().id(), a.member().handle(), a.member().displayName(), a.email(), a.verified(),
					a.locale(), a.bio(), a.links(), a.platformAdmin(), a.member().avatarPath());
		}
	}

	record SignUpJson(@Nullable String email, @Nullable String handle, @Nullable String displayName,
			@Nullable String password, @Nullable String locale) {
	}

	record ProfileUpdateJson(@Nullable String displayName, @Nullable String bio, @Nullable List<String> links) {
	}

	record PasswordChangeJson(@Nullable String currentPassword, @Nullable String newPassword) {
	}

	record EmailChangeJson(@Nullable String email, @Nullable String currentPassword) {
	}

	record LocaleJson(@Nullable String locale) {
	}

	private final Registration registration;

	private final Members members;

	private final Profiles profiles;

	private final Accounts accounts;

	MemberApiController(Registration registration, Members members, Profiles profiles, Accounts accounts) {
		this.registration = registration;
		this.members = members;
		this.profiles = profiles;
		this.accounts = accounts;
	}

	/** Signs up; the member must follow the mailed link before they can create a token. */
	@PostMapping("/api/v1/members")
	ResponseEntity<MemberJson> signUp(@RequestBody SignUpJson body, HttpServletRequest request,
			HttpServletResponse response) {
		var outcome = registration.signUp(new SignUp(Objects.requireNonNullElse(body.email(), ""), Objects.requireNonNullElse(body.handle(), ""), Objects.requireNonNullElse(body.displayName(), ""),
				Objects.requireNonNullElse(body.password(), ""), body.locale() == null ? "en" : body.locale()), request.getRemoteAddr());
		return switch (outcome) {
			case SignUpResult.SignedUp s -> ResponseEntity.created(URI.create("/api/v1/members/" + s.member().handle()))
				.body(MemberJson.of(s.member()));
			case SignUpResult.Rejected r -> throw new InvalidCommand(r.errors());
			case SignUpResult.Limited l -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(l.retryAfterSeconds()));
				throw new DomainException(DomainException.Kind.TOO_MANY, "error.rate-limited", l.retryAfterSeconds());
			}
		};
	}

	@GetMapping("/api/v1/members")
	PageOf<MemberJson> list(@RequestParam(defaultValue = "") String after, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "") String q) {
		if (!q.isBlank()) {
			return new PageOf<>(members.search(q, size).stream().map(MemberJson::of).toList(), null);
		}
		return members.list(after, size).map(MemberJson::of);
	}

	@GetMapping("/api/v1/members/{handle}")
	ProfileJson profile(@PathVariable String handle) {
		return ProfileJson.of(members.profile(handle));
	}

	@GetMapping("/api/v1/me")
	MeJson me(@AuthenticationPrincipal MemberPrincipal me) {
		return MeJson.of(members.account(me.id()));
	}

	@PatchMapping("/api/v1/me")
	MeJson updateMe(@AuthenticationPrincipal MemberPrincipal me, @RequestBody ProfileUpdateJson body) {
		var current = members.account(me.id());
		profiles.update(me.id(), new UpdateProfile(body.displayName() == null ? current.member().displayName() : body.displayName(),
				body.bio() == null ? current.bio() : body.bio(), body.links() == null ? current.links() : body.links()));
		return MeJson.of(members.account(me.id()));
	}

	@PutMapping(path = "/api/v1/me/avatar", consumes = { "image/png", "image/jpeg", "image/webp", "application/octet-stream" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void avatar(@AuthenticationPrincipal MemberPrincipal me, @RequestBody(required = false) byte @Nullable [] image)
			throws IOException {
		// an empty body is an empty picture, refused with the form's message rather than "Failed to read request"
		profiles.changeAvatar(me.id(), image == null ? new byte[0] : image);
	}

	/** What a password change ended: the member's sessions on pages, and their other API tokens. */
	record PasswordChangedJson(int sessionsEnded, int tokensRevoked) {
	}

	/**
	 * Changes the password. Every session of the member on pages ends, every "remember me", and
	 * every API token but the one of this call; the answer says how many.
	 */
	@PutMapping("/api/v1/me/password")
	PasswordChangedJson password(@AuthenticationPrincipal MemberPrincipal me, @RequestBody PasswordChangeJson body,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? authorization.substring(7).strip() : null;
		var ended = accounts.changePassword(me.id(), Objects.requireNonNullElse(body.currentPassword(), ""), Objects.requireNonNullElse(body.newPassword(), ""), null, token);
		return new PasswordChangedJson(ended.sessions(), ended.tokens());
	}

	@PostMapping("/api/v1/me/email")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void email(@AuthenticationPrincipal MemberPrincipal me, @RequestBody EmailChangeJson body) {
		accounts.requestEmailChange(me.id(), body.email(), body.currentPassword());
	}

	@PutMapping("/api/v1/me/locale")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void locale(@AuthenticationPrincipal MemberPrincipal me, @RequestBody LocaleJson body) {
		accounts.changeLocale(me.id(), Objects.requireNonNullElse(body.locale(), ""));
	}

}
