package org.cocreate.moderation.spam;

/**
 * How well spam was found in a set of labelled comments: the counts of the confusion matrix and
 * the precision, recall and F1 on the spam class.
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

	public static Scores of(boolean[] actual, boolean[] predicted) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int tn = 0;
		for (int i = 0; i < actual.length; i++) {
			if (predicted[i]) {
				if (actual[i]) {
					tp++;
				}
				else {
					fp++;
				}
			}
			else if (actual[i]) {
				fn++;
			}
			else {
				tn++;
			}
		}
		return new Scores(tp, fp, fn, tn);
	}

	/** Of the comments called spam, the share that is spam; 0 when none was. */
	public double precision() {
		return ratio(truePositives, truePositives + falsePositives);
	}

	/** Of the spam, the share called spam; 0 when there was none. */
	public double recall() {
		return ratio(truePositives, truePositives + falseNegatives);
	}

	/** The harmonic mean of precision and recall. */
	public double f1() {
		return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
	}

	public double accuracy() {
		return ratio(truePositives + trueNegatives, truePositives + falsePositives + falseNegatives + trueNegatives);
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 0 : (double) a / b;
	}

	@Override
	public String toString() {
		return "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d, tn %d)".formatted(precision(), recall(), f1(),
				truePositives, falsePositives, falseNegatives, trueNegatives);
	}
}
