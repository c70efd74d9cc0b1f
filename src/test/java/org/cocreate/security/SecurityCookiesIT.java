package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.CocreateApplication;
import org.cocreate.Http;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every cookie Cocreate sets — the session, remember-me, the language — is {@code HttpOnly} and
 * {@code SameSite=Lax}, and in the {@code prod} profile also {@code Secure}. The prod test starts
 * a second application with the prod profile on a PostgreSQL of its own (prod refuses the
 * embedded one, as ProductionProfileIT shows) and goes through the same steps.
 */
class SecurityCookiesIT extends AbstractApplicationIT {

	@Test
	void everyCookieIsHttpOnlyAndSameSiteLax() {
		var member = member("cookies");
		var cookies = collectCookies(URI.create("http://localhost:" + port), member.email(), member.password());
		assertThat(cookies).extracting(c -> c.substring(0, c.indexOf('=')))
			.contains("COCREATE_SESSION", "COCREATE_REMEMBER_ME", "COCREATE_LOCALE");
		assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax")
			.doesNotContainIgnoringCase("; Secure"));
	}

	@Test
	void inProductionEveryCookieIsSecureToo() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "it-data", "prod-cookies-" + UUID.randomUUID()).toAbsolutePath());
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
			.setOverrideWorkingDirectory(Files.createDirectories(dir.resolve("binaries")).toFile())
			.start();
				ConfigurableApplicationContext prod = new SpringApplicationBuilder(CocreateApplication.class).profiles("prod")
					.run("--server.port=0", "--spring.main.banner-mode=off",
							"--cocreate.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
							"--cocreate.database.username=postgres", "--cocreate.database.password=",
							"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MAIL.port(),
							"--spring.mail.properties.mail.smtp.starttls.enable=false",
							"--cocreate.secret=" + UUID.randomUUID() + UUID.randomUUID())) {
			String handle = uniqueHandle("prod_cookies");
			prod.getBean(Registration.class).createVerified(new SignUp(emailOf(handle), handle, "Prod " + handle, PASSWORD, "en"), false);
			int prodPort = Integer.parseInt(prod.getEnvironment().getProperty("local.server.port"));

			var cookies = collectCookies(URI.create("http://localhost:" + prodPort), emailOf(handle), PASSWORD);

			assertThat(cookies).extracting(c -> c.substring(0, c.indexOf('=')))
				.contains("COCREATE_SESSION", "COCREATE_REMEMBER_ME", "COCREATE_LOCALE");
			assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("; SameSite=Lax")
				.containsIgnoringCase("; Secure"));
		}
	}

	/**
	 * A visit, a log-in with "remember me", a change of language: every Set-Cookie on the way. The
	 * cookies are carried by hand, since a client does not send Secure cookies over plain HTTP.
	 */
	private static List<String> collectCookies(URI base, String email, String password) {
		var http = new Http(base);
		var setCookies = new ArrayList<String>();
		var jar = new LinkedHashMap<String, String>();
		var login = http.get("/login");
		assertThat(login.status()).isEqualTo(200);
		keep(login, setCookies, jar);
		var loggedIn = http.postForm("/login", Map.of("_csrf", login.csrf(), "username", email, "password", password, "remember-me", "on"),
				"Cookie", cookieHeader(jar));
		assertThat(loggedIn.status()).as("log-in: %s", loggedIn).isEqualTo(302);
		assertThat(loggedIn.location()).doesNotContain("/login");
		keep(loggedIn, setCookies, jar);
		var spanish = http.get("/spaces?lang=es", "Cookie", cookieHeader(jar));
		assertThat(spanish.status()).isEqualTo(200);
		keep(spanish, setCookies, jar);
		return setCookies.stream().filter(c -> !c.contains("Max-Age=0")).toList();
	}

	private static void keep(Http.Response response, List<String> setCookies, Map<String, String> jar) {
		for (String cookie : response.headers("Set-Cookie")) {
			setCookies.add(cookie);
			String pair = cookie.split(";", 2)[0];
			jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
	}

	private static String cookieHeader(Map<String, String> jar) {
		return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
	}
}
