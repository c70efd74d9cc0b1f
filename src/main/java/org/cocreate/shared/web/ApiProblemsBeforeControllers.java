package org.cocreate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API requests refused before any API controller is chosen — a body type no handler takes, a
 * method the path does not have, a path the API does not have — reach no
 * {@link ApiProblems} (which advises API controllers only), so they would get the servlet
 * container's error instead of a problem. Under {@code /api/} they are answered by
 * {@link ApiProblems} like every other API error; elsewhere they keep the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemsBeforeControllers {

	private final ApiProblems problems;

	ApiProblemsBeforeControllers(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<Object> refused(Exception ex, HttpServletRequest request, WebRequest web) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex; // not handled here: a page's error stays the error page
		}
		return problems.handleException(ex, web);
	}
}
