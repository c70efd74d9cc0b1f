package org.cocreate.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocreate.PgbenchScript;
import org.junit.jupiter.api.Test;

/** The ideas benchmark's ceiling records each vote as moderation does, in the same transaction. */
class VoteRecordBenchScriptTest {

	@Test
	void theSupportCeilingKeepsTheVoteRecordAsModerationDoes() {
		var statements = PgbenchScript.read("bench/ideas/support.pgbench").statements();
		// BEGIN, the support, the vote record, END
		assertThat(statements).hasSize(4);
		assertThat(PgbenchScript.withValues(statements.get(2), value -> "?")).isEqualTo(PgbenchScript.oneLine(VoteFraud.RECORD));
	}
}
