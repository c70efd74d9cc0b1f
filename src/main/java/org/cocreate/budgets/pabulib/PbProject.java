package org.cocreate.budgets.pabulib;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One row of the PROJECTS section.
 *
 * @param id the {@code project_id}
 * @param cost the {@code cost}, never negative
 * @param values every field of the row as written, in the order of
 * {@link PbInstance#projectColumns()} (the writer writes these)
 */
public record PbProject(String id, BigDecimal cost, List<String> values) {

	public PbProject {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(cost, "cost");
		values = List.copyOf(values);
	}

	/** The raw value of a column, or {@code null} if the instance has no such column. */
	public @Nullable String value(List<String> columns, String column) {
		int i = columns.indexOf(column);
		return i < 0 ? null : this.values.get(i);
	}
}
