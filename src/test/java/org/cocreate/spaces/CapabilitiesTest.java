package org.cocreate.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The descriptor mechanism: capabilities are collected, found by id, and unknown ones are named. */
class CapabilitiesTest {

	record Described(String id, boolean onByDefault) implements Capability {

		@Override
		public List<String> actions() {
			return List.of("capability." + id + ".action.post");
		}
	}

	private final Capabilities capabilities = new Capabilities(
			List.of(new Described("ideas", true), new Described("budgets", false), new Described("events", true)));

	@Test
	void listsTheDeclaredCapabilitiesInAStableOrder() {
		assertThat(capabilities.all()).extracting(Capability::id).containsExactly("budgets", "events", "ideas");
	}

	@Test
	void namesAndPathsFollowFromTheId() {
		var ideas = capabilities.find("ideas").orElseThrow();
		assertThat(ideas.nameKey()).isEqualTo("capability.ideas.name");
		assertThat(ideas.descriptionKey()).isEqualTo("capability.ideas.description");
		assertThat(ideas.pathIn("acme-ideas")).isEqualTo("/s/acme-ideas/ideas");
	}

	@Test
	void newSpacesGetOnlyTheCapabilitiesThatAreOnByDefault() {
		assertThat(capabilities.defaults()).containsExactly("events", "ideas");
	}

	@Test
	void unknownIdsAreReportedAndKnownOnesAreNot() {
		assertThat(capabilities.unknown(List.of("ideas", "raffles", "budgets", "polls"))).containsExactly("raffles", "polls");
		assertThat(capabilities.find("raffles")).isEmpty();
	}
}
