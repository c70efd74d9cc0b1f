package org.cocreate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashtagsTest {

	@Test
	void findsDistinctTagsInOrderOfFirstAppearanceIgnoringCase() {
		assertThat(Hashtags.in("We love #Climate, #bike-lanes and #climate again; #Café_2 too."))
			.containsExactly("climate", "bike-lanes", "café_2");
	}

	@Test
	void aTagStartsWithALetter() {
		assertThat(Hashtags.in("Room #1 and #42abc are numbers, not tags")).isEmpty();
	}

	@Test
	void anchorsEntitiesAndWordsWithHashesAreNotTags() {
		assertThat(Hashtags.in("https://example.org/page#section &#35; C#sharp ##double")).isEmpty();
	}

	@Test
	void normaliseLowerCasesAndDropsTheHash() {
		assertThat(Hashtags.normalise("#AImaSocial")).isEqualTo("aimasocial");
		assertThat(Hashtags.normalise("Climate")).isEqualTo("climate");
	}

	@Test
	void validTagNames() {
		assertThat(Hashtags.isValid("climate")).isTrue();
		assertThat(Hashtags.isValid("bike_lanes-2")).isTrue();
		assertThat(Hashtags.isValid("a".repeat(50))).isTrue();
		assertThat(Hashtags.isValid("a".repeat(51))).isFalse();
		assertThat(Hashtags.isValid("1abc")).isFalse();
		assertThat(Hashtags.isValid("two words")).isFalse();
		assertThat(Hashtags.isValid("")).isFalse();
	}
}
