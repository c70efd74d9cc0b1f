package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One election prepared for the Method of Equal Shares, and the method itself for a given
 * endowment per voter ({@link #run}).
 *
 * <h2>Exact and fast</h2>
 * Money is scaled to whole numbers (costs and budget times {@code 10^s}, {@code s} the most
 * decimals any of them has) and so are utilities. Exact prices then have denominators that
 * grow with every purchase; normalising such fractions (a gcd per operation) was the whole
 * cost of a run. Instead, a run keeps every voter budget as an integer numerator over one
 * common denominator {@code D_r} that is multiplied, after each purchase, by the number the
 * payment was divided by. Nothing is ever reduced, so no gcd is computed; comparisons and
 * sums are plain integer operations, and the decisions are exactly those of rational
 * arithmetic.
 *
 * <p>Voters are not tracked one by one either: each group of identical ballots has a
 * <em>budget class</em>, shared with every other group that paid for the same projects, and
 * a project's price is computed from the classes among its supporters.
 */
final class MesEngine {

	private final Election election;

	private final int projects;

	private final int groups;

	/** Money unit: one currency unit is {@code unit} scaled units. */
	final long unit;

	final long budget;

	final long[] cost;

	private final long[] groupWeight;

	/** For each project: supporting groups and their (scaled) utility, always positive. */
	private final int[][] supGroup;

	private final long[][] supUtil;

	/** Utility shared by every supporter of the project, or 0 when utilities differ. */
	private final long[] uniformUtil;

	/** Number of voters supporting each project. */
	final long[] supporterCount;

	/** Sum of weight times utility over a project's supporters. */
	private final long[] totalUtil;

	/** Scaled utility units per unit of real utility. */
	private final Rational utilScale;

	/** {@code shared[p][q]}: some voter supports both p and q (buying p can hurt q). */
	private final boolean[][] shared;

	MesEngine(Election election, EqualSharesRule.Utility utility) throws UnsupportedElectionException {
		this.election = election;
		this.projects = election.projectCount();
		this.groups = election.ballotGroups();
		BallotType type = election.type();
		if (type == BallotType.ORDINAL) {
			throw new UnsupportedElectionException(
					"the Method of Equal Shares is not defined for ordinal ballots (vote_type ordinal)");
		}
		int scale = Math.max(0, election.budget().stripTrailingZeros().scale());
		for (int p = 0; p < this.projects; p++) {
			scale = Math.max(scale, election.cost(p).stripTrailingZeros().scale());
		}
		if (scale > 6) {
			throw new UnsupportedElectionException("amounts with more than 6 decimals are not supported");
		}
		this.unit = BigInteger.TEN.pow(scale).longValueExact();
		this.budget = scaled(election.budget(), "budget");
		this.cost = new long[this.projects];
		for (int p = 0; p < this.projects; p++) {
			this.cost[p] = scaled(election.cost(p), "cost of project " + election.projectId(p));
		}
		boolean points = !type.isApproval();
		int pointScale = 0;
		if (points) {
			if (type == BallotType.SCORING && election.hasDefaultScore()) {
				throw new UnsupportedElectionException(
						"the Method of Equal Shares needs utilities of unlisted projects to be 0, this election has a default_score");
			}
			for (int g = 0; g < this.groups; g++) {
				for (BigDecimal point : pointsOf(election, g)) {
					if (point.signum() < 0) {
						throw new UnsupportedElectionException(
								"the Method of Equal Shares needs non-negative points, this election has negative ones");
					}
					pointScale = Math.max(pointScale, point.stripTrailingZeros().scale());
				}
			}
			if (pointScale > 6) {
				throw new UnsupportedElectionException("points with more than 6 decimals are not supported");
			}
		}
		this.utilScale = points ? Rational.of(BigInteger.TEN.pow(pointScale))
				: utility == EqualSharesRule.Utility.COST ? Rational.of(this.unit) : Rational.ONE;
		// utilities per ballot entry; an entry with utility 0 is no support at all
		this.groupWeight = new long[this.groups];
		long[][] entryUtil = new long[this.groups][];
		int[] count = new int[this.projects];
		for (int g = 0; g < this.groups; g++) {
			this.groupWeight[g] = election.weight(g);
			int[] ballot = election.ballot(g);
			BigDecimal[] pts = points ? pointsOf(election, g) : null;
			entryUtil[g] = new long[ballot.length];
			for (int j = 0; j < ballot.length; j++) {
				int p = ballot[j];
				long u;
				if (!points) {
					u = utility == EqualSharesRule.Utility.COST ? this.cost[p] : 1;
				}
				else {
					BigDecimal scaledPoint = Objects.requireNonNull(pts)[j].movePointRight(pointScale);
					if (scaledPoint.compareTo(BigDecimal.valueOf(1L << 40)) > 0) {
						throw new UnsupportedElectionException("points too large to compute exactly");
					}
					u = scaledPoint.longValueExact();
				}
				entryUtil[g][j] = u;
				if (u > 0) {
					count[p]++;
				}
			}
		}
		this.supGroup = new int[this.projects][];
		this.supUtil = new long[this.projects][];
		for (int p = 0; p < this.projects; p++) {
			this.supGroup[p] = new int[count[p]];
			this.supUtil[p] = new long[count[p]];
		}
		int[] fill = new int[this.projects];
		for (int g = 0; g < this.groups; g++) {
			int[] ballot = election.ballot(g);
			for (int j = 0; j < ballot.length; j++) {
				int p = ballot[j];
				if (entryUtil[g][j] > 0) {
					this.supGroup[p][fill[p]] = g;
					this.supUtil[p][fill[p]] = entryUtil[g][j];
					fill[p]++;
				}
			}
		}
		this.shared = new boolean[this.projects][this.projects];
		for (int g = 0; g < this.groups; g++) {
			int[] ballot = election.ballot(g);
			for (int a = 0; a < ballot.length; a++) {
				if (entryUtil[g][a] > 0) {
					for (int b = 0; b < ballot.length; b++) {
						if (entryUtil[g][b] > 0) {
							this.shared[ballot[a]][ballot[b]] = true;
						}
					}
				}
			}
		}
		this.uniformUtil = new long[this.projects];
		this.supporterCount = new long[this.projects];
		this.totalUtil = new long[this.projects];
		for (int p = 0; p < this.projects; p++) {
			long uniform = -1;
			long voters = 0;
			long util = 0;
			for (int i = 0; i < this.supGroup[p].length; i++) {
				long u = this.supUtil[p][i];
				long w = this.groupWeight[this.supGroup[p][i]];
				voters += w;
				try {
					util = Math.addExact(util, Math.multiplyExact(w, u));
				}
				catch (ArithmeticException overflow) {
					throw new UnsupportedElectionException("utilities too large to compute exactly");
				}
				uniform = uniform == -1 ? u : (uniform == u ? u : 0);
			}
			this.uniformUtil[p] = Math.max(uniform, 0);
			this.supporterCount[p] = voters;
			this.totalUtil[p] = util;
		}
	}

	private static BigDecimal[] pointsOf(Election election, int group) {
		BigDecimal[] points = election.points(group);
		if (points == null) {
			throw new IllegalStateException("a points ballot without points");
		}
		return points;
	}

	private long scaled(BigDecimal amount, String what) throws UnsupportedElectionException {
		BigDecimal s = amount.multiply(BigDecimal.valueOf(this.unit));
		if (s.compareTo(BigDecimal.valueOf(1L << 50)) > 0) {
			throw new UnsupportedElectionException("the " + what + " is too large");
		}
		return s.longValueExact();
	}

	Election election() {
		return this.election;
	}

	int projects() {
		return this.projects;
	}

	/** Whether the method can buy the project at all: it costs something and has support. */
	boolean eligible(int p) {
		return this.cost[p] > 0 && this.totalUtil[p] > 0;
	}

	/** What one run of the method produced. */
	static final class Run {

		final Rational endowment;

		final List<Integer> winners = new ArrayList<>();

		long spent;

		/** Explanations, only when the run was asked to explain. */
		Explanation @Nullable [] why;

		Run(Rational endowment) {
			this.endowment = endowment;
		}
	}

	/**
	 * An exact price per unit of utility, {@code x / (util * D[round])}, where {@code util} is
	 * the utility of the supporters who pay in full and {@code D[round]} the common
	 * denominator when it was computed. {@code factor} is what a payment is divided by: the
	 * number of full payers when they all value the project alike ({@code uniform}), else
	 * {@code util}.
	 */
	private record Price(BigInteger x, long util, int round, long factor, boolean uniform) {
	}

	// ---- state of one run (an engine is used by one thread at a time) ----

	/** Purchases made so far; budgets are numerators over {@code denominator[round]}. */
	private int round;

	private BigInteger[] denominator = new BigInteger[8];

	/** {@code toCurrent[g] = denominator[round] / denominator[g]} for every g up to round. */
	private BigInteger[] toCurrent = new BigInteger[8];

	/** {@code step[g] = denominator[g + 1] / denominator[g]}. */
	private long[] step = new long[8];

	private int[] cls = new int[0];

	/** Budget numerator of each class over {@code denominator[classRound[k]]}. */
	private BigInteger[] classNum = new BigInteger[16];

	private int[] classRound = new int[16];

	/** The numerator over the current denominator, valid when {@code cacheRound == round}. */
	private BigInteger[] cache = new BigInteger[16];

	private int[] cacheRound = new int[16];

	private int classes;

	private int[] mark = new int[16];

	private long[] markWeight = new long[16];

	private int[] mapped = new int[16];

	private int stamp;

	private int[] touched = new int[16];

	private boolean[] poor = new boolean[16];

	private int touchedCount;

	private int newClass(BigInteger num, int atRound) {
		if (this.classes == this.classNum.length) {
			int size = this.classes * 2;
			this.classNum = Arrays.copyOf(this.classNum, size);
			this.classRound = Arrays.copyOf(this.classRound, size);
			this.cache = Arrays.copyOf(this.cache, size);
			this.cacheRound = Arrays.copyOf(this.cacheRound, size);
			this.mark = Arrays.copyOf(this.mark, size);
			this.markWeight = Arrays.copyOf(this.markWeight, size);
			this.mapped = Arrays.copyOf(this.mapped, size);
		}
		int k = this.classes++;
		this.classNum[k] = num;
		this.classRound[k] = atRound;
		this.cache[k] = num;
		this.cacheRound[k] = atRound;
		return k;
	}

	/** Budget of class k as a numerator over the current denominator. */
	private BigInteger budgetNow(int k) {
		int cached = this.cacheRound[k];
		if (cached != this.round) {
			if (cached == this.round - 1) {
				this.cache[k] = this.cache[k].multiply(BigInteger.valueOf(this.step[cached]));
			}
			else {
				BigInteger factor = this.toCurrent[this.classRound[k]];
				this.cache[k] = factor.equals(BigInteger.ONE) ? this.classNum[k] : this.classNum[k].multiply(factor);
			}
			this.cacheRound[k] = this.round;
		}
		return this.cache[k];
	}

	/** After a purchase whose payments were divided by {@code factor}. */
	private void nextRound(long factor) {
		BigInteger f = BigInteger.valueOf(factor);
		if (this.round + 2 > this.denominator.length) {
			this.denominator = Arrays.copyOf(this.denominator, this.denominator.length * 2);
			this.toCurrent = Arrays.copyOf(this.toCurrent, this.toCurrent.length * 2);
			this.step = Arrays.copyOf(this.step, this.step.length * 2);
		}
		this.step[this.round] = factor;
		for (int g = 0; g <= this.round; g++) {
			this.toCurrent[g] = this.toCurrent[g].multiply(f);
		}
		this.denominator[this.round + 1] = this.denominator[this.round].multiply(f);
		this.toCurrent[this.round + 1] = BigInteger.ONE;
		this.round++;
	}

	/** The exact value of a price, per unit of real utility. */
	private Rational rho(Price price) {
		Rational scaled = Rational.of(price.x(), BigInteger.valueOf(price.util()).multiply(this.denominator[price.round()]));
		return scaled.multiply(this.utilScale).divide(this.unit);
	}

	/** Largest single payment for a price, in currency units. */
	private Rational maxPayment(Price price, int p) {
		long maxUtil = 0;
		for (int i = 0; i < this.supUtil[p].length; i++) {
			maxUtil = Math.max(maxUtil, this.supUtil[p][i]);
		}
		BigInteger den = BigInteger.valueOf(price.util()).multiply(this.denominator[price.round()]);
		return Rational.of(price.x().multiply(BigInteger.valueOf(maxUtil)), den).divide(this.unit);
	}

	/** Compares two prices computed in possibly different rounds. */
	private int compare(Price a, Price b) {
		if (a.round() == b.round()) {
			return a.x().multiply(BigInteger.valueOf(b.util())).compareTo(b.x().multiply(BigInteger.valueOf(a.util())));
		}
		// x/(util * D_r) = x * toCurrent[r] / (util * D_now)
		BigInteger left = a.x().multiply(this.toCurrent[a.round()]).multiply(BigInteger.valueOf(b.util()));
		BigInteger right = b.x().multiply(this.toCurrent[b.round()]).multiply(BigInteger.valueOf(a.util()));
		return left.compareTo(right);
	}

	/**
	 * Runs the Method of Equal Shares with every voter starting with {@code endowment} (scaled
	 * money units). Ties between equally priced projects go to the lower cost, then to more
	 * supporters, then to the project declared first.
	 */
	Run run(Rational endowment, boolean explain) {
		Run run = new Run(endowment);
		if (this.cls.length != this.groups) {
			this.cls = new int[this.groups];
		}
		this.round = 0;
		this.denominator[0] = endowment.denominator();
		this.toCurrent[0] = BigInteger.ONE;
		this.classes = 0;
		newClass(BigInteger.ZERO, 0); // class 0: no money left
		int start = newClass(endowment.numerator(), 0);
		Arrays.fill(this.cls, start);
		Arrays.fill(this.mark, 0);
		this.stamp = 0;
		boolean[] remaining = new boolean[this.projects];
		Price[] previous = new Price[this.projects];
		Explanation[] why = explain ? new Explanation[this.projects] : null;
		List<Integer> order = new ArrayList<>();
		for (int p = 0; p < this.projects; p++) {
			if (!eligible(p)) {
				if (why != null) {
					why[p] = new Explanation.NotEligible(this.cost[p] == 0 ? "it costs nothing" : "nobody supports it");
				}
				continue;
			}
			if (why != null) {
				Rational money = endowment.multiply(this.supporterCount[p]);
				if (money.compareTo(Rational.of(this.cost[p])) < 0) {
					why[p] = new Explanation.Unaffordable(money.divide(this.unit));
					continue;
				}
			}
			remaining[p] = true;
			// the best a project can ever do: all supporters pay in full
			previous[p] = new Price(BigInteger.valueOf(this.cost[p]).multiply(this.denominator[0]), this.totalUtil[p], 0,
					this.totalUtil[p], false);
			order.add(p);
		}
		order.sort((a, b) -> {
			int c = compare(previous[a], previous[b]);
			return c != 0 ? c : Integer.compare(a, b);
		});
		List<Integer> evaluated = new ArrayList<>();
		while (true) {
			int best = -1;
			Price bestPrice = null;
			evaluated.clear();
			for (int p : order) {
				if (bestPrice != null && compare(previous[p], bestPrice) > 0) {
					break; // its price can only have gone up since
				}
				evaluated.add(p);
				Price price = price(p);
				if (price == null) {
					remaining[p] = false; // unaffordable now, so for ever
					if (why != null && why[p] == null && !run.winners.isEmpty()) {
						why[p] = new Explanation.Outbid(this.round,
								this.election.projectId(run.winners.get(run.winners.size() - 1)));
					}
					continue;
				}
				previous[p] = price;
				int c = bestPrice == null ? -1 : compare(price, bestPrice);
				if (c < 0 || (c == 0 && winsTie(p, best))) {
					best = p;
					bestPrice = price;
				}
			}
			if (best < 0) {
				break;
			}
			if (why != null) {
				why[best] = new Explanation.Funded(this.round + 1, rho(bestPrice), maxPayment(bestPrice, best));
			}
			pay(best, bestPrice);
			remaining[best] = false;
			run.winners.add(best);
			run.spent += this.cost[best];
			reorder(order, evaluated, remaining, previous);
			if (why != null) {
				for (int p : order) {
					if (remaining[p] && this.shared[best][p] && !affordable(p)) {
						remaining[p] = false;
						why[p] = new Explanation.Outbid(this.round, this.election.projectId(best));
					}
				}
				order.removeIf(p -> !remaining[p]);
			}
		}
		run.why = why;
		return run;
	}

	/**
	 * Keeps {@code order} sorted by previous price: only the projects just evaluated changed
	 * (their prices can only rise), so they are taken out and put back in place.
	 */
	private void reorder(List<Integer> order, List<Integer> evaluated, boolean[] remaining, Price[] previous) {
		boolean[] moved = new boolean[this.projects];
		for (int p : evaluated) {
			moved[p] = true;
		}
		List<Integer> rest = new ArrayList<>(order.size());
		for (int p : order) {
			if (!moved[p] && remaining[p]) {
				rest.add(p);
			}
		}
		for (int p : evaluated) {
			if (!remaining[p]) {
				continue;
			}
			int lo = 0;
			int hi = rest.size();
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				int q = rest.get(mid);
				int c = compare(previous[q], previous[p]);
				if (c < 0 || (c == 0 && q < p)) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			rest.add(lo, p);
		}
		order.clear();
		order.addAll(rest);
	}

	/** Cheaper first, then more supporters, then declared first. */
	private boolean winsTie(int p, int best) {
		if (this.cost[p] != this.cost[best]) {
			return this.cost[p] < this.cost[best];
		}
		if (this.supporterCount[p] != this.supporterCount[best]) {
			return this.supporterCount[p] > this.supporterCount[best];
		}
		return p < best;
	}

	private void nextStamp() {
		this.stamp++;
		if (this.stamp == Integer.MAX_VALUE) {
			Arrays.fill(this.mark, 0);
			this.stamp = 1;
		}
		this.touchedCount = 0;
	}

	private void touch(int k, long weight) {
		if (this.mark[k] != this.stamp) {
			this.mark[k] = this.stamp;
			this.markWeight[k] = 0;
			if (this.touchedCount == this.touched.length) {
				this.touched = Arrays.copyOf(this.touched, this.touchedCount * 2);
				this.poor = Arrays.copyOf(this.poor, this.touchedCount * 2);
			}
			this.touched[this.touchedCount++] = k;
		}
		this.markWeight[k] += weight;
	}

	/** Whether the supporters of {@code p} still have its cost between them. */
	private boolean affordable(int p) {
		nextStamp();
		for (int g : this.supGroup[p]) {
			int k = this.cls[g];
			if (k != 0) {
				touch(k, this.groupWeight[g]);
			}
		}
		// sum per generation (budgets over the same denominator), then bring each sum up to date
		BigInteger[] byGeneration = new BigInteger[this.round + 1];
		for (int i = 0; i < this.touchedCount; i++) {
			int k = this.touched[i];
			BigInteger part = this.classNum[k].multiply(BigInteger.valueOf(this.markWeight[k]));
			int g = this.classRound[k];
			byGeneration[g] = byGeneration[g] == null ? part : byGeneration[g].add(part);
		}
		BigInteger money = BigInteger.ZERO;
		for (int g = 0; g <= this.round; g++) {
			if (byGeneration[g] != null) {
				money = money.add(byGeneration[g].multiply(this.toCurrent[g]));
			}
		}
		return money.compareTo(BigInteger.valueOf(this.cost[p]).multiply(this.denominator[this.round])) >= 0;
	}

	/**
	 * The lowest price per unit of utility at which the supporters of {@code p} can buy it,
	 * each paying {@code min(budget, price * utility)}, or {@code null} if all their money is
	 * not enough.
	 */
	private @Nullable Price price(int p) {
		return this.uniformUtil[p] > 0 ? uniformPrice(p) : generalPrice(p);
	}

	/**
	 * All supporters value p alike, so the full payers each pay the same share
	 * {@code q = x / (rich * D)}. Supporters with less money than the share pay what they have;
	 * the share of the others rises until nobody else falls below it.
	 */
	private @Nullable Price uniformPrice(int p) {
		int[] sup = this.supGroup[p];
		nextStamp();
		long rich = 0;
		for (int g : sup) {
			int k = this.cls[g];
			if (k != 0) {
				long w = this.groupWeight[g];
				touch(k, w);
				rich += w;
			}
		}
		if (rich == 0) {
			return null;
		}
		int n = this.touchedCount;
		Arrays.fill(this.poor, 0, n, false);
		BigInteger costNow = BigInteger.valueOf(this.cost[p]).multiply(this.denominator[this.round]);
		BigInteger paid = BigInteger.ZERO;
		while (true) {
			BigInteger x = costNow.subtract(paid);
			// budget < x / rich  <=>  budget < ceil(x / rich), all integers
			BigInteger threshold = ceilDiv(x, rich);
			long stillRich = rich;
			for (int i = 0; i < n; i++) {
				if (this.poor[i]) {
					continue;
				}
				int k = this.touched[i];
				BigInteger b = budgetNow(k);
				if (b.compareTo(threshold) < 0) {
					this.poor[i] = true;
					long w = this.markWeight[k];
					paid = paid.add(w == 1 ? b : b.multiply(BigInteger.valueOf(w)));
					stillRich -= w;
				}
			}
			if (stillRich == rich) {
				return new Price(x, rich * this.uniformUtil[p], this.round, rich, true);
			}
			if (stillRich == 0) {
				return null;
			}
			rich = stillRich;
		}
	}

	private static long gcd(long a, long b) {
		while (b != 0) {
			long t = a % b;
			a = b;
			b = t;
		}
		return a;
	}

	private static BigInteger ceilDiv(BigInteger x, long d) {
		BigInteger[] qr = x.divideAndRemainder(BigInteger.valueOf(d));
		return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
	}

	/** A budget class together with a utility: the unit of aggregation for points ballots. */
	private record ClassUtil(int cls, long util) {
	}

	/**
	 * Supporters value p differently (points ballots): a full payer with utility u pays
	 * {@code x * u / (util * D)}.
	 */
	private @Nullable Price generalPrice(int p) {
		int[] sup = this.supGroup[p];
		long[] util = this.supUtil[p];
		Map<ClassUtil, long[]> weights = new LinkedHashMap<>();
		for (int i = 0; i < sup.length; i++) {
			int k = this.cls[sup[i]];
			if (k != 0) {
				weights.computeIfAbsent(new ClassUtil(k, util[i]), key -> new long[1])[0] += this.groupWeight[sup[i]];
			}
		}
		int n = weights.size();
		ClassUtil[] keys = weights.keySet().toArray(ClassUtil[]::new);
		long[] w = new long[n];
		long richUtil = 0;
		for (int i = 0; i < n; i++) {
			w[i] = weights.get(keys[i])[0];
			richUtil += keys[i].util() * w[i];
		}
		if (richUtil == 0) {
			return null;
		}
		BigInteger costNow = BigInteger.valueOf(this.cost[p]).multiply(this.denominator[this.round]);
		BigInteger paid = BigInteger.ZERO;
		boolean[] isPoor = new boolean[n];
		while (true) {
			BigInteger x = costNow.subtract(paid);
			Map<Long, BigInteger> thresholds = new HashMap<>();
			long stillRich = richUtil;
			for (int i = 0; i < n; i++) {
				if (isPoor[i]) {
					continue;
				}
				long u = keys[i].util();
				long total = richUtil;
				// budget < x * u / (richUtil)  <=>  budget < ceil(x * u / richUtil)
				BigInteger threshold = thresholds.computeIfAbsent(u,
						v -> ceilDiv(x.multiply(BigInteger.valueOf(v)), total));
				BigInteger b = budgetNow(keys[i].cls());
				if (b.compareTo(threshold) < 0) {
					isPoor[i] = true;
					paid = paid.add(b.multiply(BigInteger.valueOf(w[i])));
					stillRich -= u * w[i];
				}
			}
			if (stillRich == richUtil) {
				return new Price(x, richUtil, this.round, richUtil, false);
			}
			if (stillRich == 0) {
				return null;
			}
			richUtil = stillRich;
		}
	}

	/** Every supporter of p pays {@code min(budget, price * utility)}; then the next round starts. */
	private void pay(int p, Price price) {
		int[] sup = this.supGroup[p];
		long[] util = this.supUtil[p];
		int next = this.round + 1;
		// a payment is x / (factor * D); if x and factor share a divisor, divide both by it so the
		// common denominator grows less
		long common = gcd(price.x().mod(BigInteger.valueOf(price.factor())).longValueExact(), price.factor());
		long divisor = price.factor() / common;
		BigInteger factor = BigInteger.valueOf(divisor);
		BigInteger x = common > 1 ? price.x().divide(BigInteger.valueOf(common)) : price.x();
		if (price.uniform()) {
			// new budget over D * rich: b * rich - x, or nothing left
			nextStamp();
			for (int g : sup) {
				int k = this.cls[g];
				if (k == 0) {
					continue;
				}
				if (this.mark[k] != this.stamp) {
					this.mark[k] = this.stamp;
					BigInteger left = budgetNow(k).multiply(factor).subtract(x);
					this.mapped[k] = left.signum() <= 0 ? 0 : newClass(left, next);
				}
				this.cls[g] = this.mapped[k];
			}
		}
		else {
			// new budget over D * util: b * util - x * u, or nothing left
			Map<ClassUtil, Integer> moved = new HashMap<>();
			for (int i = 0; i < sup.length; i++) {
				int g = sup[i];
				int k = this.cls[g];
				if (k == 0) {
					continue;
				}
				long u = util[i];
				this.cls[g] = moved.computeIfAbsent(new ClassUtil(k, u), key -> {
					BigInteger left = budgetNow(key.cls()).multiply(factor).subtract(x.multiply(BigInteger.valueOf(u)));
					return left.signum() <= 0 ? 0 : newClass(left, next);
				});
			}
		}
		nextRound(divisor);
	}
}
