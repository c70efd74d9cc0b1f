package org.cocreate.moderation.spam;

import java.util.Arrays;

/**
 * A feature vector with few non-zero entries: the indices in ascending order, each once, and their
 * values. Immutable by convention; the arrays are not handed out for writing.
 */
record SparseVector(int[] indices, float[] values) {

	SparseVector {
		if (indices.length != values.length) {
			throw new IllegalArgumentException("indices and values differ in length");
		}
	}

	int size() {
		return indices.length;
	}

	double dot(float[] dense) {
		double sum = 0;
		for (int i = 0; i < indices.length; i++) {
			sum += dense[indices[i]] * values[i];
		}
		return sum;
	}

	/** Collects (index, value) pairs in any order; equal indices are summed when built. */
	static final class Builder {

		private long[] packed = new long[64];
		private int size;

		void add(int index, float value) {
			if (index < 0) {
				throw new IllegalArgumentException("negative index " + index);
			}
			if (size == packed.length) {
				packed = Arrays.copyOf(packed, size * 2);
			}
			// index in the high half, so sorting the longs sorts by index
			packed[size++] = ((long) index << 32) | (Float.floatToRawIntBits(value) & 0xFFFFFFFFL);
		}

		SparseVector build() {
			Arrays.sort(packed, 0, size);
			int[] indices = new int[size];
			float[] values = new float[size];
			int n = 0;
			for (int i = 0; i < size; i++) {
				int index = (int) (packed[i] >>> 32);
				float value = Float.intBitsToFloat((int) packed[i]);
				if (n > 0 && indices[n - 1] == index) {
					values[n - 1] += value;
				}
				else {
					indices[n] = index;
					values[n] = value;
					n++;
				}
			}
			return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
		}
	}
}
