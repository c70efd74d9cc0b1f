package org.cocreate.budgets.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * An exact rational number {@code num/den} in lowest terms with {@code den > 0}.
 *
 * <p>The allocation rules use nothing else for money, prices and scores: no {@code double}
 * anywhere. To stay fast, a value is kept in two {@code long}s while numerator and
 * denominator fit, and moves to {@link BigInteger} only when an operation would overflow;
 * the two representations are interchangeable and {@link #equals} compares values, so the
 * switch is invisible to callers.
 */
public final class Rational implements Comparable<Rational> {

	public static final Rational ZERO = new Rational(0, 1);

	public static final Rational ONE = new Rational(1, 1);

	private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

	/** Numerator and denominator when {@link #big} is {@code null}; meaningless otherwise. */
	private final long num;

	private final long den;

	/** Set when the value does not fit in two longs: {@code [numerator, denominator]}. */
	private final BigInteger @Nullable [] big;

	private Rational(long num, long den) {
		this.num = num;
		this.den = den;
		this.big = null;
	}

	private Rational(BigInteger num, BigInteger den) {
		this.num = 0;
		this.den = 0;
		this.big = new BigInteger[] { num, den };
	}

	public static Rational of(long value) {
		if (value == 0) {
			return ZERO;
		}
		if (value == 1) {
			return ONE;
		}
		return new Rational(value, 1);
	}

	public static Rational of(BigInteger value) {
		return normalized(value, BigInteger.ONE);
	}

	/** The exact value of {@code num/den}; {@code den} must not be zero. */
	public static Rational of(long num, long den) {
		if (den == 0) {
			throw new ArithmeticException("division by zero");
		}
		if (den == Long.MIN_VALUE || num == Long.MIN_VALUE) {
			return normalized(BigInteger.valueOf(num), BigInteger.valueOf(den));
		}
		if (den < 0) {
			num = -num;
			den = -den;
		}
		long g = gcd(Math.abs(num), den);
		return new Rational(num / g, den / g);
	}

	public static Rational of(BigInteger num, BigInteger den) {
		if (den.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		return normalized(num, den);
	}

	/** The exact value of a decimal number. */
	public static Rational of(BigDecimal value) {
		if (value.scale() <= 0) {
			return of(value.toBigIntegerExact());
		}
		return normalized(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
	}

	private static Rational normalized(BigInteger num, BigInteger den) {
		if (den.signum() < 0) {
			num = num.negate();
			den = den.negate();
		}
		BigInteger g = num.gcd(den);
		if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
			num = num.divide(g);
			den = den.divide(g);
		}
		// the long form is canonical for every value that fits (Long.MIN_VALUE excepted, so that
		// negation never overflows)
		if (num.bitLength() <= 63 && den.bitLength() <= 63 && !num.equals(LONG_MIN)) {
			return new Rational(num.longValue(), den.longValue());
		}
		return new Rational(num, den);
	}

	/** Greatest common divisor of two non-negative longs (binary algorithm). */
	private static long gcd(long a, long b) {
		if (a == 0) {
			return b == 0 ? 1 : b;
		}
		if (b == 0) {
			return a;
		}
		int shift = Long.numberOfTrailingZeros(a | b);
		a >>= Long.numberOfTrailingZeros(a);
		do {
			b >>= Long.numberOfTrailingZeros(b);
			if (a > b) {
				long t = b;
				b = a;
				a = t;
			}
			b -= a;
		}
		while (b != 0);
		return a << shift;
	}

	private boolean isSmall() {
		return this.big == null;
	}

	public BigInteger numerator() {
		return this.big == null ? BigInteger.valueOf(this.num) : this.big[0];
	}

	public BigInteger denominator() {
		return this.big == null ? BigInteger.valueOf(this.den) : this.big[1];
	}

	public int signum() {
		return this.big == null ? Long.signum(this.num) : this.big[0].signum();
	}

	public boolean isZero() {
		return signum() == 0;
	}

	public Rational add(Rational o) {
		if (isSmall() && o.isSmall()) {
			if (this.den == o.den) {
				long n = this.num + o.num;
				if (((this.num ^ n) & (o.num ^ n)) >= 0) {
					return of(n, this.den);
				}
			}
			else {
				try {
					long g = gcd(this.den, o.den);
					long d1 = this.den / g;
					long n = Math.addExact(Math.multiplyExact(this.num, o.den / g), Math.multiplyExact(o.num, d1));
					long d = Math.multiplyExact(d1, o.den);
					return of(n, d);
				}
				catch (ArithmeticException overflow) {
					// fall through to the exact big path
				}
			}
		}
		return normalized(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
				denominator().multiply(o.denominator()));
	}

	public Rational negate() {
		if (isSmall() && this.num != Long.MIN_VALUE) {
			return new Rational(-this.num, this.den);
		}
		return normalized(numerator().negate(), denominator());
	}

	public Rational subtract(Rational o) {
		return add(o.negate());
	}

	public Rational multiply(Rational o) {
		if (isSmall() && o.isSmall()) {
			try {
				long g1 = gcd(Math.abs(this.num), o.den);
				long g2 = gcd(Math.abs(o.num), this.den);
				long n = Math.multiplyExact(this.num / g1, o.num / g2);
				long d = Math.multiplyExact(this.den / g2, o.den / g1);
				if (n != Long.MIN_VALUE) {
					return new Rational(n, d);
				}
			}
			catch (ArithmeticException overflow) {
				// fall through
			}
		}
		return normalized(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
	}

	public Rational multiply(long factor) {
		return multiply(of(factor));
	}

	public Rational divide(Rational o) {
		if (o.isZero()) {
			throw new ArithmeticException("division by zero");
		}
		if (o.isSmall() && o.num != Long.MIN_VALUE) {
			Rational inverse = o.num > 0 ? new Rational(o.den, o.num) : new Rational(-o.den, -o.num);
			return multiply(inverse);
		}
		return normalized(numerator().multiply(o.denominator()), denominator().multiply(o.numerator()));
	}

	public Rational divide(long divisor) {
		return divide(of(divisor));
	}

	public Rational min(Rational o) {
		return compareTo(o) <= 0 ? this : o;
	}

	public Rational max(Rational o) {
		return compareTo(o) >= 0 ? this : o;
	}

	/** Largest integer not above this value. */
	public BigInteger floor() {
		BigInteger[] qr = numerator().divideAndRemainder(denominator());
		return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
	}

	@Override
	public int compareTo(Rational o) {
		if (isSmall() && o.isSmall()) {
			if (this.den == o.den) {
				return Long.compare(this.num, o.num);
			}
			// compare num*o.den with o.num*den exactly in 128 bits
			long aHi = Math.multiplyHigh(this.num, o.den);
			long aLo = this.num * o.den;
			long bHi = Math.multiplyHigh(o.num, this.den);
			long bLo = o.num * this.den;
			if (aHi != bHi) {
				return Long.compare(aHi, bHi);
			}
			return Long.compareUnsigned(aLo, bLo);
		}
		return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Rational o)) {
			return false;
		}
		// both are in lowest terms and small values are never stored big
		if (isSmall() != o.isSmall()) {
			return false;
		}
		if (isSmall()) {
			return this.num == o.num && this.den == o.den;
		}
		return numerator().equals(o.numerator()) && denominator().equals(o.denominator());
	}

	@Override
	public int hashCode() {
		if (isSmall()) {
			return Long.hashCode(this.num) * 31 + Long.hashCode(this.den);
		}
		return numerator().hashCode() * 31 + denominator().hashCode();
	}

	/** Decimal approximation for display only, rounded half-even to {@code digits} places. */
	public BigDecimal toDecimal(int digits) {
		return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), new MathContext(60))
			.setScale(digits, RoundingMode.HALF_EVEN);
	}

	/** {@code "n"} for integers, {@code "n/d"} otherwise. */
	@Override
	public String toString() {
		if (isSmall()) {
			return this.den == 1 ? Long.toString(this.num) : this.num + "/" + this.den;
		}
		return this.big[1].equals(BigInteger.ONE) ? this.big[0].toString() : this.big[0] + "/" + this.big[1];
	}
}
