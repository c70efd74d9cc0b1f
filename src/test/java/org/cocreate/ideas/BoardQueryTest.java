package org.cocreate.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocreate.shared.InvalidCommand;
import org.junit.jupiter.api.Test;

class BoardQueryTest {

	@Test
	void defaultsToHotAndTwentyIdeas() {
		BoardQuery q = BoardQuery.parse(null, null, null, null, null, null);

		assertThat(q.sort()).isEqualTo(BoardSort.HOT);
		assertThat(q.size()).isEqualTo(BoardQuery.DEFAULT_SIZE);
		assertThat(q.cursor()).isNull();
	}

	@Test
	void aCursorSurvivesTheRoundTripExactly() {
		var cursor = new BoardQuery.Cursor(39_251.837_452_123_45, 42);

		BoardQuery q = BoardQuery.parse("top", "planned", "#Parks", "week", cursor.encode(), 50);

		assertThat(q.cursor()).isEqualTo(cursor);
		assertThat(q.status()).isEqualTo(IdeaStatus.PLANNED);
		assertThat(q.tag()).isEqualTo("parks");
		assertThat(q.period()).isEqualTo(BoardQuery.Period.WEEK);
	}

	@Test
	void reportsEveryUnknownValueByField() {
		assertThatThrownBy(() -> BoardQuery.parse("loud", "maybe", null, "decade", "not-a-cursor", 1000))
			.isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.errors().all())
				.extracting(org.cocreate.shared.Errors.Error::field)
				.containsExactlyInAnyOrder("sort", "status", "period", "after", "size"));
	}
}
