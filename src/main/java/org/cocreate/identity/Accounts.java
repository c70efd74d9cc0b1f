package org.cocreate.identity;

import java.time.Duration;
import java.util.Optional;
import org.cocreate.identity.EmailTokens.Purpose;
import org.cocreate.identity.IdentityEvents.EmailChangeRequested;
import org.cocreate.identity.IdentityEvents.PasswordResetRequested;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's account settings: password reset and change, change of e-mail (re-verified), locale.
 * A new password ends what the old one opened: every other session (on every node: they are kept
 * in PostgreSQL), every "remember me" and every API token.
 */
@Service
public class Accounts {

	/** The session attribute naming the member whose mailed unlock link this browser followed. */
	public static final String LOGIN_UNLOCKED = "cocreate.login.unlocked";

	/** What a new password ended: other sessions logged out, API tokens revoked. */
	public record LoggedOut(int sessions, int tokens) {
	}

	private final MemberRepository members;

	private final PasswordEncoder passwords;

	private final EmailTokens tokens;

	private final ApplicationEventPublisher events;

	private final IdentitySettings settings;

	private final PersistentTokenRepository rememberMe;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AccessTokens accessTokens;

	private final LoginThrottle throttle;

	Accounts(MemberRepository members, PasswordEncoder passwords, EmailTokens tokens, ApplicationEventPublisher events,
			IdentitySettings settings, PersistentTokenRepository rememberMe,
			FindByIndexNameSessionRepository<? extends Session> sessions, AccessTokens accessTokens, LoginThrottle throttle) {
		this.members = members;
		this.passwords = passwords;
		this.tokens = tokens;
		this.events = events;
		this.settings = settings;
		this.rememberMe = rememberMe;
		this.sessions = sessions;
		this.accessTokens = accessTokens;
		this.throttle = throttle;
	}

	/**
	 * Mails a reset link when the address belongs to a member. Says nothing either way, so the
	 * form cannot be used to find out who has an account.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		members.findByEmail(email == null ? "" : email.strip()).ifPresent(member -> {
			String token = tokens.issue(member.id(), Purpose.RESET_PASSWORD, member.email(),
					Duration.ofMinutes(settings.resetLinkMinutes()));
			events.publishEvent(new PasswordResetRequested(member.id(), member.email(), token, member.locale()));
		});
	}

	/**
	 * Sets a new password from a reset link; the link is spent only when the password is accepted.
	 * Every session of the member ends, and every remember-me and API token.
	 */
	@Transactional
	public LoggedOut resetPassword(String token, String newPassword) {
		var errors = Errors.none();
		PasswordPolicy.check("password", newPassword, "", "", errors);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		var redeemed = tokens.redeem(token, Purpose.RESET_PASSWORD)
			.orElseThrow(() -> new InvalidCommand(Errors.of("token", "error.link.invalid")));
		Member member = members.findById(redeemed.memberId()).orElseThrow();
		member.changePassword(passwords.encode(newPassword));
		// Following a mailed link proves the address, too.
		member.verifyEmail();
		members.save(member);
		return logOutEverywhere(member, null, null);
	}

	/**
	 * Changes the password; every other session ends, and every remember-me and API token. What
	 * the change was made with stays: the browser's session, or the API token of the call.
	 */
	@Transactional
	public LoggedOut changePassword(long memberId, String currentPassword, String newPassword,
			@Nullable String keepSessionId, @Nullable String keepToken) {
		Member member = load(memberId);
		var errors = Errors.none();
		if (currentPassword == null || !passwords.matches(currentPassword, member.passwordHash())) {
			errors.reject("currentPassword", "error.password.wrong");
		}
		PasswordPolicy.check("newPassword", newPassword, member.email(), member.handle(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		member.changePassword(passwords.encode(newPassword));
		members.save(member);
		return logOutEverywhere(member, keepSessionId, keepToken);
	}

	private LoggedOut logOutEverywhere(Member member, @Nullable String keepSessionId, @Nullable String keepToken) {
		rememberMe.removeUserTokens(member.email());
		int ended = 0;
		for (String id : sessions.findByPrincipalName(member.email()).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return new LoggedOut(ended, accessTokens.revokeAll(member.id(), keepToken));
	}

	/**
	 * Follows a mailed unlock link: the account's failed log-ins are forgotten. The member, when the
	 * link was good; the caller lets their browser log in even while others keep failing.
	 */
	public Optional<Long> unlockLogIn(String token) {
		return throttle.unlock(token);
	}

	/** Mails a confirmation link to the new address; the address changes only when it is followed. */
	@Transactional
	public void requestEmailChange(long memberId, String newEmail, String currentPassword) {
		Member member = load(memberId);
		String address = newEmail == null ? "" : newEmail.strip();
		var errors = Errors.none();
		if (currentPassword == null || !passwords.matches(currentPassword, member.passwordHash())) {
			errors.reject("currentPassword", "error.password.wrong");
		}
		if (!EmailAddresses.valid(address)) {
			errors.reject("email", "error.email.invalid");
		}
		else if (members.emailTaken(address)) {
			errors.reject("email", "error.email.taken");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		String token = tokens.issue(member.id(), Purpose.CHANGE_EMAIL, address, Duration.ofHours(settings.verificationLinkHours()));
		events.publishEvent(new EmailChangeRequested(member.id(), address, token, member.locale()));
	}

	/** Follows a change-of-address link: true when the new address is now the member's. */
	@Transactional
	public boolean confirmEmailChange(String token) {
		return tokens.redeem(token, Purpose.CHANGE_EMAIL).map(redeemed -> {
			if (members.emailTaken(redeemed.email())) {
				return false;
			}
			Member member = members.findById(redeemed.memberId()).orElseThrow();
			rememberMe.removeUserTokens(member.email());
			member.changeEmail(redeemed.email());
			members.save(member);
			return true;
		}).orElse(false);
	}

	@Transactional
	public void changeLocale(long memberId, String locale) {
		if (!Registration.LOCALES.contains(locale)) {
			throw new InvalidCommand(Errors.of("locale", "error.locale.unknown"));
		}
		Member member = load(memberId);
		member.changeLocale(locale);
		members.save(member);
	}

	@Transactional
	public void grantPlatformAdmin(long memberId) {
		Member member = load(memberId);
		member.grantPlatformAdmin();
		members.save(member);
	}

	private Member load(long memberId) {
		return members.findById(memberId).orElseThrow(() -> DomainException.notFound("error.member.not-found"));
	}
}
