package org.cocreate.moderation.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leave one video out: train on two of the shipped videos, test on the third, for each of the
 * three. The test video takes no part in training, not even in choosing the threshold (the
 * trainer cross-validates on the two training videos alone), so the figures estimate how the
 * classifier does on comments from a video it has never seen.
 */
class SpamClassifierEvaluationTest {

	@Test
	void findsSpamOnVideosItNeverSaw() {
		Map<String, List<LabelledText>> videos = new LinkedHashMap<>();
		for (String file : TrainingData.SHIPPED_FILES) {
			videos.put(file, TrainingData.shipped(file));
		}
		var f1s = new ArrayList<Double>();
		System.out.println("Leave-one-video-out evaluation of the spam classifier:");
		for (String heldOut : videos.keySet()) {
			var trainer = SpamTrainer.empty();
			videos.forEach((file, examples) -> {
				if (!file.equals(heldOut)) {
					trainer.addAll(examples);
				}
			});
			long start = System.nanoTime();
			SpamClassifier classifier = trainer.train();
			long millis = (System.nanoTime() - start) / 1_000_000;

			List<LabelledText> test = videos.get(heldOut);
			boolean[] actual = new boolean[test.size()];
			boolean[] predicted = new boolean[test.size()];
			for (int i = 0; i < test.size(); i++) {
				actual[i] = test.get(i).spam();
				predicted[i] = classifier.isSpam(test.get(i).text());
			}
			Scores scores = Scores.of(actual, predicted);
			f1s.add(scores.f1());
			System.out.printf("  test on %-24s threshold %.2f  %s  (trained in %d ms)%n", heldOut,
					classifier.threshold(), scores, millis);
			assertThat(scores.f1()).as("F1 on spam, testing on %s", heldOut).isGreaterThanOrEqualTo(0.93);
		}
		double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		System.out.printf("  mean F1 on spam %.3f%n", mean);
		assertThat(mean).isGreaterThanOrEqualTo(0.93);
	}
}
