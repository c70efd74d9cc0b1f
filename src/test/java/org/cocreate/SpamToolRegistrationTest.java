package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpamToolRegistrationTest {

	@Test
	void spamIsACommandLineTool() {
		assertThat(CommandLineTools.find(new String[] {"spam", "--help"})).isPresent()
			.get()
			.satisfies(tool -> assertThat(tool.run(new String[] {"spam", "--help"})).isZero());
	}
}
