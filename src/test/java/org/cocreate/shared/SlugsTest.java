package org.cocreate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

	@Test
	void makesReadableAsciiAddressesFromNames() {
		assertThat(Slugs.from("Ciudad de México")).isEqualTo("ciudad-de-mexico");
		assertThat(Slugs.from("  -- Hello,   World! -- ")).isEqualTo("hello-world");
		assertThat(Slugs.from("Green & Clean 2030")).isEqualTo("green-clean-2030");
	}

	@Test
	void longNamesAreCutToSixtyCharactersWithoutATrailingHyphen() {
		String slug = Slugs.from("word ".repeat(30));

		assertThat(slug.length()).isLessThanOrEqualTo(60);
		assertThat(slug).doesNotEndWith("-");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void aNameOfOnlySymbolsGivesAnEmptySlugWhichIsNotValid() {
		assertThat(Slugs.from("!!! ???")).isEmpty();
		assertThat(Slugs.isValid("")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "a1", "green-city", "x-2030-y" })
	void valid(String slug) {
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-ab", "ab-", "Ab", "a b", "ab_c", "ab/c", "a--b", "ñandú" })
	void invalid(String slug) {
		assertThat(Slugs.isValid(slug)).isFalse();
	}

	@Test
	void atMostSixtyCharacters() {
		assertThat(Slugs.isValid("a".repeat(60))).isTrue();
		assertThat(Slugs.isValid("a".repeat(61))).isFalse();
	}
}
