package org.cocreate.budgets.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.budgets.allocation.UnsupportedElectionException;

/**
 * Fuzzes the reader with arbitrary bytes: the only exception that may escape is the documented
 * {@link PabulibFormatException}; whatever is read must be written back and read again equal;
 * and the greedy rules and plain Equal Shares must either compute an outcome or refuse with
 * {@link UnsupportedElectionException}. (Add1 is left out: how many endowments it tries is up
 * to the input, so a fuzzer could make a single run arbitrarily slow.)
 *
 * <p>In a normal build ({@code ./mvnw test} or {@code verify}) Jazzer runs this in regression
 * mode: only the seed inputs under
 * {@code src/test/resources/org/cocreate/budgets/pabulib/PbReaderFuzzTestInputs/readerAndRules/}
 * plus any crash reproducers saved there, which takes well under a second. To really fuzz,
 * for up to {@code maxDuration} (three minutes):
 *
 * <pre>
 * ./mvnw -Pfuzz test                      # the profile sets JAZZER_FUZZ=1 and runs only fuzz tests
 * JAZZER_FUZZ=1 ./mvnw test -Dtest=PbReaderFuzzTest   # the same by hand
 * </pre>
 *
 * Findings are written as reproducers next to the seeds and then replayed by every regression
 * run; commit them with the fix.
 */
class PbReaderFuzzTest {

	@FuzzTest(maxDuration = "3m")
	void readerAndRules(byte[] input) {
		PbReader reader = new PbReader();
		PbInstance instance;
		try {
			instance = reader.read(new ByteArrayInputStream(input));
		}
		catch (PabulibFormatException expected) {
			assertThat(expected.getMessage()).startsWith("line " + expected.line());
			return;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a byte array cannot fail to read", ex);
		}
		assertThat(roundTrip(reader, instance)).isEqualTo(instance);
		for (String rule : new String[] { "greedy", "greedy-no-skip", "greedy-threshold", "equalshares",
				"equalshares-comparison" }) {
			try {
				Rules.apply(rule, Election.from(instance));
			}
			catch (UnsupportedElectionException refused) {
				// a clear refusal is a correct answer
			}
		}
	}

	private static PbInstance roundTrip(PbReader reader, PbInstance instance) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			new PbWriter().write(instance, bytes);
			return reader.read(new ByteArrayInputStream(bytes.toByteArray()));
		}
		catch (IOException | PabulibFormatException ex) {
			throw new AssertionError("written instance does not read back", ex);
		}
	}
}
