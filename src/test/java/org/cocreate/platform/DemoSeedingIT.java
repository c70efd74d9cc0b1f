package org.cocreate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cocreate.CocreateApplication;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The first start of the demo: the site answers while the demo data is still being seeded. A
 * visitor then reads that it is on its way (never an unexplained empty site), and readiness stays
 * down until the data is there, so an orchestrator sends nobody before. Polls a real first start
 * (on a fresh embedded folder) from outside, as a visitor and a probe would; the anonymous page
 * cache is off so each look is the page as it is now.
 */
class DemoSeedingIT {

	record Look(int readiness, int status, boolean notice, boolean empty, boolean demoSpaces) {
	}

	@Test
	void whileTheDemoIsSeededPagesSaySoAndReadinessStaysDown() throws Exception {
		int port = freePort();
		Path dir = Path.of("target", "it-data", "demo-" + UUID.randomUUID(), "postgres").toAbsolutePath();
		CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(CocreateApplication.class).run("--server.port=" + port,
					"--cocreate.database.url=", "--cocreate.database.embedded-dir=" + dir, "--cocreate.demo.enabled=true",
					"--spring.mail.host=", "--cocreate.page-cache.enabled=false"));
		List<Look> looks = new ArrayList<>();
		var http = new Http(port);
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		boolean readyAfterStart = false;
		while (System.nanoTime() < deadline && !readyAfterStart) {
			boolean startedBefore = started.isDone();
			if (started.isCompletedExceptionally()) {
				started.join();
			}
			try {
				int readiness = http.apiGet("/actuator/health/readiness", null).status();
				var page = http.get("/spaces", "Accept-Language", "en");
				looks.add(new Look(readiness, page.status(), page.body().contains("The demo data is on its way"),
						page.body().contains("No space to show yet"), page.body().contains("/s/acme-ideas")));
				readyAfterStart = startedBefore && readiness == 200;
			}
			catch (RuntimeException notListeningYet) {
				// the web server is not up yet
			}
			Thread.sleep(150);
		}
		try (var app = started.get(1, TimeUnit.MINUTES)) {
			assertThat(readyAfterStart).as("ready once started").isTrue();
			String notice = HtmlUtils.htmlEscape(app.getMessage("demo.seeding", null, Locale.ENGLISH), "UTF-8");
			assertThat(notice).startsWith("The demo data is on its way");

			List<Look> whileSeeding = looks.stream().filter(l -> l.status() == 200 && !l.demoSpaces()).toList();
			assertThat(whileSeeding).as("the site answered while the demo was seeded: %s", looks).isNotEmpty();
			assertThat(whileSeeding).as("an empty site always says the demo is on its way, and is never ready")
				.allSatisfy(l -> {
					assertThat(l.notice()).isTrue();
					assertThat(l.readiness()).isEqualTo(503);
				});
			assertThat(looks).as("ready means the demo is there").filteredOn(l -> l.readiness() == 200).allSatisfy(l -> {
				assertThat(l.demoSpaces()).isTrue();
				assertThat(l.notice()).isFalse();
			});
			var after = http.get("/spaces", "Accept-Language", "en");
			assertThat(after.body()).contains("/s/acme-ideas").doesNotContain(notice);
			assertThat(http.get("/spaces", "Accept-Language", "es").body()).doesNotContain("en camino");
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
