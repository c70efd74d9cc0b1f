package org.cocreate.budgets.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbReader;
import org.cocreate.budgets.pabulib.PbVote;

/**
 * Heap a pabulib import keeps, on a file generated here (seeded, so every run reads the same):
 * {@code VOTERS} voters (default 400,000, the import's default limit) each approving 1 to 6 of
 * 150 projects at random (so nearly every ballot is distinct: the worst case for the election,
 * which keeps identical ballots once), with age and sex columns. Two reads of the same file, in the same run:
 * <ul>
 * <li><b>import</b>: {@link PbReader#stream} into an {@link Election.Builder}, which is what the
 * import keeps while it reads (its ballots go to the database in batches of 1,000);</li>
 * <li><b>whole</b>: {@link PbReader#read}, every vote held as objects — what the import did
 * before, the ceiling.</li>
 * </ul>
 * The import is measured at its peak, the last vote (a full GC, then used heap minus before:
 * the reader's voter ids and the builder's ballots); the whole read after it returns. Prints
 * bytes retained per voter for both, the file's bytes per voter, and the ratio import/whole;
 * the bound is import/whole at most 0.5. Run {@code bench/pb/heap.sh [VOTERS]}.
 */
public final class PbHeapBench {

	private PbHeapBench() {
	}

	public static void main(String[] args) throws Exception {
		int voters = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
		int projects = 150;
		Path file = Files.createTempFile("pbheap", ".pb");
		try {
			generate(file, projects, voters);
			long size = Files.size(file);
			long before = used();
			long[] live = new long[1];
			retained(() -> {
				Election.Builder[] builder = new Election.Builder[1];
				int[] seen = new int[1];
				try (InputStream in = Files.newInputStream(file)) {
					new PbReader(PbReader.DEFAULT_MAX_LINE_LENGTH, 2000, voters).stream(in, new PbReader.Handler() {

						@Override
						public void header(PbInstance header) {
							try {
								builder[0] = Election.builderFor(header);
							}
							catch (Exception ex) {
								throw new IllegalStateException(ex);
							}
						}

						@Override
						public void vote(PbVote vote) {
							builder[0].ballot(vote);
							if (++seen[0] == voters) {
								// the peak: every vote in the builder, the reader's voter ids still held
								try {
									live[0] = used() - before;
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							}
						}
					});
				}
				return builder[0];
			});
			long wholeRetained = retained(() -> new PbReader().read(file));
			long importRetained = live[0];
			double ratio = (double) importRetained / wholeRetained;
			System.out.printf(Locale.ROOT, "file: %d voters, %.1f MB, %.0f bytes per voter%n", voters, size / 1048576.0,
					(double) size / voters);
			System.out.printf(Locale.ROOT, "import (streamed): %.1f MB live at its last vote, %.0f bytes per voter%n",
					importRetained / 1048576.0, (double) importRetained / voters);
			System.out.printf(Locale.ROOT, "whole file read:   %.1f MB retained, %.0f bytes per voter (ceiling)%n",
					wholeRetained / 1048576.0, (double) wholeRetained / voters);
			System.out.printf(Locale.ROOT, "ratio import/whole: %.2f (bound 0.5): %s%n", ratio,
					ratio <= 0.5 ? "OK" : "OVER");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private interface Work {

		Object run() throws Exception;

	}

	private static long retained(Work work) throws Exception {
		long before = used();
		Object kept = work.run();
		long after = used();
		if (kept.hashCode() == 42) { // keep the result reachable until measured
			System.out.print("");
		}
		return after - before;
	}

	private static long used() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static void generate(Path file, int projects, int voters) throws Exception {
		Random random = new Random(2026);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("META\nkey;value\ndescription;Generated\nbudget;5000000\nvote_type;approval\nrule;greedy\n");
			out.write("PROJECTS\nproject_id;cost;name\n");
			for (int p = 1; p <= projects; p++) {
				out.write(p + ";" + (50_000 + random.nextInt(400_000)) + ";Project " + p + "\n");
			}
			out.write("VOTES\nvoter_id;vote;age;sex\n");
			StringBuilder line = new StringBuilder();
			for (int v = 1; v <= voters; v++) {
				line.setLength(0);
				line.append(v).append(';');
				int n = 1 + random.nextInt(6);
				java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
				while (chosen.size() < n) {
					chosen.add(1 + random.nextInt(projects));
				}
				String sep = "";
				for (int p : chosen) {
					line.append(sep).append(p);
					sep = ",";
				}
				line.append(';').append(18 + random.nextInt(70)).append(';').append(random.nextBoolean() ? 'M' : 'K');
				out.write(line.append('\n').toString());
			}
		}
	}
}
