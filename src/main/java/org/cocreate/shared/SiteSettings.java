package org.cocreate.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the address people reach the site at, used in mailed links ({@code COCREATE_BASE_URL})
 * @param secret  the key for remember-me cookies and signed values ({@code COCREATE_SECRET})
 */
@ConfigurationProperties("cocreate")
public record SiteSettings(String baseUrl, String secret) {

	public SiteSettings {
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
	}

	public String link(String path) {
		return baseUrl + path;
	}
}
