package org.cocreate.requests.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times on requests pages, in UTC for the server-rendered text ({@code requests.js} then shows them
 * in the reader's zone). Used from templates as {@code @requestTimes}.
 */
@Component("requestTimes")
public class RequestTimes {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	public String utc(@Nullable Instant instant) {
		return instant == null ? "" : UTC.format(instant);
	}
}
