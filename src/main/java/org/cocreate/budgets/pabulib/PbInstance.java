package org.cocreate.budgets.pabulib;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A participatory-budgeting election as stored in a pabulib {@code .pb} file: its META
 * key/value pairs, its projects and its votes, each with every column of the file kept as
 * written so that {@link PbWriter} can reproduce it.
 *
 * @param meta the META section, in file order
 * @param projectColumns the header of the PROJECTS section
 * @param projects the projects, in file order
 * @param voteColumns the header of the VOTES section
 * @param votes the votes, in file order
 * @param warnings quirks the reader accepted (see {@link PbWarning}); empty for a clean file
 */
public record PbInstance(Map<String, String> meta, List<String> projectColumns, List<PbProject> projects,
		List<String> voteColumns, List<PbVote> votes, List<PbWarning> warnings) {

	public PbInstance {
		meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
		projectColumns = List.copyOf(projectColumns);
		projects = List.copyOf(projects);
		voteColumns = List.copyOf(voteColumns);
		votes = List.copyOf(votes);
		warnings = List.copyOf(warnings);
	}

	/** An instance without warnings. */
	public PbInstance(Map<String, String> meta, List<String> projectColumns, List<PbProject> projects,
			List<String> voteColumns, List<PbVote> votes) {
		this(meta, projectColumns, projects, voteColumns, votes, List.of());
	}

	/** A META value, or {@code null} when the key is absent. */
	public @Nullable String metaValue(String key) {
		return this.meta.get(key);
	}

	/** The {@code budget} META value (the reader guarantees it is present and numeric). */
	public BigDecimal budget() {
		String budget = this.meta.get("budget");
		if (budget == null) {
			throw new IllegalStateException("no budget in META");
		}
		return new BigDecimal(budget);
	}

	/** The {@code vote_type} META value, e.g. {@code approval}, {@code cumulative}. */
	public String voteType() {
		String type = this.meta.get("vote_type");
		return type == null ? "" : type;
	}

	/** The {@code rule} META value, or {@code null} when the file does not name one. */
	public @Nullable String rule() {
		return this.meta.get("rule");
	}

	/** The raw value of a project column, or {@code null} when there is no such column. */
	public @Nullable String projectValue(PbProject project, String column) {
		return project.value(this.projectColumns, column);
	}

	/** Whether the PROJECTS section has a column of that name. */
	public boolean hasProjectColumn(String column) {
		return this.projectColumns.contains(column);
	}
}
