package org.cocreate.budgets;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.allocation.EqualSharesRule;
import org.cocreate.budgets.allocation.Explanation;
import org.cocreate.budgets.allocation.Outcome;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.budgets.allocation.UnsupportedElectionException;
import org.cocreate.budgets.pabulib.PabulibFormatException;
import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbReader;
import org.cocreate.budgets.pabulib.PbWarning;
import org.jspecify.annotations.Nullable;

/**
 * The {@code pb} command line: computes the outcome of a participatory-budgeting election
 * stored as a pabulib {@code .pb} file.
 *
 * <pre>
 * pb outcome [--rule=RULE] [--utility=cost|cardinality] FILE.pb
 *     prints the ids of the funded projects, one per line, in the file's PROJECTS order
 * pb explain [--rule=RULE] [--utility=cost|cardinality] FILE.pb
 *     prints every project as "id TAB funded|not-funded TAB why"
 * </pre>
 *
 * {@code RULE} is one of {@link Rules#NAMES} or {@code auto} (the default), which takes the
 * rule from the file's META {@code rule}. {@code --utility} chooses the Equal Shares utility
 * for approval ballots (default {@code cost}).
 *
 * <p>Exit codes: 0 done; 1 the file cannot be read or is not a valid {@code .pb} file;
 * 2 wrong usage, or a rule or vote type that cannot be applied. Every failure prints exactly
 * one line on the error stream and nothing on the output stream.
 *
 * <p>A file the reader accepts with a quirk (a ballot listing a project twice, counted once)
 * gets one {@code pb: FILE: warning: ...} line per kind of quirk on the error stream; the
 * outcome still goes to the output stream and the exit code is 0.
 */
public final class PbCommand {

	public static final int OK = 0;

	public static final int BAD_FILE = 1;

	public static final int USAGE = 2;

	private static final String USAGE_LINE = "usage: pb outcome|explain [--rule=RULE|auto] [--utility=cost|cardinality] FILE.pb";

	private PbCommand() {
	}

	/**
	 * Runs the command.
	 * @param rest the arguments after {@code pb}
	 * @return the exit code
	 */
	public static int run(String[] rest, PrintStream out, PrintStream err) {
		if (rest.length == 0) {
			return fail(err, USAGE, USAGE_LINE);
		}
		String action = rest[0];
		if (!action.equals("outcome") && !action.equals("explain")) {
			return fail(err, USAGE, "unknown action \"" + action + "\"; " + USAGE_LINE);
		}
		String rule = "auto";
		EqualSharesRule.Utility utility = EqualSharesRule.Utility.COST;
		String file = null;
		for (int i = 1; i < rest.length; i++) {
			String arg = rest[i];
			if (arg.startsWith("--rule=")) {
				rule = arg.substring("--rule=".length());
			}
			else if (arg.startsWith("--utility=")) {
				String value = arg.substring("--utility=".length());
				if (value.equals("cost")) {
					utility = EqualSharesRule.Utility.COST;
				}
				else if (value.equals("cardinality")) {
					utility = EqualSharesRule.Utility.CARDINALITY;
				}
				else {
					return fail(err, USAGE, "unknown utility \"" + value + "\" (cost or cardinality)");
				}
			}
			else if (arg.startsWith("--")) {
				return fail(err, USAGE, "unknown option " + arg + "; " + USAGE_LINE);
			}
			else if (file == null) {
				file = arg;
			}
			else {
				return fail(err, USAGE, "more than one file given; " + USAGE_LINE);
			}
		}
		if (file == null) {
			return fail(err, USAGE, "no .pb file given; " + USAGE_LINE);
		}
		PbInstance instance;
		try {
			instance = new PbReader().read(Path.of(file));
		}
		catch (PabulibFormatException ex) {
			return fail(err, BAD_FILE, file + ": " + ex.getMessage());
		}
		catch (NoSuchFileException ex) {
			return fail(err, BAD_FILE, file + ": no such file");
		}
		catch (IOException | RuntimeException ex) {
			return fail(err, BAD_FILE, file + ": cannot read: " + ex.getMessage());
		}
		for (PbWarning warning : instance.warnings()) {
			err.print("pb: " + oneLine(file + ": warning: " + warning.describe()) + "\n");
		}
		err.flush();
		String ruleName = rule;
		if (rule.equals("auto")) {
			String fromFile = instance.rule();
			if (fromFile == null || fromFile.isBlank()) {
				return fail(err, USAGE, file + ": --rule=auto but the file has no META rule");
			}
			ruleName = fromFile.strip();
		}
		Outcome outcome;
		try {
			outcome = Rules.apply(ruleName, Election.from(instance), utility);
		}
		catch (UnsupportedElectionException ex) {
			return fail(err, USAGE, file + ": " + ex.getMessage());
		}
		StringBuilder text = new StringBuilder();
		if (action.equals("outcome")) {
			for (String id : outcome.selected()) {
				text.append(id).append('\n');
			}
		}
		else {
			for (Map.Entry<String, Explanation> entry : outcome.explanations().entrySet()) {
				text.append(entry.getKey())
					.append('\t')
					.append(outcome.isSelected(entry.getKey()) ? "funded" : "not-funded")
					.append('\t')
					.append(entry.getValue().describe())
					.append('\n');
			}
			for (String note : outcome.notes()) {
				text.append("# ").append(note).append('\n');
			}
		}
		out.print(text);
		out.flush();
		return OK;
	}

	/** Writes the one-line error message; line breaks inside it become spaces. */
	private static int fail(PrintStream err, int code, String message) {
		err.print("pb: " + oneLine(message) + "\n");
		err.flush();
		return code;
	}

	private static String oneLine(@Nullable String message) {
		return message == null ? "" : message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
	}
}
