package org.cocreate.mail;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends mail over SMTP when a server is configured, otherwise keeps it in the development
 * mailbox. Callers send from event listeners, after their transaction committed, so a slow or
 * failing mail server never undoes what a member did.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender sender;

	private final JdbcClient jdbc;

	private final String from;

	private final MessageSource messages;

	Mailer(ObjectProvider<JavaMailSender> sender, JdbcClient jdbc, MessageSource messages,
			@Value("${cocreate.mail.from}") String from, @Value("${spring.mail.host:}") String smtpHost) {
		this.messages = messages;
		this.sender = smtpHost.isBlank() ? null : sender.getIfAvailable();
		this.jdbc = jdbc;
		this.from = from;
	}

	/** Whether mail is kept in the development mailbox instead of sent. */
	public boolean developmentMailbox() {
		return sender == null;
	}

	/**
	 * Sends a message written in the recipient's language: {@code key.subject} and
	 * {@code key.body} from the message bundles, formatted with {@code args}.
	 */
	public void send(String to, Locale locale, String key, Object... args) {
		send(new OutgoingMail(to, messages.getMessage(key + ".subject", args, locale),
				messages.getMessage(key + ".body", args, locale)));
	}

	public void send(OutgoingMail mail) {
		if (sender == null) {
			jdbc.sql("insert into dev_mail (recipient, subject, body) values (?, ?, ?)")
				.params(mail.to(), mail.subject(), mail.body())
				.update();
			log.info("Mail to {} kept in the development mailbox: {}", mail.to(), mail.subject());
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		sender.send(message);
	}
}
