package org.cocreate.budgets.pabulib;

/**
 * A quirk of a file that {@link PbReader} read anyway, counted over the whole file.
 *
 * @param code what it is: {@code repeated-project} (a ballot lists a project more than once; it
 * counts once, with the points of its first mention)
 * @param count how many rows have it
 * @param firstLine the first line with it
 * @param example what it is about on that line (for {@code repeated-project}: the project id)
 */
public record PbWarning(String code, long count, long firstLine, String example) {

	public static final String REPEATED_PROJECT = "repeated-project";

	/** The warning in English, as the {@code pb} command prints it. */
	public String describe() {
		return switch (this.code) {
			case REPEATED_PROJECT -> this.count + (this.count == 1 ? " ballot lists" : " ballots list")
					+ " a project more than once (first on line " + this.firstLine + ": project \"" + this.example
					+ "\"); it was counted once";
			default -> this.code + " on " + this.count + " lines (first on line " + this.firstLine + ")";
		};
	}
}
