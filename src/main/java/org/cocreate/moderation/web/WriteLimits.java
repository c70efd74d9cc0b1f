package org.cocreate.moderation.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;
import org.cocreate.moderation.ModerationSettings;
import org.cocreate.moderation.ModerationSettings.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) for writes: one per signed-in member and one per network origin, each
 * refilled greedily over a minute. The buckets live in this node's memory (a Caffeine cache that
 * forgets idle ones after ten minutes): with N nodes behind a load balancer a client may get up to
 * N times the limit. That is the price of keeping the database out of every write's path;
 * see docs/moderation.md, "Rate limits".
 */
@Component
class WriteLimits {

	private final RateLimits limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(200_000)
		.build();

	WriteLimits(ModerationSettings settings) {
		this.limits = settings.rateLimits();
	}

	/** Takes one write from the member's and the origin's buckets; empty when allowed, else the seconds to wait. */
	OptionalLong take(@Nullable Long memberId, String origin) {
		if (!limits.enabled()) {
			return OptionalLong.empty();
		}
		if (memberId != null) {
			ConsumptionProbe member = bucket("m:" + memberId, limits.memberPerMinute()).tryConsumeAndReturnRemaining(1);
			if (!member.isConsumed()) {
				return OptionalLong.of(seconds(member));
			}
		}
		ConsumptionProbe network = bucket("o:" + origin, limits.originPerMinute()).tryConsumeAndReturnRemaining(1);
		return network.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(network));
	}

	private Bucket bucket(String key, int perMinute) {
		return buckets.get(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build());
	}

	private static long seconds(ConsumptionProbe probe) {
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}
}
