package org.cocreate.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a request comes from this machine: its remote address (the client's, once a trusted
 * proxy's forwarded headers are applied) is a loopback address, 127.0.0.0/8 or ::1.
 */
public final class Loopback {

	private Loopback() {
	}

	public static boolean is(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.\\[\\]%]+")) {
			return false; // not an address literal: never resolve a name here
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}
}
