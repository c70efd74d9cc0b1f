package org.cocreate.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocreate.identity.EmailTokens.Purpose;
import org.cocreate.identity.IdentityEvents.VerificationRequested;
import org.cocreate.shared.Errors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and e-mail verification. */
@Service
public class Registration {

	public static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_]{3,30}");

	static final Set<String> RESERVED_HANDLES = Set.of("admin", "api", "root", "support", "cocreate", "system",
			"moderator", "settings", "login", "logout", "signup", "demo_admin");

	static final Set<String> LOCALES = Set.of("en", "es");

	/** What someone types to become a member. */
	public record SignUp(String email, String handle, String displayName, String password, String locale) {
	}

	public sealed interface SignUpResult {

		record SignedUp(MemberSummary member) implements SignUpResult {
		}

		record Rejected(Errors errors) implements SignUpResult {
		}

		/** The network origin had its sign-ups for now: try again in this many seconds. */
		record Limited(long retryAfterSeconds) implements SignUpResult {
		}
	}

	private final MemberRepository members;

	private final PasswordEncoder passwords;

	private final EmailTokens tokens;

	private final ApplicationEventPublisher events;

	private final IdentitySettings settings;

	private final IdentityLimits limits;

	Registration(MemberRepository members, PasswordEncoder passwords, EmailTokens tokens, ApplicationEventPublisher events,
			IdentitySettings settings, IdentityLimits limits) {
		this.members = members;
		this.passwords = passwords;
		this.tokens = tokens;
		this.events = events;
		this.settings = settings;
		this.limits = limits;
	}

	/**
	 * Signs up someone from a network origin. Only sign-ups that would be accepted count against
	 * the origin's hourly allowance, so that typing mistakes cost nothing.
	 */
	@Transactional
	public SignUpResult signUp(SignUp command, String origin) {
		Errors errors = validate(command);
		if (!errors.isEmpty()) {
			return new SignUpResult.Rejected(errors);
		}
		var wait = limits.signUp(origin);
		if (wait.isPresent()) {
			return new SignUpResult.Limited(wait.getAsLong());
		}
		String locale = LOCALES.contains(command.locale()) ? command.locale() : "en";
		Member member;
		try {
			member = members.save(Member.signUp(command.email(), command.handle(), command.displayName(),
					passwords.encode(command.password()), locale));
		}
		catch (DuplicateKeyException raced) {
			// Two sign-ups with the same address or handle at once: the unique index decided.
			return new SignUpResult.Rejected(Errors.of("email", "error.email.taken"));
		}
		requestVerification(member);
		return new SignUpResult.SignedUp(Members.summary(member));
	}

	/**
	 * Creates an already verified member without mailing anyone: for trusted set-up only (the
	 * demo data and first administrator), never reachable from a page or the API.
	 */
	@Transactional
	public MemberSummary createVerified(SignUp command, boolean platformAdmin) {
		Errors errors = validate(command);
		if (!errors.isEmpty()) {
			throw new org.cocreate.shared.InvalidCommand(errors);
		}
		Member member = Member.signUp(command.email(), command.handle(), command.displayName(),
				passwords.encode(command.password()), LOCALES.contains(command.locale()) ? command.locale() : "en");
		member.verifyEmail();
		if (platformAdmin) {
			member.grantPlatformAdmin();
		}
		return Members.summary(members.save(member));
	}

	/** Sends a fresh verification link, if the address belongs to an unverified member. */
	@Transactional
	public void resendVerification(String email) {
		members.findByEmail(email == null ? "" : email.strip()).filter(m -> !m.verified()).ifPresent(this::requestVerification);
	}

	/** Spends a verification link; true when the address is now verified. */
	@Transactional
	public boolean verify(String token) {
		return tokens.redeem(token, Purpose.VERIFY_EMAIL).flatMap(r -> members.findById(r.memberId())).map(member -> {
			member.verifyEmail();
			members.save(member);
			return true;
		}).orElse(false);
	}

	private void requestVerification(Member member) {
		String token = tokens.issue(member.id(), Purpose.VERIFY_EMAIL, member.email(),
				Duration.ofHours(settings.verificationLinkHours()));
		events.publishEvent(new VerificationRequested(member.id(), member.email(), token, member.locale()));
	}

	Errors validate(SignUp c) {
		var errors = Errors.none();
		String email = c.email() == null ? "" : c.email().strip();
		String handle = c.handle() == null ? "" : c.handle().strip();
		if (email.isEmpty()) {
			errors.reject("email", "error.required");
		}
		else if (email.length() > EmailAddresses.MAX_LENGTH) {
			errors.reject("email", "error.too-long", EmailAddresses.MAX_LENGTH);
		}
		else if (!EmailAddresses.valid(email)) {
			errors.reject("email", "error.email.invalid");
		}
		else if (members.emailTaken(email)) {
			errors.reject("email", "error.email.taken");
		}
		if (handle.isEmpty()) {
			errors.reject("handle", "error.required");
		}
		else if (handle.length() > 30) {
			errors.reject("handle", "error.too-long", 30);
		}
		else if (!HANDLE.matcher(handle).matches()) {
			errors.reject("handle", "error.handle.invalid");
		}
		else if (RESERVED_HANDLES.contains(handle.toLowerCase(Locale.ROOT)) || members.handleTaken(handle)) {
			errors.reject("handle", "error.handle.taken");
		}
		errors.checkLength("displayName", c.displayName(), 1, 80);
		PasswordPolicy.check("password", c.password(), email, handle, errors);
		return errors;
	}
}
