package org.cocreate.security;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.cocreate.TwoNodes;
import org.cocreate.Http;
import org.cocreate.identity.AccessTokens;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 23, items 5 to 7, with two application nodes on one database, as behind a load balancer:
 * failed log-ins for one account and sign-ups from one origin count together whichever node took
 * them, and a password change on one node logs out a session that was used on the other.
 */
@PostgresTest
class SecurityLimitsAcrossNodesIT {

	private static final String PASSWORD = "two nodes one limit";

	private static TwoNodes nodes;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void twoNodesOnOneDatabase() throws IOException {
		nodes = TwoNodes.start("--cocreate.identity.sign-ups-per-origin-per-hour=2");
		nodeA = nodes.a;
		nodeB = nodes.b;
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void failedLogInsForOneAccountCountTogetherOnEveryNode() {
		MemberSummary member = member();
		String email = member.handle() + "@nodes.test";
		for (int i = 0; i < 5; i++) {
			var node = i % 2 == 0 ? nodeA : nodeB;
			var failed = http(node).basic("POST", "/api/v1/tokens", i < 3 ? email : member.handle(), "guess " + i, null);
			assertThat(failed.status()).as("%s", failed).isEqualTo(401);
		}

		for (var node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			var refused = http(node).basic("POST", "/api/v1/tokens", email, PASSWORD, null);
			assertThat(refused.status()).as("%s", refused).isEqualTo(429);
			assertThat(refused.header("Retry-After")).isPresent();
		}
	}

	@Test
	void signUpsFromOneOriginCountTogetherOnEveryNode() {
		assertThat(http(nodeA).api("POST", "/api/v1/members", null, signUp()).status()).isEqualTo(201);
		assertThat(http(nodeB).api("POST", "/api/v1/members", null, signUp()).status()).isEqualTo(201);

		var refused = http(nodeA).api("POST", "/api/v1/members", null, signUp());
		assertThat(refused.status()).as("%s", refused).isEqualTo(429);
		assertThat(refused.json().get("code").asString()).isEqualTo("error.rate-limited");
	}

	@Test
	void aPasswordChangeOnOneNodeLogsOutASessionOfTheOther() {
		MemberSummary member = member();
		String email = member.handle() + "@nodes.test";
		var onB = http(nodeB);
		assertThat(onB.logIn(email, PASSWORD).location()).doesNotContain("/login");
		assertThat(onB.get("/settings/account").status()).isEqualTo(200);
		String token = nodeA.getBean(AccessTokens.class).create(member.id(), "node A").token();

		var changed = http(nodeA).api("PUT", "/api/v1/me/password", token,
				Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);

		var after = onB.get("/settings/account");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.location()).endsWith("/login");
	}

	private static MemberSummary member() {
		String handle = unique();
		return nodeA.getBean(Registration.class)
			.createVerified(new SignUp(handle + "@nodes.test", handle, "Nadia Node", PASSWORD, "en"), false);
	}

	private static Map<String, String> signUp() {
		String handle = unique();
		return Map.of("email", handle + "@nodes.test", "handle", handle, "displayName", "N", "password", PASSWORD, "locale",
				"en");
	}

	private static String unique() {
		return "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}

	private static Http http(ConfigurableApplicationContext node) {
		return new Http(TwoNodes.port(node));
	}
}
