package org.cocreate.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Moderation's settings, each an environment variable listed in the README.
 *
 * @param hideAfterReports distinct reports after which content is hidden pending review
 * @param appealDays days after an action within which its subject may appeal
 * @param spamHoldProbability classifier probability from which suspected spam with a strong
 *     signal is held for review
 * @param spamSureProbability classifier probability from which text is held without any signal
 * @param rateLimits writes allowed per member and per network origin
 * @param fraud thresholds of the vote-fraud signals
 */
@ConfigurationProperties("cocreate.moderation")
public record ModerationSettings(int hideAfterReports, int appealDays, double spamHoldProbability,
		double spamSureProbability, RateLimits rateLimits, Fraud fraud) {

	/**
	 * @param enabled whether writes are limited at all
	 * @param memberPerMinute writes (non-GET requests) a signed-in member may make per minute
	 * @param originPerMinute writes one network origin may make per minute, signed in or not
	 */
	public record RateLimits(boolean enabled, int memberPerMinute, int originPerMinute) {
	}

	/**
	 * @param windowDays how far back the signals look
	 * @param newAccountHours an account younger than this at the time of its vote is "new"
	 * @param burstVotes votes by new accounts on one target within an hour that make a burst
	 * @param originAccounts distinct accounts voting for one target from one origin that are flagged
	 * @param ringSimilarity Jaccard similarity of two members' voted targets from which they co-vote
	 * @param ringMinVotes votes each member of a pair must have cast for the pair to count
	 */
	public record Fraud(int windowDays, int newAccountHours, int burstVotes, int originAccounts, double ringSimilarity,
			int ringMinVotes) {
	}
}
