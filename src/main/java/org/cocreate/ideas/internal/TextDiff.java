package org.cocreate.ideas.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line-by-line comparison of two texts (longest common subsequence), for the revision view.
 * Texts too large to compare cheaply are shown as all removed, then all added.
 */
public final class TextDiff {

	/** One line of a comparison. */
	public record Line(Kind kind, String text) {
	}

	public enum Kind {
		SAME, ADDED, REMOVED
	}

	static final long MAX_CELLS = 4_000_000;

	private TextDiff() {
	}

	public static List<Line> lines(String before, String after) {
		String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
		String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
		if ((long) a.length * b.length > MAX_CELLS) {
			var all = new ArrayList<Line>();
			Arrays.stream(a).forEach(l -> all.add(new Line(Kind.REMOVED, l)));
			Arrays.stream(b).forEach(l -> all.add(new Line(Kind.ADDED, l)));
			return all;
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		var diff = new ArrayList<Line>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				diff.add(new Line(Kind.SAME, a[i]));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				diff.add(new Line(Kind.REMOVED, a[i++]));
			}
			else {
				diff.add(new Line(Kind.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			diff.add(new Line(Kind.REMOVED, a[i++]));
		}
		while (j < b.length) {
			diff.add(new Line(Kind.ADDED, b[j++]));
		}
		return diff;
	}
}
