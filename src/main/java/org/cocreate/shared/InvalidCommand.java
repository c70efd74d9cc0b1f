package org.cocreate.shared;

/** A command with invalid fields, thrown where a sealed result would only be passed through. */
public class InvalidCommand extends RuntimeException {

	private final Errors errors;

	public InvalidCommand(Errors errors) {
		super(errors.toString());
		this.errors = errors;
	}

	public Errors errors() {
		return errors;
	}
}
