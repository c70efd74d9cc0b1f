package org.cocreate.shared.web;

import java.util.List;
import java.util.Map;
import org.cocreate.shared.Errors;

/**
 * A request refused at the edge for control characters: which fields held one (and which), and
 * everything that was typed, so a page can show the form again with it.
 */
class ControlCharactersRefused extends RuntimeException {

	static final String CODE = "error.control-character";

	/** A field that held a control character: its name (a parameter, or a JSON path such as {@code tags[1]}) and the first one. */
	record Field(String name, char character) {
	}

	private final List<Field> fields;

	private final Map<String, String[]> typed;

	ControlCharactersRefused(List<Field> fields, Map<String, String[]> typed) {
		super("control characters in " + fields.stream().map(Field::name).toList(), null, false, false);
		this.fields = List.copyOf(fields);
		this.typed = typed;
	}

	List<Field> fields() {
		return fields;
	}

	Map<String, String[]> typed() {
		return typed;
	}

	boolean refused(String name) {
		return fields.stream().anyMatch(f -> f.name().equals(name));
	}

	/** One message per field, naming the character. */
	Errors errors() {
		var errors = Errors.none();
		fields.forEach(f -> errors.reject(f.name(), CODE, ControlCharacters.name(f.character())));
		return errors;
	}
}
