package org.cocreate.budgets.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RationalTest {

	@Test
	void normalisesAndPrints() {
		assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2)).hasToString("-3/2");
		assertThat(Rational.of(new BigDecimal("2.50"))).isEqualTo(Rational.of(5, 2));
		assertThat(Rational.of(4, 2)).hasToString("2");
		assertThat(Rational.of(1, 3).toDecimal(4)).isEqualByComparingTo("0.3333");
	}

	@Test
	void arithmetic() {
		Rational third = Rational.of(1, 3);
		assertThat(third.add(Rational.of(1, 6))).isEqualTo(Rational.of(1, 2));
		assertThat(third.subtract(Rational.ONE)).isEqualTo(Rational.of(-2, 3));
		assertThat(third.multiply(Rational.of(3, 4))).isEqualTo(Rational.of(1, 4));
		assertThat(third.divide(Rational.of(2))).isEqualTo(Rational.of(1, 6));
		assertThat(Rational.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
		assertThatThrownBy(() -> third.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void overflowMovesToBigIntegersWithoutChangingValues() {
		Rational big = Rational.of(Long.MAX_VALUE - 1, 3);
		Rational sum = big.add(big).add(big);
		assertThat(sum.numerator()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE - 1).multiply(BigInteger.ONE));
		// 11 and 13 do not divide Long.MAX_VALUE = 7^2 * 73 * 127 * 337 * 92737 * 649657
		Rational product = Rational.of(Long.MAX_VALUE, 11).multiply(Rational.of(Long.MAX_VALUE, 13));
		assertThat(product.numerator()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).pow(2));
		assertThat(product.denominator()).isEqualTo(BigInteger.valueOf(143));
		// back to two longs after cancelling
		assertThat(product.divide(Rational.of(Long.MAX_VALUE, 11)).multiply(Rational.of(13))).isEqualTo(
				Rational.of(Long.MAX_VALUE));
		assertThat(Rational.of(Long.MIN_VALUE, 1).negate()).isEqualTo(Rational.of(BigInteger.ONE.shiftLeft(63)));
	}

	@Test
	void comparisonIsExactNearOverflow() {
		Rational a = Rational.of(Long.MAX_VALUE, Long.MAX_VALUE - 1);
		Rational b = Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
		assertThat(a.compareTo(b)).isNegative();
		assertThat(b.compareTo(a)).isPositive();
	}

	@Test
	void agreesWithBigIntegerArithmetic() {
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			long n1 = random.nextLong() >> random.nextInt(64);
			long d1 = 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
			long n2 = random.nextLong() >> random.nextInt(64);
			long d2 = 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
			Rational a = Rational.of(n1, d1);
			Rational b = Rational.of(n2, d2);
			BigInteger bn1 = BigInteger.valueOf(n1);
			BigInteger bd1 = BigInteger.valueOf(d1);
			BigInteger bn2 = BigInteger.valueOf(n2);
			BigInteger bd2 = BigInteger.valueOf(d2);
			assertThat(a.add(b)).isEqualTo(Rational.of(bn1.multiply(bd2).add(bn2.multiply(bd1)), bd1.multiply(bd2)));
			assertThat(a.multiply(b)).isEqualTo(Rational.of(bn1.multiply(bn2), bd1.multiply(bd2)));
			assertThat(a.compareTo(b)).isEqualTo(Integer.signum(bn1.multiply(bd2).compareTo(bn2.multiply(bd1))));
			assertThat(a.hashCode()).isEqualTo(Rational.of(bn1, bd1).hashCode());
		}
	}
}
