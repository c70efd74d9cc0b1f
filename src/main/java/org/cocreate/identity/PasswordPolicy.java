package org.cocreate.identity;

import java.util.Locale;
import java.util.Set;
import org.cocreate.shared.Errors;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B asks for length,
 * not character classes), not one of the passwords attackers try first, and not the member's
 * own handle or address.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
			"1234567890", "12345678910", "qwertyuiop", "1q2w3e4r5t", "iloveyou12", "letmein123", "welcome123",
			"passw0rd12", "abcdefghij", "0123456789", "qwerty1234", "administrator", "changeme123", "football12",
			"princess12", "sunshine12", "trustno1234", "cocreate123", "cocreate-demo1");

	private PasswordPolicy() {
	}

	static void check(String field, String password, String email, String handle, Errors errors) {
		if (password == null || password.length() < MIN_LENGTH) {
			errors.reject(field, "error.password.short", MIN_LENGTH);
			return;
		}
		if (password.length() > MAX_LENGTH) {
			errors.reject(field, "error.too-long", MAX_LENGTH);
			return;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		boolean oneCharacter = password.chars().distinct().count() < 4;
		String local = email.contains("@") ? email.toLowerCase(Locale.ROOT).substring(0, email.indexOf('@')) : "";
		boolean personal = handle.length() >= 5 && lower.contains(handle.toLowerCase(Locale.ROOT))
				|| local.length() >= 5 && lower.contains(local);
		if (COMMON.contains(lower) || oneCharacter || personal) {
			errors.reject(field, "error.password.weak");
		}
	}
}
