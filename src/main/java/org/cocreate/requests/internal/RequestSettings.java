package org.cocreate.requests.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of requests and auctions ({@code cocreate.requests.*}).
 * @param closing whether this node runs the closing job (every node may; they never close a request twice)
 * @param closeIntervalMs how often the closing job looks for due auctions, in milliseconds
 * @param manualAwardDays how long a requester has to pick a bid after a MANUAL auction closes
 */
@ConfigurationProperties("cocreate.requests")
record RequestSettings(@DefaultValue("true") boolean closing, @DefaultValue("1000") long closeIntervalMs,
		@DefaultValue("7") int manualAwardDays) {
}
