package org.cocreate.identity;

import java.util.Locale;
import org.cocreate.identity.IdentityEvents.EmailChangeRequested;
import org.cocreate.identity.IdentityEvents.PasswordResetRequested;
import org.cocreate.identity.IdentityEvents.VerificationRequested;
import org.cocreate.mail.Mailer;
import org.cocreate.shared.SiteSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails the links of the identity events, in the member's language, once their transaction committed. */
@Component
class IdentityMails {

	private final Mailer mailer;

	private final SiteSettings site;

	IdentityMails(Mailer mailer, SiteSettings site) {
		this.mailer = mailer;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(VerificationRequested event) {
		mailer.send(event.email(), Locale.forLanguageTag(event.locale()), "mail.verify",
				site.link("/verify?token=" + event.token()));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		mailer.send(event.email(), Locale.forLanguageTag(event.locale()), "mail.reset",
				site.link("/password/reset?token=" + event.token()));
	}

	@ApplicationModuleListener
	void on(EmailChangeRequested event) {
		mailer.send(event.newEmail(), Locale.forLanguageTag(event.locale()), "mail.change-email",
				site.link("/settings/email/confirm?token=" + event.token()));
	}
}
