package org.cocreate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cocreate.mail.Mailer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: where we are, the language, whether the development mailbox exists. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final Mailer mailer;

	PageModel(Mailer mailer) {
		this.mailer = mailer;
	}

	@ModelAttribute
	void common(HttpServletRequest request, Model model) {
		// No CSRF token is made here: a page without a form (any page a visitor only reads) then
		// creates no session, so reading costs no database write. Pages are rendered whole before
		// they are sent (spring.thymeleaf…produce-partial-output-while-processing=false), so a
		// form deep in a long page can still create the session its token needs.
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
		model.addAttribute("devMailbox", mailer.developmentMailbox());
	}
}
