package org.cocreate.platform;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.cocreate.Http;
import org.cocreate.TwoNodes;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database share log-ins: the session lives in PostgreSQL, so a
 * load balancer may send each request to either node. The database is a PostgreSQL this test
 * starts, or the external one named by {@code COCREATE_DB_URL}.
 */
@PostgresTest
class NodesShareSessionsIT {

	private static final String PASSWORD = "two nodes one session";

	private static TwoNodes nodes;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void twoNodesOnOneDatabase() throws IOException {
		nodes = TwoNodes.start();
		nodeA = nodes.a;
		nodeB = nodes.b;
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
	}

	private static int port(ConfigurableApplicationContext node) {
		return TwoNodes.port(node);
	}

	@Test
	void aLogInOnOneNodeIsALogInOnTheOther() {
		assertThat(port(nodeA)).isNotEqualTo(port(nodeB));
		String handle = "node_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String email = handle + "@it.cocreate.test";
		nodeA.getBean(Registration.class).createVerified(new SignUp(email, handle, "Nora Node", PASSWORD, "en"), false);

		var onA = new Http(port(nodeA));
		var loggedIn = onA.logIn(email, PASSWORD);
		assertThat(loggedIn.status()).as("%s", loggedIn).isEqualTo(302);
		assertThat(loggedIn.location()).doesNotContain("/login");
		String session = "COCREATE_SESSION=" + onA.cookie("COCREATE_SESSION").orElseThrow();

		// The same cookie on node B: the member is logged in there too.
		var onB = new Http(port(nodeB));
		var settings = onB.get("/settings/profile", "Cookie", session);
		assertThat(settings.status()).as("%s", settings).isEqualTo(200);
		assertThat(settings.body()).contains("Nora Node", "value=\"Nora Node\"");

		// Without it node B knows nobody.
		var anonymous = new Http(port(nodeB)).get("/settings/profile");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/login");

		// Logging out on node B logs out on node A as well.
		var loggedOut = onB.postForm("/logout", Map.of("_csrf", settings.csrf()), "Cookie", session);
		assertThat(loggedOut.status()).as("%s", loggedOut).isEqualTo(302);
		assertThat(loggedOut.location()).endsWith("/login?logged-out");
		var afterLogout = onA.get("/settings/profile");
		assertThat(afterLogout.status()).isEqualTo(302);
		assertThat(afterLogout.location()).endsWith("/login");
	}
}
