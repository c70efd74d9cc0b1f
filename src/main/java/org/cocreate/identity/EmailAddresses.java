package org.cocreate.identity;

import java.util.regex.Pattern;

/** A practical check of an e-mail address: one {@code @}, a dotted domain, no spaces. */
final class EmailAddresses {

	static final int MAX_LENGTH = 254;

	private static final Pattern VALID = Pattern
		.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	private EmailAddresses() {
	}

	static boolean valid(String address) {
		return address != null && address.length() <= MAX_LENGTH && VALID.matcher(address.strip()).matches();
	}
}
