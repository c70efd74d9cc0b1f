package org.cocreate.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param verificationLinkHours    how long a verification link works
 * @param resetLinkMinutes         how long a password-reset link works
 * @param failedLoginsAllowed      failed log-ins per address (and per network origin, ×4) in the window before throttling
 * @param failedLoginWindowMinutes the throttling window
 */
@ConfigurationProperties("cocreate.identity")
record IdentitySettings(int verificationLinkHours, int resetLinkMinutes, int failedLoginsAllowed,
		int failedLoginWindowMinutes) {
}
