package org.cocreate.requests.web;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a JSON number as it was written, into a {@link BigDecimal}: never from a string ("12.50",
 * "12,50", "NaN"), never through a double, so {@code 0.1} stays 0.1 and {@code 1e309} arrives as
 * the huge number it is — the use case's range check then refuses it with a field message.
 * Jackson's own coercions would accept a quoted number and, for whole-number fields, cut 2.5 to 2.
 */
final class StrictNumber extends ValueDeserializer<BigDecimal> {

	@Override
	public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
		JsonToken token = p.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return p.getDecimalValue();
		}
		throw MismatchedInputException.from(p, BigDecimal.class, "expected a JSON number");
	}
}
