package org.cocreate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.cocreate.CocreateApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The {@code prod} profile refuses to start on what a development machine gets for free, and
 * says what to set. The settings are given on the command line, so that whatever the
 * environment of the build holds cannot make the test pass or fail.
 */
class ProductionProfileIT {

	private final Path embeddedDir = Path.of("target", "it-data", "prod-" + UUID.randomUUID(), "postgres").toAbsolutePath();

	private Throwable startProd(String... settings) {
		String[] args = new String[settings.length + 3];
		args[0] = "--server.port=0";
		args[1] = "--cocreate.database.embedded-dir=" + embeddedDir;
		args[2] = "--spring.main.banner-mode=off";
		System.arraycopy(settings, 0, args, 3, settings.length);
		var application = new SpringApplicationBuilder(CocreateApplication.class).profiles("prod");
		Throwable[] failure = new Throwable[1];
		assertThatThrownBy(() -> application.run(args).close()).satisfies(ex -> failure[0] = ex);
		Throwable root = failure[0];
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root;
	}

	@Test
	void refusesTheEmbeddedDatabaseMissingSmtpAndTheDefaultSecretNamingEach() {
		Throwable refusal = startProd("--cocreate.database.url=", "--spring.mail.host=",
				"--cocreate.secret=development-only-secret-change-me");

		assertThat(refusal).isInstanceOf(IllegalStateException.class);
		assertThat(refusal.getMessage()).startsWith("The prod profile refuses to start")
			.contains("COCREATE_DB_URL", "COCREATE_SMTP_HOST", "COCREATE_SECRET");
		// Refused before anything ran: no embedded database was created on the way.
		assertThat(Files.exists(embeddedDir)).isFalse();
	}

	@Test
	void withMailAndASecretItStillRefusesTheEmbeddedDatabaseAlone() {
		Throwable refusal = startProd("--cocreate.database.url=", "--spring.mail.host=smtp.example.org",
				"--cocreate.secret=Zq3v8Kp1Lm5Xr7Tn2Wc9Yb4Hd6Fg0Js!");

		assertThat(refusal.getMessage()).startsWith("The prod profile refuses to start")
			.contains("COCREATE_DB_URL")
			.doesNotContain("COCREATE_SMTP_HOST", "COCREATE_SECRET");
	}
}
