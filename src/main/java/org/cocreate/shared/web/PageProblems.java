package org.cocreate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	/** A typed value shown again on the form of {@link #controlCharacters}: without its control characters, and whether it had some. */
	public record TypedField(String name, String value, boolean refused, boolean secret) {
	}

	/**
	 * Control characters refused at the edge ({@link EdgeInput}). A page read names the field on
	 * the error page; a form is shown again with everything that was typed — the refused fields
	 * without their control characters, each with its message — to be checked and sent again, so
	 * nothing typed is lost. Passwords are never shown back.
	 */
	@ExceptionHandler(ControlCharactersRefused.class)
	String controlCharacters(ControlCharactersRefused ex, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("status", 400);
		var first = ex.fields().getFirst();
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			model.addAttribute("messageCode", "error.control-character.page");
			model.addAttribute("messageArgs", new Object[] { first.name(), ControlCharacters.name(first.character()) });
			return "error";
		}
		List<TypedField> fields = new ArrayList<>();
		ex.typed().forEach((name, values) -> {
			if (name.equals("_csrf")) {
				return; // the form gets a fresh one
			}
			boolean secret = name.toLowerCase(Locale.ROOT).contains("password");
			for (String value : values) {
				fields.add(new TypedField(ControlCharacters.without(name), secret ? "" : ControlCharacters.without(value),
						ex.refused(name), secret));
			}
		});
		String type = request.getContentType();
		model.addAttribute("action", request.getRequestURI());
		model.addAttribute("multipart", type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
		model.addAttribute("fields", fields);
		model.addAttribute("errors", ex.errors().all());
		return "refused-form";
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
