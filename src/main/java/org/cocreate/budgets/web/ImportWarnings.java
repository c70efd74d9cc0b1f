package org.cocreate.budgets.web;

import java.util.List;
import java.util.Locale;
import org.cocreate.budgets.pabulib.PbWarning;
import org.springframework.context.MessageSource;

/** The import summary's warnings in the reader's language, for the page and the API. */
final class ImportWarnings {

	private ImportWarnings() {
	}

	static String message(PbWarning warning, MessageSource messages, Locale locale) {
		return messages.getMessage("budgets.import.warning." + warning.code(),
				new Object[] { warning.count(), warning.firstLine(), warning.example() }, warning.describe(), locale);
	}

	static List<String> messages(List<PbWarning> warnings, MessageSource messages, Locale locale) {
		return warnings.stream().map(w -> message(w, messages, locale)).toList();
	}
}
