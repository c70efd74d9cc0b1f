package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocreate.PgbenchScript;
import org.junit.jupiter.api.Test;

/** The benchmark's ceiling is worth a ratio only while it runs what the application runs. */
class SupportBenchScriptTest {

	private final PgbenchScript script = PgbenchScript.read("bench/ideas/support.pgbench");

	@Test
	void theCeilingRunsTheApplicationsSupportStatementInOneTransaction() {
		assertThat(script.statements()).hasSize(4);
		assertThat(script.statements().getFirst()).isEqualToIgnoringCase("BEGIN");
		assertThat(script.statements().get(1)).isEqualTo(PgbenchScript.oneLine(Supports.SUPPORT));
		assertThat(script.statements().getLast()).isEqualToIgnoringCase("END");
	}

	@Test
	void withTheDefaultsTheApplicationBinds() {
		assertThat(script.variables()).containsEntry("threshold", String.valueOf(IdeaSpaceSettings.DEFAULT_THRESHOLD))
			.containsEntry("days", String.valueOf(IdeaSpaceSettings.DEFAULT_ANSWER_DAYS));
	}
}
