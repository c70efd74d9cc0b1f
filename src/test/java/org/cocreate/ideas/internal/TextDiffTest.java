package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocreate.ideas.internal.TextDiff.Kind;
import org.cocreate.ideas.internal.TextDiff.Line;
import org.junit.jupiter.api.Test;

class TextDiffTest {

	@Test
	void keepsCommonLinesAndMarksWhatChanged() {
		List<Line> diff = TextDiff.lines("one\ntwo\nthree", "one\n2\nthree\nfour");

		assertThat(diff).containsExactly(new Line(Kind.SAME, "one"), new Line(Kind.REMOVED, "two"), new Line(Kind.ADDED, "2"),
				new Line(Kind.SAME, "three"), new Line(Kind.ADDED, "four"));
	}

	@Test
	void comparesWithNothing() {
		assertThat(TextDiff.lines("", "new")).containsExactly(new Line(Kind.ADDED, "new"));
		assertThat(TextDiff.lines("old", "")).containsExactly(new Line(Kind.REMOVED, "old"));
		assertThat(TextDiff.lines("same", "same")).containsExactly(new Line(Kind.SAME, "same"));
	}
}
