package org.cocreate.moderation.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeaturiserTest {

	private final Featuriser featuriser = new Featuriser();

	private Set<String> names(String text) {
		return featuriser.features(text).keySet();
	}

	private Set<String> shapes(String text) {
		return names(text).stream()
			.filter(n -> n.startsWith("s:") && !n.startsWith("s:length:"))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void wordsAreLowerCasedWithoutApostrophesAndAddressesArePlaceholders() {
		assertThat(Featuriser.words("I'm SO happy, visit http://x.example/a?b=1 or mail me@spam.example"))
			.containsExactly("im", "so", "happy", "visit", "_url_", "or", "mail", "_email_");
	}

	@Test
	void wordUnigramsAndBigrams() {
		assertThat(names("Check out my channel")).contains("w:check", "w:out", "w:my", "w:channel", "b:check out",
				"b:out my", "b:my channel")
			.noneMatch(n -> n.startsWith("b:check my"));
	}

	@Test
	void characterThreeToFiveGramsIncludeTheSpacesAround() {
		var chars = names("Abc").stream().filter(n -> n.startsWith("c:")).collect(Collectors.toSet());
		assertThat(chars).containsExactlyInAnyOrder("c: ab", "c:abc", "c:bc ", "c: abc", "c:abc ", "c: abc ");
	}

	@Test
	void wordAndCharacterGroupsHaveUnitLength() {
		Map<String, Double> f = featuriser.features("sub sub sub to my channel, my channel is great!!");
		assertThat(sumOfSquares(f, "w:", "b:")).isCloseTo(1.0, offset(1e-9));
		assertThat(sumOfSquares(f, "c:")).isCloseTo(1.0, offset(1e-9));
		assertThat(f.get("w:sub")).isGreaterThan(f.get("w:great")); // counted, dampened
		assertThat(f.get("w:sub") / f.get("w:great")).isCloseTo(1 + Math.log(3), offset(1e-9));
	}

	private static double sumOfSquares(Map<String, Double> f, String... prefixes) {
		return f.entrySet()
			.stream()
			.filter(e -> Arrays.stream(prefixes).anyMatch(e.getKey()::startsWith))
			.mapToDouble(e -> e.getValue() * e.getValue())
			.sum();
	}

	@Test
	void webAddressesInTheirUsualAndDisguisedForms() {
		assertThat(shapes("see https://t.co/abc")).contains("s:url", "s:contact");
		assertThat(shapes("go to www.example.org now")).contains("s:url");
		assertThat(shapes("kidsmediausa . com")).contains("s:url");
		assertThat(shapes("mysite dot com")).contains("s:url");
		assertThat(shapes("watch?v=vtaRGgvGtWQ")).contains("s:url");
		assertThat(shapes("a.b http://one.example http://two.example")).contains("s:urls");
		assertThat(shapes("I love this song. Really.")).doesNotContain("s:url", "s:contact");
	}

	@Test
	void emailPhoneHandleHashtag() {
		assertThat(shapes("write to deals@offers.example")).contains("s:email", "s:contact").doesNotContain("s:handle");
		assertThat(shapes("call +44 20 7946 0958")).contains("s:phone", "s:contact");
		assertThat(shapes("call (555) 123-4567 today")).contains("s:phone");
		assertThat(shapes("follow @someone on insta")).contains("s:handle");
		assertThat(shapes("#votekatyperry for the VMA")).contains("s:hashtag");
	}

	@Test
	void viewCountsAndYearsAreNotPhoneNumbers() {
		assertThat(shapes("1,000,000,000 views in 2014")).doesNotContain("s:phone");
		assertThat(shapes("2.000.000.000 views")).doesNotContain("s:phone");
		assertThat(shapes("2 billion views 1:39")).doesNotContain("s:phone", "s:money");
	}

	@Test
	void money() {
		assertThat(shapes("make $500 a day")).contains("s:money");
		assertThat(shapes("earn 50 dollars")).contains("s:money");
		assertThat(shapes("free paypal cash")).contains("s:money");
		assertThat(shapes("this song is worth a million")).doesNotContain("s:money");
	}

	@Test
	void callsToActionAimedAtTheWriterOrAtALink() {
		assertThat(shapes("Hey guys, check out my new channel")).contains("s:call-to-self", "s:self-promotion");
		assertThat(shapes("Please subscribe to me")).contains("s:call-to-self", "s:plea");
		assertThat(shapes("Check out this video on YouTube:")).contains("s:call-to-this");
		assertThat(shapes("I came here to check the views")).noneMatch(s -> s.startsWith("s:call-to-"));
		assertThat(shapes("my favourite part is the chorus")).isEmpty();
	}

	@Test
	void likeBaitTitForTatShoutingRepetition() {
		assertThat(shapes("Like this comment if you are watching in 2015")).contains("s:like-bait");
		assertThat(shapes("thumbs up if you love her")).contains("s:like-bait");
		assertThat(shapes("sub4sub anyone?")).contains("s:tit-for-tat");
		assertThat(shapes("like for like")).contains("s:tit-for-tat");
		assertThat(shapes("THIS IS THE BEST SONG EVER")).contains("s:shouting");
		assertThat(shapes("This is the best SONG ever")).doesNotContain("s:shouting");
		assertThat(shapes("Follow me watch my videos :) ".repeat(4))).contains("s:repetitive");
		assertThat(shapes("wow!!")).contains("s:exclamations");
	}

	@Test
	void lengthBucketIsAlwaysThere() {
		assertThat(names("")).containsExactly("s:length:0-2");
		assertThat(names("one two three four")).contains("s:length:3-5");
		assertThat(names("word ".repeat(50))).contains("s:length:41+");
	}

	@Test
	void vectorIsTheHashedFeaturesSortedAndDistinct() {
		String text = "Check out my channel: www.example.com !! <br />&amp; SUBSCRIBE";
		SparseVector v = featuriser.vector(text);
		int[] idx = v.indices();
		for (int i = 1; i < idx.length; i++) {
			assertThat(idx[i]).isGreaterThan(idx[i - 1]);
		}
		assertThat(Arrays.stream(idx).allMatch(i -> i >= 0 && i < Featuriser.DIMENSIONS)).isTrue();
		var expected = featuriser.features(text).keySet().stream().map(Featuriser::bucket).collect(Collectors.toSet());
		assertThat(Arrays.stream(idx).boxed().collect(Collectors.toSet())).isEqualTo(expected);
		double sum = 0;
		for (float x : v.values()) {
			sum += x;
		}
		double namedSum = featuriser.features(text).values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(sum).isCloseTo(namedSum, offset(1e-4));
	}

	@Test
	void sameTextSameVector() {
		var a = featuriser.vector("Subscribe to my channel please");
		var b = new Featuriser().vector("Subscribe to my channel please");
		assertThat(a.indices()).isEqualTo(b.indices());
		assertThat(a.values()).isEqualTo(b.values());
	}

	@Test
	void hostileInputIsReadQuicklyAndOnlyInPart() {
		String dotted = "a.".repeat(500_000);
		String digits = "+1 " + "12 ".repeat(300_000);
		assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
			assertThatCode(() -> featuriser.vector(dotted)).doesNotThrowAnyException();
			assertThatCode(() -> featuriser.vector(digits)).doesNotThrowAnyException();
			for (String unit : new String[] {"<", "a.", "a-", "1.", "12 ", "+1 ", "$1", "@a ", "#a ", "my ", "check ",
					"check my ", "please like ", "&#1", "&amp;", "sub4", "A", "!", "http://", "x dot ", "(dot) ", "\uFEFF",
					"\uD83D\uDE00", "\n", "\"", "ab "}) {
				assertThatCode(() -> featuriser.vector(unit.repeat(1_000_000 / unit.length())))
					.as(unit).doesNotThrowAnyException();
			}
			for (String prefix : new String[] {"x@", "+1 ", "my ", "please ", "check ", "www.", "1 "}) {
				for (String unit : new String[] {"a.", "1.", "12 ", "a ", "a-"}) {
					assertThatCode(() -> featuriser.vector(prefix + unit.repeat(1_000_000 / unit.length())))
						.as(prefix + unit).doesNotThrowAnyException();
				}
			}
		});
		assertThat(names("x ".repeat(10_000))).contains("s:length:41+");
	}
}
