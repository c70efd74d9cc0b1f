package org.cocreate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocreate.shared.Errors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

	private static Errors check(String password, String email, String handle) {
		var errors = Errors.none();
		PasswordPolicy.check("password", password, email, handle, errors);
		return errors;
	}

	private static String onlyCode(Errors errors) {
		assertThat(errors.all()).hasSize(1);
		assertThat(errors.all().getFirst().field()).isEqualTo("password");
		return errors.all().getFirst().code();
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "Tr0ub4dor&3xyz", "my bike is blue and fast", "ñandú-salta-lejos" })
	void acceptsLongUnguessablePasswords(String password) {
		assertThat(check(password, "ana@example.org", "ana_garcia").isEmpty()).isTrue();
	}

	@Test
	void refusesShortPasswordsSayingHowLongTheyMustBe() {
		var errors = check("abc123xyz", "ana@example.org", "ana_garcia");

		assertThat(onlyCode(errors)).isEqualTo("error.password.short");
		assertThat(errors.all().getFirst().args()).containsExactly(PasswordPolicy.MIN_LENGTH);
		assertThat(check("abc123xyz!", "ana@example.org", "ana_garcia").isEmpty()).isTrue();
	}

	@Test
	void aMissingPasswordIsTooShort() {
		assertThat(onlyCode(check(null, "ana@example.org", "ana_garcia"))).isEqualTo("error.password.short");
	}

	@Test
	void refusesOverLongPasswords() {
		assertThat(check("x1y2z3w4v5".repeat(12) + "abcdefgh", "a@b.org", "someone").isEmpty()).isTrue();
		assertThat(onlyCode(check("x1y2z3w4v5".repeat(13), "a@b.org", "someone"))).isEqualTo("error.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password123", "Password123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa", "abababababab",
			"abcabcabcabc" })
	void refusesCommonAndRepetitivePasswords(String password) {
		assertThat(onlyCode(check(password, "ana@example.org", "ana_garcia"))).isEqualTo("error.password.weak");
	}

	@Test
	void refusesPasswordsContainingTheHandleOrTheAddress() {
		assertThat(onlyCode(check("Ana_Garcia-2024!", "someone@example.org", "ana_garcia"))).isEqualTo("error.password.weak");
		assertThat(onlyCode(check("my-anagarcia-pass", "AnaGarcia@example.org", "zz_top"))).isEqualTo("error.password.weak");
	}

	@Test
	void veryShortHandlesDoNotBanEveryPasswordContainingThem() {
		assertThat(check("annabelle-rides-bikes", "x@example.org", "ann").isEmpty()).isTrue();
	}
}
