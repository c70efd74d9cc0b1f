package org.cocreate.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as {@code application/problem+json}: a title, a detail in the caller's
 * language ({@code Accept-Language}) and, for invalid input, one entry per field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

	/** One field's message in a problem body. */
	public record FieldMessage(@Nullable String field, String code, String message) {
	}

	private final MessageSource messages;

	public ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidCommand.class)
	ResponseEntity<ProblemDetail> invalid(InvalidCommand ex) {
		return ResponseEntity.badRequest().body(invalid(ex.errors()));
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> refused(DomainException ex) {
		var status = HttpStatus.valueOf(ex.kind().status);
		var problem = ProblemDetail.forStatusAndDetail(status, message(ex.code(), ex.args().toArray()));
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("https://cocreate.test/problems/" + ex.code()));
		problem.setProperty("code", ex.code());
		return ResponseEntity.status(status).body(problem);
	}

	/** Control characters refused at the edge ({@link EdgeInput}): a field error for each field that held one. */
	@ExceptionHandler(ControlCharactersRefused.class)
	ResponseEntity<ProblemDetail> controlCharacters(ControlCharactersRefused ex) {
		return ResponseEntity.badRequest().body(invalid(ex.errors()));
	}

	/** A problem body for field errors, for controllers that answer one themselves. */
	public ProblemDetail invalid(Errors errors) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("error.invalid", new Object[0]));
		problem.setTitle("Invalid input");
		List<FieldMessage> fields = errors.all()
			.stream()
			.map(e -> new FieldMessage(e.field(), e.code(), message(e.code(), e.args().toArray())))
			.toList();
		problem.setProperty("errors", fields);
		return problem;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = Errors.none();
		ex.getBindingResult().getFieldErrors().forEach(f -> errors.reject(f.getField(), "error.invalid-value"));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getDetail() == null) {
			problem.setDetail(message("error.request", new Object[0]));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private String message(String code, Object[] args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, args, code, locale);
	}
}
