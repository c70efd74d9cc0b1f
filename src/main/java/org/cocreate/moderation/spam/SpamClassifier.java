package org.cocreate.moderation.spam;

import java.util.List;

/**
 * Tells spam comments from legitimate ones. Made by a {@link SpamTrainer}; immutable and safe to
 * share between threads.
 */
public final class SpamClassifier {

	private final Featuriser featuriser;
	private final LogisticRegression model;
	private final double threshold;
	private final List<LabelledText> examples;

	SpamClassifier(Featuriser featuriser, LogisticRegression model, double threshold, List<LabelledText> examples) {
		this.featuriser = featuriser;
		this.model = model;
		this.threshold = threshold;
		this.examples = List.copyOf(examples);
	}

	/** A classifier trained on the comments shipped with the application. */
	public static SpamClassifier trainedOnShippedData() {
		return SpamTrainer.withShippedData().train();
	}

	/** The model's estimate, between 0 and 1, that {@code text} is spam. */
	public double spamProbability(String text) {
		return model.probability(featuriser.vector(text));
	}

	/** Whether {@code text} is spam: its probability reaches the {@link #threshold()}. */
	public boolean isSpam(String text) {
		return spamProbability(text) >= threshold;
	}

	/** The probability from which a comment counts as spam, chosen by cross-validation. */
	public double threshold() {
		return threshold;
	}

	/** How many labelled comments the model was trained on. */
	public int trainingExamples() {
		return examples.size();
	}

	/** A trainer holding this classifier's examples, to add more to and train again. */
	public SpamTrainer trainer() {
		return SpamTrainer.empty().addAll(examples);
	}
}
