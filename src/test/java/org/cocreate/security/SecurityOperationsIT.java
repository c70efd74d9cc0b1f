package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.cocreate.CocreateApplication;
import org.cocreate.Http;
import org.cocreate.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What operators expose: the development mailbox (everyone's verification and reset links) opens
 * only to this machine, and the metrics only to a scraper with the token in prod. Each test runs
 * the application as it is deployed in that mode — no SMTP on the embedded database; the prod
 * profile on an external server — behind a proxy on this machine that forwards the visitor's
 * address ({@code X-Forwarded-For}, honoured from loopback as {@code server.forward-headers-strategy=native} does).
 */
class SecurityOperationsIT {

	private static final String REMOTE = "203.0.113.7";

	@Test
	void theDevelopmentMailboxOpensOnlyFromThisMachine() {
		Path dir = Path.of("target", "it-data", "mailbox-" + UUID.randomUUID(), "postgres").toAbsolutePath();
		try (var app = new SpringApplicationBuilder(CocreateApplication.class).run("--server.port=0", "--cocreate.database.url=",
				"--cocreate.database.embedded-dir=" + dir, "--cocreate.demo.enabled=false", "--spring.mail.host=",
				"--server.forward-headers-strategy=native")) {
			var http = new Http(port(app));
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			String handle = "box_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			var signUp = http.api("POST", "/api/v1/members", null, Map.of("email", handle + "@it.cocreate.test", "handle", handle,
					"displayName", "Mailbox " + handle, "password", "a long and quiet river", "locale", "en"));
			assertThat(signUp.status()).as("%s", signUp).isEqualTo(201);
			await().atMost(Duration.ofSeconds(20)).until(() -> mails(jdbc) > 0);
			long kept = mails(jdbc);

			// from this machine: the page, its links, and what it says about itself
			var local = http.get("/dev/mailbox");
			assertThat(local.status()).isEqualTo(200);
			assertThat(local.body()).contains(handle + "@it.cocreate.test", "/verify?", "only from this computer");
			var spanish = http.get("/dev/mailbox", "Accept-Language", "es");
			assertThat(spanish.body()).contains("solo se abre desde este ordenador");

			// from elsewhere: anonymous visitors are sent to log in, members get a 404; no link either way
			var remote = new Http(port(app));
			var anonymous = remote.get("/dev/mailbox", "X-Forwarded-For", REMOTE);
			assertThat(anonymous.status()).isEqualTo(302);
			assertThat(anonymous.location()).endsWith("/login");
			var member = new Http(port(app));
			jdbc.sql("update member set email_verified_at = now() where handle = ?").param(handle).update();
			var loggedIn = member.submit("/login", "/login", Map.of("username", handle + "@it.cocreate.test", "password",
					"a long and quiet river"));
			assertThat(loggedIn.status()).as("%s", loggedIn).isEqualTo(302);
			var asMember = member.get("/dev/mailbox", "X-Forwarded-For", REMOTE);
			assertThat(asMember.status()).isEqualTo(404);
			assertThat(asMember.body()).doesNotContain("/verify?");

			// nor can anyone elsewhere empty it
			String token = remote.get("/login").csrf();
			var clear = remote.postForm("/dev/mailbox/clear", Map.of("_csrf", token), "X-Forwarded-For", REMOTE);
			assertThat(clear.status()).isIn(302, 403);
			String memberToken = member.get("/settings/profile").csrf();
			assertThat(member.postForm("/dev/mailbox/clear", Map.of("_csrf", memberToken), "X-Forwarded-For", REMOTE).status())
				.isEqualTo(404);
			assertThat(mails(jdbc)).isEqualTo(kept);

			// from this machine it can
			String localToken = http.get("/dev/mailbox").csrf();
			assertThat(http.postForm("/dev/mailbox/clear", Map.of("_csrf", localToken)).status()).isEqualTo(302);
			assertThat(mails(jdbc)).isZero();
		}
	}

	@Test
	void inProdTheMetricsAnswerOnlyTheScraperWithTheToken() throws Exception {
		String token = UUID.randomUUID() + "-" + UUID.randomUUID();
		try (var postgres = EmbeddedPostgres.builder().start();
				var app = new SpringApplicationBuilder(CocreateApplication.class).profiles("prod")
					.run("--server.port=0", "--cocreate.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
							"--cocreate.database.username=postgres", "--cocreate.database.password=",
							"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.shared().port(),
							"--cocreate.secret=" + UUID.randomUUID() + UUID.randomUUID(), "--cocreate.metrics.token=" + token)) {
			var http = new Http(port(app));
			assertThat(http.get("/members").status()).isEqualTo(200);

			for (String[] headers : new String[][] { {}, { "Authorization", "Bearer wrong" },
					{ "Authorization", "Bearer " + token + "x" }, { "Authorization", token } }) {
				var refused = new Http(port(app)).get("/actuator/prometheus", headers);
				assertThat(refused.status()).as("%s", String.join(" ", headers)).isIn(302, 401, 403, 404);
				assertThat(refused.body()).doesNotContain("jvm_memory_used_bytes");
			}
			var scraped = new Http(port(app)).get("/actuator/prometheus", "Authorization", "Bearer " + token, "Accept", "text/plain");
			assertThat(scraped.status()).isEqualTo(200);
			assertThat(scraped.body()).contains("# TYPE jvm_memory_used_bytes gauge", "http_server_requests_seconds_count");

			// the probes stay open to the orchestrator, and there is no development mailbox
			assertThat(http.apiGet("/actuator/health/readiness", null).status()).isEqualTo(200);
			assertThat(http.get("/dev/mailbox").status()).isIn(302, 404);
		}
	}

	private static long mails(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from dev_mail").query(Long.class).single();
	}

	private static int port(ConfigurableApplicationContext app) {
		return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}
}
