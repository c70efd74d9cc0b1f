package org.cocreate.shared.web;

import org.cocreate.shared.Errors;
import org.springframework.validation.BindingResult;

/** Copies domain errors onto a form's binding result, so the page shows them beside what was typed. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void copy(Errors errors, BindingResult result) {
		for (var error : errors.all()) {
			Object[] args = error.args().toArray();
			if (error.field() == null || !hasField(result, error.field())) {
				result.reject(error.code(), args, error.code());
			}
			else {
				result.rejectValue(error.field(), error.code(), args, error.code());
			}
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getTarget() != null && new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
