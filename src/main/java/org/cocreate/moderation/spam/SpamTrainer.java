package org.cocreate.moderation.spam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gathers labelled comments and trains a {@link SpamClassifier} on them. Start from the shipped
 * data, add moderators' decisions with {@link #learn}, then {@link #train}: the examples are the
 * whole of the model's knowledge, so a model with more examples is a retrained one, never a patched
 * one. Training is deterministic: the same examples in the same order give the same classifier.
 * Not thread-safe; the classifiers it makes are.
 */
public final class SpamTrainer {

	/** Source given to examples added with {@link #learn}. */
	public static final String MODERATION_SOURCE = "moderation";

	/**
	 * Penalty 1e-4 (the customary default for SGD-fitted linear models), ten passes, a first step of
	 * 0.5 and a fixed seed. Mean leave-one-video-out F1 stayed between 0.947 and 0.957 for penalties
	 * from 1e-6 to 1e-3, 5 to 30 passes and first steps from 0.2 to 1: sensible values, not tuned
	 * ones.
	 */
	static final LogisticRegression.Settings SETTINGS = new LogisticRegression.Settings(1e-4, 10, 0.5, 20240917L);

	/** The threshold when there is too little data to choose one by cross-validation. */
	static final double DEFAULT_THRESHOLD = 0.5;

	private final List<LabelledText> examples = new ArrayList<>();

	private SpamTrainer() {
	}

	/** A trainer with no examples yet. */
	public static SpamTrainer empty() {
		return new SpamTrainer();
	}

	/** A trainer holding the comments shipped with the application. */
	public static SpamTrainer withShippedData() {
		return empty().addAll(TrainingData.shipped());
	}

	/** Adds a labelled comment, such as a moderator's decision. */
	public SpamTrainer learn(String text, boolean spam) {
		return add(new LabelledText(text, spam, MODERATION_SOURCE));
	}

	public SpamTrainer add(LabelledText example) {
		examples.add(example);
		return this;
	}

	public SpamTrainer addAll(Collection<LabelledText> more) {
		more.forEach(this::add);
		return this;
	}

	public List<LabelledText> examples() {
		return List.copyOf(examples);
	}

	/**
	 * Trains on every example. First chooses the decision threshold by cross-validation — holding
	 * out one source at a time when there are several, otherwise five stratified folds — then fits
	 * the final model on all examples.
	 *
	 * @throws IllegalStateException if there are no examples of spam or none of legitimate comments
	 */
	public SpamClassifier train() {
		var featuriser = new Featuriser();
		int n = examples.size();
		var xs = new ArrayList<SparseVector>(n);
		boolean[] ys = new boolean[n];
		for (int i = 0; i < n; i++) {
			xs.add(featuriser.vector(examples.get(i).text()));
			ys[i] = examples.get(i).spam();
		}
		int spam = count(ys, true);
		if (spam == 0 || spam == n) {
			throw new IllegalStateException("training needs examples of both spam and legitimate comments");
		}
		double threshold = chooseThreshold(xs, ys, folds());
		var model = LogisticRegression.train(xs, ys, Featuriser.DIMENSIONS, SETTINGS);
		return new SpamClassifier(featuriser, model, threshold, examples);
	}

	/** Fold number of each example: its source's, or a stratified assignment if only one source. */
	private int[] folds() {
		var sources = new LinkedHashMap<String, Integer>();
		for (var e : examples) {
			sources.putIfAbsent(e.source(), sources.size());
		}
		int[] fold = new int[examples.size()];
		if (sources.size() >= 2) {
			for (int i = 0; i < fold.length; i++) {
				fold[i] = sources.get(examples.get(i).source());
			}
			return fold;
		}
		int k = 5;
		var random = new SplittableRandom(SETTINGS.seed());
		for (boolean label : new boolean[] {true, false}) {
			var members = new ArrayList<Integer>();
			for (int i = 0; i < fold.length; i++) {
				if (examples.get(i).spam() == label) {
					members.add(i);
				}
			}
			int offset = random.nextInt(k);
			for (int j = members.size() - 1; j > 0; j--) {
				int swap = random.nextInt(j + 1);
				Integer tmp = members.get(j);
				members.set(j, members.get(swap));
				members.set(swap, tmp);
			}
			for (int j = 0; j < members.size(); j++) {
				fold[members.get(j)] = (j + offset) % k;
			}
		}
		return fold;
	}

	/**
	 * Scores every example with a model that did not see its fold, computes the F1 on spam of each
	 * threshold from 0.05 to 0.95 over those scores, and picks the threshold nearest 0.5 whose F1 is
	 * within one standard error of the best.
	 */
	static double chooseThreshold(List<SparseVector> xs, boolean[] ys, int[] fold) {
		int folds = Arrays.stream(fold).max().orElse(-1) + 1;
		var scoredActual = new ArrayList<Boolean>();
		var scores = new ArrayList<Double>();
		for (int f = 0; f < folds; f++) {
			var trainX = new ArrayList<SparseVector>();
			var trainY = new ArrayList<Boolean>();
			for (int i = 0; i < xs.size(); i++) {
				if (fold[i] != f) {
					trainX.add(xs.get(i));
					trainY.add(ys[i]);
				}
			}
			boolean[] y = toArray(trainY);
			int spam = count(y, true);
			if (spam == 0 || spam == y.length || trainX.size() == xs.size()) {
				continue; // this fold leaves a one-class (or no) training set; it cannot be scored
			}
			var model = LogisticRegression.train(trainX, y, Featuriser.DIMENSIONS, SETTINGS);
			for (int i = 0; i < xs.size(); i++) {
				if (fold[i] == f) {
					scoredActual.add(ys[i]);
					scores.add(model.probability(xs.get(i)));
				}
			}
		}
		boolean[] actual = toArray(scoredActual);
		int spam = count(actual, true);
		if (spam < 5 || actual.length - spam < 5) {
			return DEFAULT_THRESHOLD;
		}
		int steps = 91; // thresholds 0.05, 0.06, … 0.95
		double[] f1 = new double[steps];
		for (int s = 0; s < steps; s++) {
			double t = threshold(s);
			boolean[] predicted = new boolean[actual.length];
			for (int i = 0; i < predicted.length; i++) {
				predicted[i] = scores.get(i) >= t;
			}
			f1[s] = Scores.of(actual, predicted).f1();
		}
		// The one-standard-error rule: a threshold other than the neutral 0.5 must earn its place by
		// beating 0.5 by more than the noise of the estimate. Held-out sources make models look less
		// sure of spam than the final model, trained on every source, will be; the raw optimum would
		// lean too far towards low thresholds.
		double max = 0;
		for (double f : f1) {
			max = Math.max(max, f);
		}
		double tolerance = Math.sqrt(max * (1 - max) / spam);
		int middle = steps / 2;
		for (int distance = 0; distance <= middle; distance++) {
			for (int s : new int[] {middle - distance, middle + distance}) {
				if (s >= 0 && s < steps && f1[s] >= max - tolerance) {
					return threshold(s);
				}
			}
		}
		throw new AssertionError("the maximum itself is within tolerance");
	}

	private static int count(boolean[] values, boolean which) {
		int n = 0;
		for (boolean v : values) {
			if (v == which) {
				n++;
			}
		}
		return n;
	}

	private static double threshold(int step) {
		return (5 + step) / 100.0;
	}

	private static boolean[] toArray(List<Boolean> values) {
		boolean[] array = new boolean[values.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = values.get(i);
		}
		return array;
	}
}
