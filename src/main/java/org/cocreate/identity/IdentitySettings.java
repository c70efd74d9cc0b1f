package org.cocreate.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param verificationLinkHours    how long a verification link works
 * @param resetLinkMinutes         how long a password-reset link works
 * @param failedLoginsAllowed      failed log-ins per account before each further try must wait
 * @param failedLoginWindowMinutes how long after the last failure (or the end of its delay) the count starts again
 * @param failedLoginsPerOrigin    failed log-ins per network origin before each further try must wait
 * @param firstLoginDelaySeconds   the wait after the allowed failures; it doubles with every further failure
 * @param maxLoginDelayMinutes     the longest wait
 * @param unlockLinkHours          how long the mailed link that lifts an account's wait works
 * @param signUpsPerOriginPerHour  sign-ups from one network origin in an hour
 * @param resetsPerAccountPerHour  password-reset requests for one account (or one unknown address) in an hour
 * @param mailsPerAddressPerHour   mails of this module to one recipient address in an hour
 */
@ConfigurationProperties("cocreate.identity")
record IdentitySettings(int verificationLinkHours, int resetLinkMinutes, int failedLoginsAllowed,
		int failedLoginWindowMinutes, @DefaultValue("20") int failedLoginsPerOrigin,
		@DefaultValue("30") int firstLoginDelaySeconds, @DefaultValue("60") int maxLoginDelayMinutes,
		@DefaultValue("24") int unlockLinkHours, @DefaultValue("10") int signUpsPerOriginPerHour,
		@DefaultValue("3") int resetsPerAccountPerHour, @DefaultValue("5") int mailsPerAddressPerHour) {
}
