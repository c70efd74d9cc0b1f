package org.cocreate.organisations;

import java.util.Locale;
import org.cocreate.mail.Mailer;
import org.cocreate.organisations.OrganisationEvents.StaffInvited;
import org.cocreate.shared.SiteSettings;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails staff invitations after they are stored. */
@Component
class OrganisationMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final SiteSettings site;

	OrganisationMails(Mailer mailer, MessageSource messages, SiteSettings site) {
		this.mailer = mailer;
		this.messages = messages;
		this.site = site;
	}

	@ApplicationModuleListener
	void on(StaffInvited event) {
		Locale locale = Locale.forLanguageTag(event.locale());
		String role = messages.getMessage("role." + event.role(), null, event.role(), locale);
		mailer.send(event.email(), locale, "mail.invitation", event.organisationName(), role, site.link("/invitations"));
	}
}
