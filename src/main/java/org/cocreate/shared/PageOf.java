package org.cocreate.shared;

import java.util.List;
import java.util.function.Function;

/** A page of results for the API's {@code {"items": [...]}} lists, with the key of the next page. */
public record PageOf<T>(List<T> items, String next) {

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), next);
	}
}
