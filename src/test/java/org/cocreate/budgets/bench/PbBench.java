package org.cocreate.budgets.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cocreate.budgets.PabulibData;
import org.cocreate.budgets.allocation.Election;
import org.cocreate.budgets.allocation.EqualSharesRule;
import org.cocreate.budgets.allocation.Outcome;
import org.cocreate.budgets.pabulib.PbInstance;
import org.cocreate.budgets.pabulib.PbReader;

/**
 * Times parsing a pabulib file against computing Equal Shares with Add1 on it, in the same JVM
 * run: a plain loop with warm-up, no harness. Run it with {@code bench/pb/run.sh [FILE.pb]
 * [warmup] [rounds]}; by default it takes the largest instance {@link PabulibData} has (from
 * the set named by {@code -Dcocreate.pabulib.dir} where one is, else the largest one in the repository).
 *
 * <p>"Parse" is {@link PbReader#read(Path)} of the file (from the OS cache after the first
 * round). "Equal Shares" is building the {@link Election} from the parsed instance plus
 * {@code equalshares/add1} with cost utilities, explanations included: everything needed to
 * go from a parsed file to the outcome. Ordinal ballots (Kraków) are counted as approvals of
 * the ranked projects, since Equal Shares is defined on approvals; the conversion happens
 * before timing.
 *
 * <p>Both wall-clock and thread CPU time are reported (median and best of the rounds): on a
 * shared machine the wall clock includes waiting for a core, CPU time does not. The ratio is
 * Equal Shares over parsing; the target is at most 5.
 */
public final class PbBench {

	private PbBench() {
	}

	public static void main(String[] args) throws Exception {
		Path file = args.length > 0 && !args[0].isEmpty() ? Path.of(args[0]) : PabulibData.largest();
		int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		PbReader reader = new PbReader();

		long[] parseWall = new long[rounds];
		long[] parseCpu = new long[rounds];
		long[] mesWall = new long[rounds];
		long[] mesCpu = new long[rounds];
		Outcome outcome = null;
		for (int i = -warmup; i < rounds; i++) {
			long c0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			PbInstance instance = reader.read(file);
			long t1 = System.nanoTime();
			long c1 = threads.getCurrentThreadCpuTime();

			PbInstance approval = asApproval(instance);
			long c2 = threads.getCurrentThreadCpuTime();
			long t2 = System.nanoTime();
			outcome = EqualSharesRule.run(Election.from(approval), EqualSharesRule.Options.withAdd1());
			long t3 = System.nanoTime();
			long c3 = threads.getCurrentThreadCpuTime();
			if (i >= 0) {
				parseWall[i] = t1 - t0;
				parseCpu[i] = c1 - c0;
				mesWall[i] = t3 - t2;
				mesCpu[i] = c3 - c2;
			}
		}
		System.out.printf(Locale.ROOT, "file: %s (%,d bytes)%n", file.getFileName(), Files.size(file));
		System.out.printf(Locale.ROOT, "rounds: %d after %d warm-up rounds, %s, %s%n", rounds, warmup,
				System.getProperty("java.vm.name"), System.getProperty("java.version"));
		System.out.printf(Locale.ROOT, "equal shares: %d projects funded, %s%n", outcome.selected().size(),
				String.join("; ", outcome.notes()));
		report("wall clock", parseWall, mesWall);
		report("thread CPU", parseCpu, mesCpu);
	}

	private static void report(String clock, long[] parse, long[] mes) {
		double parseMedian = median(parse);
		double mesMedian = median(mes);
		System.out.printf(Locale.ROOT,
				"%-10s  parse: median %7.1f ms (best %7.1f)   equal shares + add1: median %7.1f ms (best %7.1f)   ratio %.2f%n",
				clock, parseMedian / 1e6, best(parse) / 1e6, mesMedian / 1e6, best(mes) / 1e6, mesMedian / parseMedian);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}

	private static long best(long[] values) {
		return Arrays.stream(values).min().orElse(0);
	}

	/** The same election with the ballots read as approvals (ordinal rankings lose their order). */
	private static PbInstance asApproval(PbInstance instance) {
		if (instance.voteType().equals("approval")) {
			return instance;
		}
		Map<String, String> meta = new LinkedHashMap<>(instance.meta());
		meta.put("vote_type", "approval");
		return new PbInstance(meta, instance.projectColumns(), instance.projects(), instance.voteColumns(),
				instance.votes());
	}
}
