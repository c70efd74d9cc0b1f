package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;

/**
 * After five failed log-ins for an account, further attempts must wait before the password is
 * checked, even with the right one: on the API with 429 and Retry-After, on the page with a
 * redirect that says how long. (Each test uses its own member: counts are per account.)
 * <p>
 * Failures are also counted per network origin; every test client is 127.0.0.1, so the shared
 * test settings raise that limit, and SecurityFloodIT proves it with its own application.
 */
class LoginThrottleIT extends AbstractApplicationIT {

	private static final int ALLOWED = 5;

	@Test
	void apiBasicIsThrottledWith429AndRetryAfter() {
		var member = member("thr");
		var http = http();
		for (int i = 0; i < ALLOWED; i++) {
			assertProblem(http.basic("POST", "/api/v1/tokens", member.email(), "wrong password " + i, null), 401);
		}

		var throttled = http.basic("POST", "/api/v1/tokens", member.email(), member.password(), null);

		assertProblem(throttled, 429);
		assertThat(throttled.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
		assertThat(count("select count(*) from access_token where member_id = ?", member.id())).isZero();
	}

	@Test
	void fewerFailuresThanTheLimitDoNotLockAnyoneOut() {
		var member = member("ok");
		var http = http();
		for (int i = 0; i < ALLOWED - 1; i++) {
			assertProblem(http.basic("POST", "/api/v1/tokens", member.email(), "wrong password " + i, null), 401);
		}

		assertThat(http.basic("POST", "/api/v1/tokens", member.email(), member.password(), null).status()).isEqualTo(201);
	}

	@Test
	void theLogInPageIsThrottledWithARedirectThatSaysSo() {
		var member = member("thp");
		var http = http();
		for (int i = 0; i < ALLOWED; i++) {
			var failed = http.logIn(member.email(), "wrong password " + i);
			assertThat(failed.status()).isEqualTo(302);
			assertThat(failed.location()).endsWith("/login?error");
		}

		var throttled = http.logIn(member.email(), member.password());

		assertThat(throttled.status()).isEqualTo(302);
		assertThat(throttled.location()).contains("/login?throttled=");
		long seconds = Long.parseLong(throttled.location().replaceFirst(".*throttled=", ""));
		var page = http.get(throttled.location());
		assertThat(page.body()).contains(message("login.throttled", seconds));
		// The address typed is kept in the form.
		assertThat(page.body()).contains("value=\"" + member.email() + "\"");
		// And the right password did not log in.
		var settings = http.get("/settings/profile");
		assertThat(settings.status()).isEqualTo(302);
		assertThat(settings.location()).endsWith("/login");
	}
}
