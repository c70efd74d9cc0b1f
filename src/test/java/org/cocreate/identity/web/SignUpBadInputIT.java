package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign-up with bad input, on the page and through the API: a clear message, a 4xx status, the
 * form keeps what was typed (never the password), and nothing is stored.
 */
class SignUpBadInputIT extends AbstractApplicationIT {

	/** What someone types into the sign-up form or sends to the API. */
	private record Typed(String email, String handle, String displayName, String password) {

		static Typed valid(String prefix) {
			String handle = uniqueHandle(prefix);
			return new Typed(emailOf(handle), handle, "Typed " + handle, "seven green apples in a bowl");
		}

		Typed email(String value) {
			return new Typed(value, handle, displayName, password);
		}

		Typed handle(String value) {
			return new Typed(email, value, displayName, password);
		}

		Typed displayName(String value) {
			return new Typed(email, handle, value, password);
		}

		Typed password(String value) {
			return new Typed(email, handle, displayName, value);
		}

		Map<String, String> form() {
			var form = new LinkedHashMap<String, String>();
			form.put("email", email);
			form.put("handle", handle);
			form.put("displayName", displayName);
			form.put("password", password);
			return form;
		}
	}

	private long membersWithEmail(String email) {
		return count("select count(*) from member where lower(email) = lower(?)", email);
	}

	private long membersWithHandle(String handle) {
		return count("select count(*) from member where lower(handle) = lower(?)", handle);
	}

	private Http.Response apiSignUp(Typed typed) {
		return http().api("POST", "/api/v1/members", null, typed.form());
	}

	private Http.Response pageSignUp(Typed typed) {
		return http().submit("/signup", "/signup", typed.form());
	}

	/** The page answered 400 with the message beside the field and everything typed but the password. */
	private void assertFormRejected(Http.Response page, Typed typed, String code, Object... args) {
		assertThat(page.status()).as("%s", page).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains(message(code, args));
		assertThat(page.body()).contains("value=\"" + HtmlUtils.htmlEscape(typed.email()) + "\"",
				"value=\"" + HtmlUtils.htmlEscape(typed.handle()) + "\"",
				"value=\"" + HtmlUtils.htmlEscape(typed.displayName()) + "\"");
		assertThat(page.body()).doesNotContain(typed.password());
	}

	private void assertNothingStoredFor(Typed typed) {
		assertThat(membersWithHandle(typed.handle())).isZero();
		assertThat(membersWithEmail(typed.email())).isZero();
	}

	// --- duplicate e-mail

	@Test
	void aTakenEmailIsRefusedWhateverItsCase() {
		var existing = member("dup");
		String hashBefore = passwordHash(existing.handle());
		var typed = Typed.valid("dupe").email(existing.email().toUpperCase(Locale.ROOT));

		assertFieldError(apiSignUp(typed), "email", "error.email.taken");
		assertFormRejected(pageSignUp(typed), typed, "error.email.taken");

		assertThat(membersWithEmail(existing.email())).isEqualTo(1);
		assertThat(membersWithHandle(typed.handle())).isZero();
		assertThat(passwordHash(existing.handle())).isEqualTo(hashBefore);
		assertThat(displayName(existing.handle())).isEqualTo(existing.displayName());
	}

	// --- duplicate handle

	@Test
	void aTakenHandleIsRefusedWhateverItsCase() {
		var existing = member("Taken");
		var typed = Typed.valid("x").handle(existing.handle().toUpperCase(Locale.ROOT));

		assertFieldError(apiSignUp(typed), "handle", "error.handle.taken");
		assertFormRejected(pageSignUp(typed), typed, "error.handle.taken");

		assertThat(membersWithHandle(existing.handle())).isEqualTo(1);
		assertThat(membersWithEmail(typed.email())).isZero();
		assertThat(displayName(existing.handle())).isEqualTo(existing.displayName());
	}

	// --- weak password

	@Test
	void aWeakPasswordIsRefused() {
		var typed = Typed.valid("weak").password("password123");

		assertFieldError(apiSignUp(typed), "password", "error.password.weak");
		assertFormRejected(pageSignUp(typed), typed, "error.password.weak");
		assertNothingStoredFor(typed);
	}

	@Test
	void aShortPasswordIsRefused() {
		var typed = Typed.valid("short").password("short1!");

		assertFieldError(apiSignUp(typed), "password", "error.password.short");
		assertFormRejected(pageSignUp(typed), typed, "error.password.short", 10);
		assertNothingStoredFor(typed);
	}

	// --- malformed e-mail

	@Test
	void aMalformedEmailIsRefused() {
		for (String email : new String[] { "not-an-address", "two@@example.org", "space in@example.org", "no-domain@" }) {
			var typed = Typed.valid("mal").email(email);

			assertFieldError(apiSignUp(typed), "email", "error.email.invalid");
			assertFormRejected(pageSignUp(typed), typed, "error.email.invalid");
			assertThat(membersWithHandle(typed.handle())).as(email).isZero();
		}
	}

	// --- over-long fields

	@Test
	void aHandleOfThirtyOneCharactersIsRefused() {
		var typed = Typed.valid("long").handle("h" + "a".repeat(26) + uniqueHandle("").substring(1, 5));
		assertThat(typed.handle()).hasSize(31);

		assertFieldError(apiSignUp(typed), "handle", "error.too-long");
		assertFormRejected(pageSignUp(typed), typed, "error.too-long", 30);
		assertThat(membersWithEmail(typed.email())).isZero();
	}

	@Test
	void aDisplayNameOfEightyOneCharactersIsRefused() {
		var typed = Typed.valid("name").displayName("N".repeat(81));

		assertFieldError(apiSignUp(typed), "displayName", "error.too-long");
		assertFormRejected(pageSignUp(typed), typed, "error.too-long", 80);
		assertNothingStoredFor(typed);
	}

	@Test
	void allProblemsAreReportedAtOnce() {
		var typed = new Typed("nope", "x", "", "short");

		var problem = apiSignUp(typed);

		assertFieldError(problem, "email", "error.email.invalid");
		assertFieldError(problem, "handle", "error.handle.invalid");
		assertFieldError(problem, "displayName", "error.required");
		assertFieldError(problem, "password", "error.password.short");
	}

	// --- CSRF

	@Test
	void aSignUpFormWithoutItsCsrfTokenIsRefused() {
		var typed = Typed.valid("csrf");
		var http = http();
		assertThat(http.get("/signup").status()).isEqualTo(200);

		var response = http.postForm("/signup", typed.form());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).contains(message("error.status.403"));
		assertNothingStoredFor(typed);
	}

	@Test
	void aSignUpFormWithAForgedCsrfTokenIsRefused() {
		var http = http();
		String real = http.get("/signup").csrf();
		// Made up, and the real one tampered with (same length, so it is decoded before it is compared).
		for (String forged : new String[] { "forged-token", real.substring(0, real.length() - 4) + "AbCd",
				real.substring(0, real.length() - 4) + "zzzz" }) {
			var typed = Typed.valid("forged");
			var form = new LinkedHashMap<String, String>();
			form.put("_csrf", forged);
			form.putAll(typed.form());

			var response = http.postForm("/signup", form);

			assertThat(response.status()).as("%s: %s", forged, response).isEqualTo(403);
			assertThat(response.body()).contains(message("error.status.403"));
			assertNothingStoredFor(typed);
		}
	}

	@Test
	void aCsrfTokenFromAnotherSessionIsRefused() {
		var typed = Typed.valid("other");
		String someoneElses = http().get("/signup").csrf();
		var http = http();
		http.get("/signup");
		var form = new LinkedHashMap<String, String>();
		form.put("_csrf", someoneElses);
		form.putAll(typed.form());

		assertThat(http.postForm("/signup", form).status()).isEqualTo(403);
		assertNothingStoredFor(typed);
	}

	@Test
	void theSameFormWithItsTokenSignsUp() {
		var typed = Typed.valid("good");

		var response = pageSignUp(typed);

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(response.body()).contains(message("checkmail.verify", typed.email()));
		assertThat(membersWithHandle(typed.handle())).isEqualTo(1);
		assertThat(MAIL.awaitMessageTo(typed.email()).link("/verify")).startsWith("/verify?token=");
	}

	private String passwordHash(String handle) {
		return jdbc.sql("select password_hash from member where handle = ?").param(handle).query(String.class).single();
	}

	private String displayName(String handle) {
		return jdbc.sql("select display_name from member where handle = ?").param(handle).query(String.class).single();
	}
}
