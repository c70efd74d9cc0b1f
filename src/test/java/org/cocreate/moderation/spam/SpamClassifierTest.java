package org.cocreate.moderation.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpamClassifierTest {

	private static SpamClassifier classifier;

	@BeforeAll
	static void train() {
		long start = System.nanoTime();
		classifier = SpamClassifier.trainedOnShippedData();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Spam classifier trained on %d shipped comments in %d ms (threshold %.2f)%n",
				classifier.trainingExamples(), millis, classifier.threshold());
		assertThat(millis).as("start-up training time").isLessThan(5_000);
	}

	@Test
	void trainsOnEveryShippedComment() {
		assertThat(classifier.trainingExamples()).isEqualTo(1138);
		assertThat(classifier.threshold()).isBetween(0.05, 0.95);
	}

	@Test
	void tellsTypicalSpamFromTypicalComments() {
		// written for this test, not taken from the training data
		for (String spam : List.of("Hey everyone, check out my new channel, I upload every day!",
				"Please subscribe to me, I make gaming videos", "Win a free phone at www.prizes-today.example.com",
				"I make $300 a day from home, visit bestjobs dot com")) {
			assertThat(classifier.isSpam(spam)).as(spam).isTrue();
		}
		for (String ham : List.of("This song never gets old", "Her voice in the second verse gives me chills",
				"Who else is listening in 2025?", "The dancing in this video is hilarious lol")) {
			assertThat(classifier.isSpam(ham)).as(ham).isFalse();
		}
	}

	@Test
	void probabilityIsBetweenZeroAndOneAndAgreesWithTheDecision() {
		for (String text : List.of("", " ", "a", "\uFEFF", "x".repeat(100_000), "CHECK MY CHANNEL!!!!")) {
			double p = classifier.spamProbability(text);
			assertThat(p).isBetween(0.0, 1.0);
			assertThat(classifier.isSpam(text)).isEqualTo(p >= classifier.threshold());
		}
	}

	@Test
	void trainingIsDeterministic() {
		SpamClassifier again = SpamTrainer.withShippedData().train();
		assertThat(again.threshold()).isEqualTo(classifier.threshold());
		for (String text : List.of("subscribe to my channel", "love this song", "check this out: http://x.example")) {
			assertThat(again.spamProbability(text)).isEqualTo(classifier.spamProbability(text));
		}
	}

	@Test
	void learnsFromModeratorsDecisions() {
		String novel = "grab your zorblax tokens before the airdrop ends";
		double before = classifier.spamProbability(novel);
		var trainer = classifier.trainer();
		for (String example : List.of("zorblax airdrop is live, grab your tokens", "free zorblax tokens for everyone",
				"the zorblax airdrop ends tonight", "get zorblax tokens in the airdrop now",
				"zorblax tokens airdrop, last chance", "airdrop: zorblax tokens, grab them")) {
			trainer.learn(example, true);
		}
		trainer.learn("this beat is so catchy", false);
		SpamClassifier retrained = trainer.train();

		assertThat(retrained.trainingExamples()).isEqualTo(classifier.trainingExamples() + 7);
		assertThat(trainer.examples()).last().isEqualTo(new LabelledText("this beat is so catchy", false,
				SpamTrainer.MODERATION_SOURCE));
		assertThat(retrained.spamProbability(novel)).isGreaterThan(before);
		assertThat(retrained.isSpam(novel)).isTrue();
		assertThat(classifier.trainingExamples()).as("the original is unchanged").isEqualTo(1138);
	}

	@Test
	void trainsOnASingleSourceWithStratifiedFolds() {
		var trainer = SpamTrainer.empty();
		for (int i = 0; i < 20; i++) {
			trainer.learn("subscribe to my channel number " + i, true);
			trainer.learn("what a lovely song, part " + i, false);
		}
		SpamClassifier small = trainer.train();
		assertThat(small.isSpam("subscribe to my channel")).isTrue();
		assertThat(small.isSpam("a lovely song")).isFalse();
	}

	@Test
	void tooLittleDataForCrossValidationFallsBackToTheNeutralThreshold() {
		SpamClassifier tiny = SpamTrainer.empty().learn("buy followers now", true).learn("nice song", false).train();
		assertThat(tiny.threshold()).isEqualTo(SpamTrainer.DEFAULT_THRESHOLD);
	}

	@Test
	void needsBothClasses() {
		assertThatThrownBy(() -> SpamTrainer.empty().learn("spam", true).train())
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> SpamTrainer.empty().train()).isInstanceOf(IllegalStateException.class);
	}
}
