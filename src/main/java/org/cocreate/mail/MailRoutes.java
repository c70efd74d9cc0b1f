package org.cocreate.mail;

import java.util.List;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.stereotype.Component;

/**
 * The development mailbox, where mail lands when no SMTP server is configured: it holds
 * everyone's verification and reset links, so it opens only to requests from this machine (its
 * controller also answers 404 elsewhere and exists only on the embedded database).
 */
@Component
class MailRoutes implements PublicRoutes {

	@Override
	public List<String> localOnly() {
		return List.of("/dev/mailbox", "/dev/mailbox/clear");
	}
}
