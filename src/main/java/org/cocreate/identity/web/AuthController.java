package org.cocreate.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cocreate.identity.Accounts;
import org.cocreate.identity.IdentityLimits;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.identity.Registration.SignUpResult;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up, log-in, e-mail verification and password reset pages. */
@Controller
class AuthController {

	static final String SIGNUP = "identity/signup";

	static final String LOGIN = "identity/login";

	static final String CHECK_MAIL = "identity/check-mail";

	static final String VERIFY_FAILED = "identity/verify-failed";

	static final String FORGOT = "identity/forgot";

	static final String RESET = "identity/reset";

	/** The sign-up form as typed. */
	static final class SignUpForm {

		private String email = "";

		private String handle = "";

		private String displayName = "";

		private String password = "";

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getHandle() {
			return handle;
		}

		public void setHandle(String handle) {
			this.handle = handle;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}
	}

	private final Registration registration;

	private final Accounts accounts;

	private final IdentityLimits limits;

	AuthController(Registration registration, Accounts accounts, IdentityLimits limits) {
		this.registration = registration;
		this.accounts = accounts;
		this.limits = limits;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm());
		return SIGNUP;
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("form") SignUpForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var outcome = registration.signUp(new SignUp(form.getEmail(), form.getHandle(), form.getDisplayName(),
				form.getPassword(), LocaleContextHolder.getLocale().getLanguage()), request.getRemoteAddr());
		return switch (outcome) {
			case SignUpResult.SignedUp signedUp -> {
				model.addAttribute("email", form.getEmail().strip());
				yield CHECK_MAIL;
			}
			case SignUpResult.Rejected rejected -> {
				FormErrors.copy(rejected.errors(), result);
				form.setPassword("");
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				yield SIGNUP;
			}
			case SignUpResult.Limited limited -> {
				result.reject("error.rate-limited", new Object[] { limited.retryAfterSeconds() }, null);
				form.setPassword("");
				tooMany(response, limited.retryAfterSeconds());
				yield SIGNUP;
			}
		};
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object username = session == null ? null : session.getAttribute("cocreate.login.username");
		model.addAttribute("username", username == null ? "" : username.toString());
		return LOGIN;
	}

	@GetMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		if (registration.verify(token)) {
			redirect.addFlashAttribute("flash", "flash.verified");
			return "redirect:/login";
		}
		// Expired, used or made-up: 410 tells clients the link itself is gone.
		response.setStatus(410);
		return VERIFY_FAILED;
	}

	@PostMapping("/verify/resend")
	String resend(@RequestParam(defaultValue = "") String email, Model model) {
		registration.resendVerification(email);
		model.addAttribute("email", email.strip());
		return CHECK_MAIL;
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return FORGOT;
	}

	/** A refused form answers 429 with Retry-After, like every limit of the site, and says it on the page. */
	private static void tooMany(HttpServletResponse response, long seconds) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

	/**
	 * Mails a reset link. Requests are limited per account, and an address without an account is
	 * limited the same way: the answer never tells whether the address has an account.
	 */
	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
		var wait = limits.passwordReset(email);
		if (wait.isPresent()) {
			model.addAttribute("email", email.strip());
			model.addAttribute("errors", Errors.of("email", "error.rate-limited", wait.getAsLong()).all());
			tooMany(response, wait.getAsLong());
			return FORGOT;
		}
		accounts.requestPasswordReset(email);
		model.addAttribute("email", email.strip());
		model.addAttribute("reset", true);
		return CHECK_MAIL;
	}

	/** The mailed unlock link: lifts the wait on the account's log-ins, for this browser. */
	@GetMapping("/password/unlock")
	String unlock(@RequestParam(defaultValue = "") String token, HttpServletRequest request, RedirectAttributes redirect) {
		var member = accounts.unlockLogIn(token);
		if (member.isEmpty()) {
			redirect.addFlashAttribute("flash", "flash.link-invalid");
			return "redirect:/login";
		}
		request.getSession().setAttribute(Accounts.LOGIN_UNLOCKED, member.get());
		redirect.addFlashAttribute("flash", "login.unlocked");
		return "redirect:/login";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return RESET;
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			accounts.resetPassword(token, password);
			redirect.addFlashAttribute("flash", "flash.password-reset");
			return "redirect:/login";
		}
		catch (InvalidCommand invalid) {
			model.addAttribute("token", token);
			model.addAttribute("errors", invalid.errors().all());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return RESET;
		}
	}
}
