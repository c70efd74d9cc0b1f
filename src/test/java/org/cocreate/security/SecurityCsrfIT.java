package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: every state-changing page form of access-control.table, sent by a
 * role the table lets through, but with no token, a made-up token, or a genuine token of another
 * session (the attacker's own): 403, and nothing stored changes. The same form with its own
 * token succeeds (SecurityAccessControlIT), so the 403 is the token's doing. Logging in and out
 * are forms too. The API takes no cookies, so a forged cross-site call has nothing to ride on.
 */
class SecurityCsrfIT extends AccessTableTestBase {

	@Test
	void everyStateChangingFormRefusesAMissingOrForgedToken() {
		var world = new World();
		var fingerprint = new DatabaseFingerprint(jdbc);
		var problems = new ArrayList<String>();
		int checked = 0;
		for (AccessTable.Row row : AccessTable.rows()) {
			if (!row.page()) {
				continue;
			}
			// The first role the table lets through (a request that would change something), else the visitor.
			String role = AccessTable.ROLES.stream()
				.filter(r -> {
					var e = row.cells().get(r);
					return !e.notApplicable() && !e.pending() && !e.refusal();
				})
				.findFirst()
				.orElse("anon");
			for (Csrf mode : new Csrf[] { Csrf.MISSING, Csrf.FORGED, Csrf.OTHER_SESSIONS }) {
				var scene = world.scene();
				try {
					String path = scene.fill(row.route());
					String body = scene.fill(row.body());
					var before = fingerprint.take();
					Http.Response response = world.send(role, row, path, body, mode);
					checked++;
					if (response.status() != 403) {
						problems.add(row + " as " + role + " with " + mode + " token: " + response.status());
					}
					var changed = DatabaseFingerprint.changed(before, fingerprint.take());
					if (!changed.isEmpty()) {
						problems.add(row + " as " + role + " with " + mode + " token: changed " + changed);
					}
				}
				finally {
					scene.cleanUp();
				}
			}
		}
		assertThat(checked).isGreaterThan(150);
		assertThat(problems).as("forms that take a forged request").isEmpty();
	}

	@Test
	void logInAndLogOutNeedTheTokenToo() {
		var member = member("csrf_login");
		// Login CSRF: without a token nobody is logged in (into the attacker's account, say).
		var http = http();
		http.get("/login");
		var forgedLogin = http.postForm("/login", Map.of("username", member.email(), "password", member.password()));
		assertThat(forgedLogin.status()).isEqualTo(403);
		assertThat(http.get("/settings/profile").status()).isEqualTo(302);

		var session = loggedIn(member);
		var forgedLogout = session.postForm("/logout", Map.of());
		assertThat(forgedLogout.status()).isEqualTo(403);
		assertThat(session.get("/settings/profile").status()).as("still logged in").isEqualTo(200);
	}

	@Test
	void theApiIgnoresTheSessionCookieSoACrossSiteCallIsAnonymous() {
		var member = member("csrf_api");
		var session = loggedIn(member);
		String cookie = session.cookie("COCREATE_SESSION").orElseThrow();
		// What a forged cross-site fetch with the victim's cookies would send: no bearer token.
		for (var call : Set.of(new String[] { "PATCH", "/api/v1/me" }, new String[] { "POST", "/api/v1/tokens" },
				new String[] { "POST", "/api/v1/organisations" })) {
			var response = http().send(call[0], call[1], "application/json", "{\"displayName\":\"Forged\",\"name\":\"x\"}".getBytes(),
					"Cookie", "COCREATE_SESSION=" + cookie, "Accept", "application/json");
			assertThat(response.status()).as("%s %s with only the session cookie", call[0], call[1]).isEqualTo(401);
		}
		assertThat(http().apiGet("/api/v1/members/" + member.handle(), null).json().get("displayName").asString())
			.isEqualTo(member.displayName());
	}
}
