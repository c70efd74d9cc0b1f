package org.cocreate;

import java.util.Arrays;
import java.util.Optional;
import org.cocreate.budgets.PbCommand;
import org.cocreate.moderation.SpamCommand;

/**
 * The command-line tools packed into the application jar. Each runs on plain Java, with no
 * Spring context, so that its output is the answer alone.
 */
final class CommandLineTools {

	/** A tool: gets every argument (its own name first) and returns the process exit code. */
	interface Tool {
		int run(String[] args);
	}

	private CommandLineTools() {
	}

	static Optional<Tool> find(String[] args) {
		if (args.length == 0) {
			return Optional.empty();
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		return switch (args[0]) {
			case "pb" -> Optional.of(a -> PbCommand.run(rest, System.out, System.err));
			case "spam" -> Optional.of(a -> SpamCommand.run(rest, System.out, System.err));
			default -> Optional.empty();
		};
	}
}
