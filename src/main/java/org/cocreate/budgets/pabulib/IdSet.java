package org.cocreate.budgets.pabulib;

import java.util.Arrays;

/**
 * The voter ids seen so far, to refuse a duplicate: an exact set of strings kept as characters in
 * one array with an open-addressing table of indices — about 30 bytes per id of 6 characters
 * where a {@code HashSet<String>} takes about 90, which is most of what a streamed import holds.
 */
final class IdSet {

	private char[] chars = new char[1 << 12];

	private int used;

	/** Where id {@code e} starts in {@link #chars}; it ends where {@code e + 1} starts. */
	private int[] starts = new int[1 << 10];

	private int[] hashes = new int[1 << 10];

	private int size;

	/** Entry index + 1 per slot; 0 is empty. Never more than half full. */
	private int[] table = new int[1 << 11];

	/** Adds the id; {@code false} if it was there already. */
	boolean add(String id) {
		int hash = mix(id.hashCode());
		int mask = this.table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			int entry = this.table[slot] - 1;
			if (entry < 0) {
				this.table[slot] = append(id, hash) + 1;
				if (this.size * 2 > this.table.length) {
					grow();
				}
				return true;
			}
			if (this.hashes[entry] == hash && same(entry, id)) {
				return false;
			}
		}
	}

	int size() {
		return this.size;
	}

	private boolean same(int entry, String id) {
		int start = this.starts[entry];
		int end = entry + 1 < this.size ? this.starts[entry + 1] : this.used;
		if (end - start != id.length()) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			if (this.chars[start + i] != id.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private int append(String id, int hash) {
		if (this.used + id.length() > this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, Math.max(this.chars.length * 2, this.used + id.length()));
		}
		if (this.size == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.size * 2);
			this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
		}
		id.getChars(0, id.length(), this.chars, this.used);
		this.starts[this.size] = this.used;
		this.hashes[this.size] = hash;
		this.used += id.length();
		return this.size++;
	}

	private void grow() {
		int[] bigger = new int[this.table.length * 2];
		int mask = bigger.length - 1;
		for (int e = 0; e < this.size; e++) {
			int slot = this.hashes[e] & mask;
			while (bigger[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			bigger[slot] = e + 1;
		}
		this.table = bigger;
	}

	/** Spreads the String hash so that sequential ids do not cluster in the low bits. */
	private static int mix(int h) {
		h *= 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
