package org.cocreate.moderation.spam;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Binary logistic regression with an L2 penalty, fitted by stochastic gradient descent over the
 * examples in an order shuffled by a fixed seed, so the same examples always give the same model.
 * Uses the decaying step size of Bottou's SGD and keeps the weights as a scale times a vector so
 * that the penalty costs one multiplication per step rather than one per weight. Immutable once
 * trained.
 */
final class LogisticRegression {

	/** How to fit: penalty strength, passes over the data, first step size and shuffling seed. */
	record Settings(double lambda, int epochs, double initialStep, long seed) {
	}

	private final float[] weights;
	private final double bias;

	private LogisticRegression(float[] weights, double bias) {
		this.weights = weights;
		this.bias = bias;
	}

	static LogisticRegression train(List<SparseVector> xs, boolean[] spam, int dimensions, Settings settings) {
		if (xs.size() != spam.length) {
			throw new IllegalArgumentException("one label per example");
		}
		float[] v = new float[dimensions];
		double scale = 1;
		double bias = 0;
		int n = xs.size();
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		var random = new SplittableRandom(settings.seed());
		double lambda = settings.lambda();
		double eta0 = settings.initialStep();
		long t = 0;
		for (int epoch = 0; epoch < settings.epochs(); epoch++) {
			shuffle(order, random);
			for (int k = 0; k < n; k++) {
				int i = order[k];
				SparseVector x = xs.get(i);
				double eta = eta0 / (1 + lambda * eta0 * t++);
				double margin = scale * x.dot(v) + bias;
				double gradient = sigmoid(margin) - (spam[i] ? 1 : 0);
				scale *= 1 - eta * lambda;
				if (gradient != 0) {
					double step = eta * gradient / scale;
					int[] idx = x.indices();
					float[] val = x.values();
					for (int j = 0; j < idx.length; j++) {
						v[idx[j]] -= (float) (step * val[j]);
					}
					bias -= eta * gradient;
				}
				if (scale < 1e-6) { // fold the scale back in before floats lose precision
					for (int j = 0; j < v.length; j++) {
						v[j] *= (float) scale;
					}
					scale = 1;
				}
			}
		}
		for (int j = 0; j < v.length; j++) {
			v[j] *= (float) scale;
		}
		return new LogisticRegression(v, bias);
	}

	double probability(SparseVector x) {
		return sigmoid(x.dot(weights) + bias);
	}

	private static double sigmoid(double z) {
		if (z >= 0) {
			return 1 / (1 + Math.exp(-z));
		}
		double e = Math.exp(z);
		return e / (1 + e);
	}

	private static void shuffle(int[] a, SplittableRandom random) {
		for (int i = a.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int tmp = a[i];
			a[i] = a[j];
			a[j] = tmp;
		}
	}
}
