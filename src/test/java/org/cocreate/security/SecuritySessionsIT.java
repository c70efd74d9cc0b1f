package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, item 6: a new password ends what the old one opened. A change on the settings page
 * logs out every other session (on any node: sessions live in PostgreSQL), ends every "remember
 * me" and revokes the API tokens, and keeps the browser that made it; a reset by mailed link ends
 * them all; a change through the API keeps the token of the call and says what it ended.
 */
class SecuritySessionsIT extends AbstractApplicationIT {

	private static final String NEW_PASSWORD = "a brand new and long passphrase";

	@Test
	void aPasswordChangeOnTheSettingsPageLogsOutEverywhereElse() {
		var member = member("chg");
		var here = loggedIn(member);
		var elsewhere = loggedIn(member);
		var remembered = rememberedDevice(member);
		String token = token(member);

		assertThat(here.get("/settings/account").body()).contains(message("settings.password.hint"));
		var changed = here.submit("/settings/account", "/settings/password",
				Map.of("currentPassword", member.password(), "newPassword", NEW_PASSWORD));
		assertThat(changed.status()).as("%s", changed).isEqualTo(302);

		assertThat(here.get("/settings/account").status()).isEqualTo(200);
		assertLoggedOut(elsewhere);
		assertLoggedOut(remembered);
		assertProblem(http().apiGet("/api/v1/me", token), 401);
	}

	@Test
	void aPasswordResetLogsOutEverySessionAndRevokesTheTokens() {
		var member = member("rst");
		var session = loggedIn(member);
		var remembered = rememberedDevice(member);
		String token = token(member);

		var someone = http();
		assertThat(someone.submit("/password/forgot", "/password/forgot", Map.of("email", member.email())).status())
			.isEqualTo(200);
		String link = MAIL.awaitMessageTo(member.email()).link("/password/reset");
		var page = someone.get(link);
		String resetToken = link.replaceFirst(".*token=", "");
		var reset = someone.postForm("/password/reset",
				Map.of("_csrf", page.csrf(), "token", resetToken, "password", NEW_PASSWORD));
		assertThat(reset.status()).as("%s", reset).isEqualTo(302);

		assertLoggedOut(session);
		assertLoggedOut(remembered);
		assertProblem(http().apiGet("/api/v1/me", token), 401);
	}

	@Test
	void aPasswordChangeThroughTheApiKeepsItsTokenAndSaysWhatItEnded() {
		var member = member("apichg");
		var session = loggedIn(member);
		String used = token(member);
		String other = token(member);

		var changed = http().api("PUT", "/api/v1/me/password", used,
				Map.of("currentPassword", member.password(), "newPassword", NEW_PASSWORD));

		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		assertThat(changed.json().get("sessionsEnded").asInt()).isEqualTo(1);
		assertThat(changed.json().get("tokensRevoked").asInt()).isEqualTo(1);
		assertThat(http().apiGet("/api/v1/me", used).status()).isEqualTo(200);
		assertProblem(http().apiGet("/api/v1/me", other), 401);
		assertLoggedOut(session);
	}

	/** A device that logged in with "remember me" and then lost its session: only the cookie is left. */
	private Http rememberedDevice(Member member) {
		var device = http();
		var login = device.submit("/login", "/login",
				Map.of("username", member.email(), "password", member.password(), "remember-me", "true"));
		assertThat(login.status()).isEqualTo(302);
		String cookie = device.cookie("COCREATE_REMEMBER_ME").orElseThrow();
		var remembered = http();
		var page = remembered.get("/settings/account", "Cookie", "COCREATE_REMEMBER_ME=" + cookie);
		assertThat(page.status()).as("remember-me works before the change: %s", page).isEqualTo(200);
		return remembered;
	}

	private static void assertLoggedOut(Http http) {
		var page = http.get("/settings/account");
		assertThat(page.status()).as("%s", page).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}
}
