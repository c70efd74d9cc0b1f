package org.cocreate.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XSS payloads of the security suite, read from {@code xss-payloads.txt} next to this class:
 * one per line, {@code ;;} comments, {@code {NL}} for a line break. Each payload that could run
 * calls {@code alert()} or sets {@code window.__xss}.
 */
final class XssCorpus {

	/** What a Thymeleaf/SpEL payload would set if it were ever evaluated on the server. */
	static final String SSTI_PROPERTY = "cocreate.ssti";

	private static final List<String> PAYLOADS = load();

	private XssCorpus() {
	}

	static List<String> payloads() {
		return PAYLOADS;
	}

	private static List<String> load() {
		try (InputStream in = XssCorpus.class.getResourceAsStream("xss-payloads.txt")) {
			if (in == null) {
				throw new IllegalStateException("xss-payloads.txt is missing next to " + XssCorpus.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith(";;"))
				.map(line -> line.replace("{NL}", "\n"))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
