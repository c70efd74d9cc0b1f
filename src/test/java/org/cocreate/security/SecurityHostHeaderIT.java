package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.shared.SiteSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 23, item 10: a forged {@code Host} header never reaches a link. Redirects (the container's,
 * Spring Security's log-in redirect) say no other host, and mailed links use the configured base
 * address ({@code COCREATE_BASE_URL}). The requests are written by hand: Java's HTTP client will
 * not send another Host.
 */
class SecurityHostHeaderIT extends AbstractApplicationIT {

	private static final String FORGED = "evil.example";

	@Autowired
	SiteSettings site;

	@Test
	void theLogInRedirectOfAProtectedPageNamesNoForgedHost() throws IOException {
		String answer = raw("GET /settings/profile HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(location(answer)).endsWith("/login").doesNotContain(FORGED);
	}

	@Test
	void aPageRedirectOfASignedInMemberNamesNoForgedHost() throws IOException {
		var http = loggedIn(member("host"));
		String session = http.cookie("COCREATE_SESSION").orElseThrow();

		String answer = raw("GET /settings HTTP/1.1\r\nHost: " + FORGED + ":8443\r\nCookie: COCREATE_SESSION=" + session
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(location(answer)).endsWith("/settings/profile").doesNotContain(FORGED);
	}

	@Test
	void aMailedResetLinkNamesTheBaseAddressWhateverTheHost() throws IOException {
		var member = member("hostmail");
		var http = http();
		var page = http.get("/password/forgot");
		String session = http.cookie("COCREATE_SESSION").orElseThrow();
		String body = "_csrf=" + java.net.URLEncoder.encode(page.csrf(), StandardCharsets.UTF_8) + "&email="
				+ java.net.URLEncoder.encode(member.email(), StandardCharsets.UTF_8);

		String answer = raw("POST /password/forgot HTTP/1.1\r\nHost: " + FORGED + "\r\nCookie: COCREATE_SESSION=" + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body);

		assertThat(answer).startsWith("HTTP/1.1 200");
		var mail = MAIL.awaitMessageTo(member.email());
		assertThat(mail.body()).contains(site.link("/password/reset?token=")).doesNotContain(FORGED);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String location(String answer) {
		return answer.lines()
			.takeWhile(line -> !line.isEmpty())
			.filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
			.map(line -> line.substring(9).strip())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Location in " + answer));
	}
}
