package org.cocreate.requests.web;

import java.util.List;
import java.util.Set;
import org.cocreate.shared.Errors;
import org.cocreate.shared.web.ApiProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * A body that is not valid JSON, or has a value of the wrong type, as a 400 problem naming the
 * field: {@code "unitPrice": NaN}, {@code "unitPrice": 12,50} and {@code "unitPrice": "12.50"} all
 * say that unitPrice must be a number. The field comes from Jackson's path, or — when the JSON
 * itself is broken — from the name the parser had just read.
 */
@Component
class JsonBodies {

	/** Fields that take numbers anywhere in the requests API. */
	static final Set<String> NUMBERS = Set.of("quantity", "latitude", "longitude", "ceilingPrice", "minimumDecrement",
			"antiSnipingSeconds", "weightPrice", "weightDelivery", "weightRating", "unitPrice", "deliveryDays", "bidId", "stars");

	private final ApiProblems problems;

	JsonBodies(ApiProblems problems) {
		this.problems = problems;
	}

	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest().body(problems.invalid(describe(ex)));
	}

	static Errors describe(Throwable ex) {
		String field = field(ex);
		if (field == null) {
			return Errors.of(null, "error.request.body-unreadable");
		}
		return Errors.of(field, NUMBERS.contains(field) ? "error.request.number-json" : "error.invalid-value");
	}

	static @Nullable String field(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JacksonException jackson) {
				List<JacksonException.Reference> path = jackson.getPath();
				for (int i = path.size() - 1; i >= 0; i--) {
					if (path.get(i).getPropertyName() != null) {
						return path.get(i).getPropertyName();
					}
				}
				if (jackson.processor() instanceof JsonParser parser) {
					try {
						return parser.streamReadContext() == null ? null : parser.streamReadContext().currentName();
					}
					catch (RuntimeException closed) {
						return null;
					}
				}
			}
		}
		return null;
	}
}
