package org.cocreate;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free port, one per test JVM, so that every cached
 * application context can send to it. Mail is sent after commit, asynchronously: read it with
 * {@link #awaitMessageTo}.
 */
public final class TestMailServer {

	private static final TestMailServer SHARED = new TestMailServer();

	private final GreenMail greenMail;

	private TestMailServer() {
		greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
	}

	public static TestMailServer shared() {
		return SHARED;
	}

	public int port() {
		return greenMail.getSmtp().getPort();
	}

	/** A mail as the recipient reads it. */
	public record Mail(String to, String subject, String body) {

		/** The first mailed link to {@code path} (for example {@code /verify}), or a failed assertion. */
		public String link(String path) {
			Matcher m = Pattern.compile("https?://[^\\s/]+(" + Pattern.quote(path) + "[^\\s]*)").matcher(body);
			if (!m.find()) {
				throw new AssertionError("No link to " + path + " in mail to " + to + ":\n" + body);
			}
			return m.group(1);
		}
	}

	/** The messages received for exactly this address, oldest first. */
	public List<Mail> messagesTo(String address) {
		return greenMail
			.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
			.map(message -> read(address, message))
			.toList();
	}

	/** Waits until at least {@code count} messages reached the address and returns the newest. */
	public Mail awaitMessageTo(String address, int count) {
		return await("mail number " + count + " to " + address).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> messagesTo(address), mails -> mails.size() >= count)
			.getLast();
	}

	public Mail awaitMessageTo(String address) {
		return awaitMessageTo(address, 1);
	}

	private static Mail read(String address, MimeMessage message) {
		try {
			return new Mail(address, message.getSubject(), message.getContent().toString());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
