package org.cocreate.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The descriptor mechanism: capabilities are collected, found by id, and unknown ones are named. */
class CapabilitiesTest {

	record Described(String id, boolean onByDefault, Scope scope) implements Capability {

		Described(String id, boolean onByDefault) {
			this(id, onByDefault, Scope.SPACE);
		}

		@Override
		public List<String> actions() {
			return List.of("capability." + id + ".action.post");
		}

		@Override
		public List<String> contentKinds() {
			return List.of(id);
		}
	}

	private final Capabilities capabilities = new Capabilities(List.of(new Described("ideas", true),
			new Described("budgets", false), new Described("events", true), new Described("requests", true, Capability.Scope.PLATFORM)));

	@Test
	void aPlatformWideCapabilityIsNeitherSwitchedOnNorOfferedInSpaces() {
		assertThat(capabilities.inSpaces()).extracting(Capability::id).containsExactly("budgets", "events", "ideas");
		assertThat(capabilities.unknown(List.of("requests", "ideas"))).containsExactly("requests");
	}

	@Test
	void listsTheDeclaredCapabilitiesInAStableOrder() {
		assertThat(capabilities.all()).extracting(Capability::id).containsExactly("budgets", "events", "ideas", "requests");
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
