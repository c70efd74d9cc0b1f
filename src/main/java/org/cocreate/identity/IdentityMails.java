package org.cocreate.identity;

import java.util.Locale;
import org.cocreate.identity.IdentityEvents.EmailChangeRequested;
import org.cocreate.identity.IdentityEvents.LoginLocked;
import org.cocreate.identity.IdentityEvents.PasswordResetRequested;
import org.cocreate.identity.IdentityEvents.VerificationRequested;
import org.cocreate.mail.Mailer;
import org.cocreate.shared.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the links of the identity events, in the member's language, once their transaction
 * committed. At most a few mails an hour go to any one address (see {@link IdentityLimits}), so
 * the site cannot be used to flood someone's mailbox; what is over the limit is not sent.
 * Links are built from the configured base address, never from the request.
 */
@Component
class IdentityMails {

	private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

	private final Mailer mailer;

	private final SiteSettings site;

	private final IdentityLimits limits;

	IdentityMails(Mailer mailer, SiteSettings site, IdentityLimits limits) {
		this.mailer = mailer;
		this.site = site;
		this.limits = limits;
	}

	@ApplicationModuleListener
	void on(VerificationRequested event) {
		send(event.email(), event.locale(), "mail.verify", "/verify?token=" + event.token());
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		send(event.email(), event.locale(), "mail.reset", "/password/reset?token=" + event.token());
	}

	@ApplicationModuleListener
	void on(EmailChangeRequested event) {
		send(event.newEmail(), event.locale(), "mail.change-email", "/settings/email/confirm?token=" + event.token());
	}

	@ApplicationModuleListener
	void on(LoginLocked event) {
		send(event.email(), event.locale(), "mail.unlock", "/password/unlock?token=" + event.token());
	}

	private void send(String to, String locale, String key, String path) {
		if (!limits.mailTo(to)) {
			log.warn("Not mailing {} to {}: the address had its mails for this hour", key, to);
			return;
		}
		mailer.send(to, Locale.forLanguageTag(locale), key, site.link(path));
	}
}
