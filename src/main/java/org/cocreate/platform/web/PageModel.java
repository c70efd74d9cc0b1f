package org.cocreate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cocreate.mail.Mailer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
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
		// The layout's forms (language, log-out) carry a CSRF token, which is kept in the session.
		// Make it now: once a long page has filled the response buffer, the response is committed,
		// no session can be created any more, and the page would break off at the footer.
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
			csrf.getToken();
		}
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
		model.addAttribute("devMailbox", mailer.developmentMailbox());
	}
}
