package org.cocreate.shared;

import java.util.List;

/**
 * A request the domain refuses: an illegal transition, a missing permission, something that
 * does not exist. It carries a message key so that pages and the API say the same thing, and
 * the HTTP status that fits.
 */
public class DomainException extends RuntimeException {

	public enum Kind {

		NOT_FOUND(404), FORBIDDEN(403), CONFLICT(409), INVALID(422), TOO_MANY(429);

		public final int status;

		Kind(int status) {
			this.status = status;
		}
	}

	private final Kind kind;

	private final String code;

	private final List<Object> args;

	public DomainException(Kind kind, String code, Object... args) {
		super(code);
		this.kind = kind;
		this.code = code;
		this.args = List.of(args);
	}

	public static DomainException notFound(String code, Object... args) {
		return new DomainException(Kind.NOT_FOUND, code, args);
	}

	public static DomainException forbidden(String code, Object... args) {
		return new DomainException(Kind.FORBIDDEN, code, args);
	}

	public static DomainException conflict(String code, Object... args) {
		return new DomainException(Kind.CONFLICT, code, args);
	}

	public Kind kind() {
		return kind;
	}

	public String code() {
		return code;
	}

	public List<Object> args() {
		return args;
	}
}
