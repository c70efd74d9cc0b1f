package org.cocreate.requests.web;

import java.util.Objects;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.cocreate.requests.internal.Numbers;
import org.cocreate.requests.internal.Requests.PostRequest;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;

/**
 * What was typed into the request form, kept as text so that it comes back as typed with the
 * messages. The deadline is a local date and time in the browser's time zone ({@code zone}, set by
 * requests.js; UTC without script).
 */
record PostForm(String title, String category, String specification, String quantity, String unit, String location,
		String latitude, String longitude, String currency, String ceilingPrice, String deadline, String zone, String format,
		String minimumDecrement, String antiSnipingSeconds, String awardMode, String weightPrice, String weightDelivery,
		String weightRating) {

	PostForm {
		title = Objects.requireNonNullElse(title, "");
		category = Objects.requireNonNullElse(category, "");
		specification = Objects.requireNonNullElse(specification, "");
		quantity = Objects.requireNonNullElse(quantity, "");
		unit = Objects.requireNonNullElse(unit, "");
		location = Objects.requireNonNullElse(location, "");
		latitude = Objects.requireNonNullElse(latitude, "");
		longitude = Objects.requireNonNullElse(longitude, "");
		currency = Objects.requireNonNullElse(currency, "");
		ceilingPrice = Objects.requireNonNullElse(ceilingPrice, "");
		deadline = Objects.requireNonNullElse(deadline, "");
		zone = Objects.requireNonNullElse(zone, "");
		format = Objects.requireNonNullElse(format, "");
		minimumDecrement = Objects.requireNonNullElse(minimumDecrement, "");
		antiSnipingSeconds = Objects.requireNonNullElse(antiSnipingSeconds, "");
		awardMode = Objects.requireNonNullElse(awardMode, "");
		weightPrice = Objects.requireNonNullElse(weightPrice, "");
		weightDelivery = Objects.requireNonNullElse(weightDelivery, "");
		weightRating = Objects.requireNonNullElse(weightRating, "");
	}


	static PostForm empty() {
		return new PostForm("", "", "", "1", "", "", "", "", "EUR", "", "", "", "OPEN", "1.00", "120", "MANUAL", "70", "20", "10");
	}

	/** The command, or the form's number and date messages. */
	PostRequest command() {
		var errors = Errors.none();
		BigDecimal q = Numbers.parse(errors, "quantity", quantity);
		BigDecimal lat = Numbers.parse(errors, "latitude", latitude);
		BigDecimal lon = Numbers.parse(errors, "longitude", longitude);
		BigDecimal ceiling = Numbers.parse(errors, "ceilingPrice", ceilingPrice);
		boolean open = !"SEALED".equalsIgnoreCase(format);
		BigDecimal decrement = open ? Numbers.parse(errors, "minimumDecrement", minimumDecrement) : null;
		BigDecimal window = Numbers.parse(errors, "antiSnipingSeconds", antiSnipingSeconds);
		boolean auto = "AUTO".equalsIgnoreCase(awardMode);
		BigDecimal wp = auto ? Numbers.parse(errors, "weightPrice", weightPrice) : null;
		BigDecimal wd = auto ? Numbers.parse(errors, "weightDelivery", weightDelivery) : null;
		BigDecimal wr = auto ? Numbers.parse(errors, "weightRating", weightRating) : null;
		String instant = instant(errors);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return new PostRequest(title, category, specification, q, unit, location, lat, lon, currency, ceiling, instant, format,
				decrement, window, awardMode, wp, wd, wr);
	}

	private @Nullable String instant(Errors errors) {
		if (deadline.isBlank()) {
			return null;
		}
		ZoneId zoneId = ZoneOffset.UTC;
		try {
			if (!zone.isBlank()) {
				zoneId = ZoneId.of(zone.strip());
			}
		}
		catch (RuntimeException unknownZone) {
			// UTC, as the form says when the browser did not name its zone
		}
		try {
			return LocalDateTime.parse(deadline.strip()).atZone(zoneId).toInstant().toString();
		}
		catch (DateTimeParseException ex) {
			errors.reject("deadline", "error.request.deadline-format");
			return null;
		}
	}
}
