package org.cocreate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cocreate.mail.Mailer;
import org.cocreate.platform.DatabaseSettings;
import org.cocreate.platform.DemoSeeding;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: where we are, the language, whether the development mailbox
 * exists, whether the demo data is still on its way.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final Mailer mailer;

	private final boolean embeddedDatabase;

	private final DemoSeeding demoSeeding;

	PageModel(Mailer mailer, DatabaseSettings database, DemoSeeding demoSeeding) {
		this.mailer = mailer;
		this.embeddedDatabase = database.embedded();
		this.demoSeeding = demoSeeding;
	}

	@ModelAttribute
	void common(HttpServletRequest request, Model model) {
		// No CSRF token is made here: a page without a form (any page a visitor only reads) then
		// creates no session, so reading costs no database write. Pages are rendered whole before
		// they are sent (spring.thymeleaf…produce-partial-output-while-processing=false), so a
		// form deep in a long page can still create the session its token needs.
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
		// the mailbox page exists only on the embedded database (DevMailboxController)
		model.addAttribute("devMailbox", mailer.developmentMailbox() && embeddedDatabase);
		model.addAttribute("demoSeeding", demoSeeding.inProgress());
	}
}
