package org.cocreate.ideas.internal;

import org.cocreate.ideas.IdeaStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.InvalidCommand;
import org.junit.jupiter.api.Test;

class IdeaTest {

	private static Idea idea(long id, long space, IdeaStatus status) {
		return new Idea(id, space, 7, "Title", "Body", List.of(), status, null, 1, null, Instant.now(), null, 0);
	}

	@Test
	void movesForwardAlongThePathWithAResponseAndRemembersTheFirstAnswer() {
		Idea idea = idea(1, 1, IdeaStatus.OPEN);

		var change = idea.changeStatus(IdeaStatus.PLANNED, "  Scheduled for spring.  ");

		assertThat(change.from()).isEqualTo(IdeaStatus.OPEN);
		assertThat(change.to()).isEqualTo(IdeaStatus.PLANNED);
		assertThat(change.response()).isEqualTo("Scheduled for spring.");
		assertThat(idea.status()).isEqualTo(IdeaStatus.PLANNED);
		assertThat(idea.firstAnsweredAt()).isNotNull();
	}

	@Test
	void neverGoesBackNorLeavesAFinalStatus() {
		Idea planned = idea(1, 1, IdeaStatus.PLANNED);
		assertThatThrownBy(() -> planned.changeStatus(IdeaStatus.UNDER_REVIEW, "Back"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("error.idea.transition"));
		Idea done = idea(2, 1, IdeaStatus.DONE);
		assertThatThrownBy(() -> done.changeStatus(IdeaStatus.DECLINED, "No")).isInstanceOf(DomainException.class);
		Idea open = idea(3, 1, IdeaStatus.OPEN);
		assertThatThrownBy(() -> open.changeStatus(IdeaStatus.MERGED, "Not like this")).isInstanceOf(DomainException.class);
		assertThat(open.status()).isEqualTo(IdeaStatus.OPEN);
	}

	@Test
	void declinesFromAnyOpenStatus() {
		for (IdeaStatus from : List.of(IdeaStatus.OPEN, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS)) {
			Idea idea = idea(1, 1, from);
			idea.changeStatus(IdeaStatus.DECLINED, "Out of budget.");
			assertThat(idea.status()).isEqualTo(IdeaStatus.DECLINED);
		}
	}

	@Test
	void aStatusChangeNeedsAResponseText() {
		Idea idea = idea(1, 1, IdeaStatus.OPEN);

		assertThatThrownBy(() -> idea.changeStatus(IdeaStatus.PLANNED, " "))
			.isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.errors().has("response")).isTrue());
		assertThatThrownBy(() -> idea.changeStatus(IdeaStatus.PLANNED, "x".repeat(5001))).isInstanceOf(InvalidCommand.class);
		assertThat(idea.status()).isEqualTo(IdeaStatus.OPEN);
		assertThat(idea.firstAnsweredAt()).isNull();
	}

	@Test
	void mergesOnlyTwoDifferentLiveIdeasOfOneSpace() {
		Idea a = idea(1, 1, IdeaStatus.OPEN);
		Idea b = idea(2, 1, IdeaStatus.UNDER_REVIEW);
		Idea elsewhere = idea(3, 2, IdeaStatus.OPEN);

		assertThatThrownBy(() -> a.mergeInto(a, "Same")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> a.mergeInto(elsewhere, "Same")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> a.mergeInto(b, "")).isInstanceOf(InvalidCommand.class);
		var change = a.mergeInto(b, "Duplicate of the other one.");

		assertThat(change.to()).isEqualTo(IdeaStatus.MERGED);
		assertThat(a.mergedInto()).isEqualTo(2L);
		assertThatThrownBy(() -> idea(4, 1, IdeaStatus.OPEN).mergeInto(a, "Into a merged one"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("error.idea.merged"));
		assertThatThrownBy(() -> a.changeStatus(IdeaStatus.PLANNED, "Too late")).isInstanceOf(DomainException.class);
	}

	@Test
	void aRemovedIdeaTakesNoChanges() {
		Idea idea = idea(1, 1, IdeaStatus.OPEN);
		idea.delete();

		assertThatThrownBy(idea::requireLive)
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("error.idea.deleted"));
		assertThatThrownBy(() -> idea.revise("New", "Body", List.of())).isInstanceOf(DomainException.class);
	}

	@Test
	void validatesTitleBodyAndTags() {
		assertThat(Idea.validate("", "", List.of()).has("title")).isTrue();
		assertThat(Idea.validate("t".repeat(151), "", List.of()).has("title")).isTrue();
		assertThat(Idea.validate("Fine", "b".repeat(20_001), List.of()).has("body")).isTrue();
		assertThat(Idea.validate("Fine", "", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")).has("tags")).isTrue();
		assertThat(Idea.validate("Fine", "Fine", List.of("a")).isEmpty()).isTrue();
	}

	@Test
	void tagsJoinTheExplicitOnesAndTheHashtagsOfTitleAndBody() {
		assertThat(Ideas.tags("Shade in #Parks", "More #trees and #parks", List.of("#Summer", " water "))).containsExactly("summer",
				"water", "parks", "trees");
		assertThatThrownBy(() -> Ideas.tags("t", "b", List.of("not a tag"))).isInstanceOf(InvalidCommand.class);
	}
}
