package org.cocreate.identity;

import java.util.Locale;
import org.cocreate.identity.IdentityEvents.EmailChangeRequested;
import org.cocreate.identity.IdentityEvents.PasswordResetRequested;
import org.cocreate.identity.IdentityEvents.VerificationRequested;
import org.cocreate.mail.Mailer;
import org.cocreate.mail.OutgoingMail;
import org.cocreate.shared.SiteSettings;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails the links of the identity events, in the member's language, once their transaction committed. */
@Component
class IdentityMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final SiteSettings site;

	IdentityMails(Mailer mailer, MessageSource messages, SiteSettings site) {
		this.mailer = mailer;
		this.messages = messages;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(VerificationRequested event) {
		send(event.email(), event.locale(), "mail.verify", site.link("/verify?token=" + event.token()));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		send(event.email(), event.locale(), "mail.reset", site.link("/password/reset?token=" + event.token()));
	}

	@ApplicationModuleListener
	void on(EmailChangeRequested event) {
		send(event.newEmail(), event.locale(), "mail.change-email", site.link("/settings/email/confirm?token=" + event.token()));
	}

	private void send(String to, String locale, String key, String link) {
		Locale l = Locale.forLanguageTag(locale);
		String subject = messages.getMessage(key + ".subject", null, l);
		String body = messages.getMessage(key + ".body", new Object[] { link }, l);
		mailer.send(new OutgoingMail(to, subject, body));
	}
}
