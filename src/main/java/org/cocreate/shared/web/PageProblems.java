package org.cocreate.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.shared.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A refused request on a page: the error page with the reason in the reader's language and the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageProblems {

	@ExceptionHandler(DomainException.class)
	String refused(DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.kind().status);
		model.addAttribute("status", ex.kind().status);
		model.addAttribute("messageCode", ex.code());
		model.addAttribute("messageArgs", ex.args().toArray());
		return "error";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		response.setStatus(413);
		model.addAttribute("status", 413);
		model.addAttribute("messageCode", "error.upload.too-large");
		model.addAttribute("messageArgs", new Object[0]);
		return "error";
	}
}
