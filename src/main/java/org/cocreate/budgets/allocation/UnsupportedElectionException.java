package org.cocreate.budgets.allocation;

/**
 * The election is well formed but a rule cannot be applied to it: an unknown vote type, a rule
 * that is not defined for the ballots given, a missing parameter such as the threshold of
 * {@code greedy-threshold}. The message says why in one sentence.
 */
public final class UnsupportedElectionException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnsupportedElectionException(String message) {
		super(message);
	}
}
