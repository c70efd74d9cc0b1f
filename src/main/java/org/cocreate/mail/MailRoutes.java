package org.cocreate.mail;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/** The development mailbox, where mail lands when no SMTP server is configured. */
@Component
class MailRoutes implements PublicRoutes {

	@Override
	public List<String> publicPages() {
		return List.of("/dev/mailbox");
	}

	@Override
	public List<String> publicForms() {
		return List.of("/dev/mailbox/clear");
	}
}
