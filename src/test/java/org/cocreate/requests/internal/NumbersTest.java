package org.cocreate.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cocreate.shared.Errors;
import org.junit.jupiter.api.Test;

/** Prices and counts: positive, in range, at most two decimals, whole where whole; typed text with a point only. */
class NumbersTest {

	static String amountError(String value) {
		var errors = Errors.none();
		assertThat(Numbers.amount(errors, "unitPrice", new BigDecimal(value))).isNull();
		return errors.all().getFirst().code();
	}

	@Test
	void amountsAreRangeCheckedIncludingHugeValuesThatBigDecimalHolds() {
		assertThat(amountError("0")).isEqualTo("error.request.amount-positive");
		assertThat(amountError("-3.5")).isEqualTo("error.request.amount-positive");
		assertThat(amountError("1e309")).isEqualTo("error.request.amount-too-large");
		assertThat(amountError("1000000000000")).isEqualTo("error.request.amount-too-large");
		assertThat(amountError("12.345")).isEqualTo("error.request.amount-decimals");
		assertThat(amountError("1e-400")).isEqualTo("error.request.amount-decimals");
		assertThat(Numbers.amount(Errors.none(), "unitPrice", new BigDecimal("12.500"))).isEqualByComparingTo("12.50");
		assertThat(Numbers.amount(Errors.none(), "unitPrice", new BigDecimal("999999999999.99"))).isNotNull();
	}

	@Test
	void wholeNumbersAreNotCut() {
		var errors = Errors.none();
		assertThat(Numbers.whole(errors, "quantity", new BigDecimal("2.5"), 1, 10)).isNull();
		assertThat(errors.all().getFirst().code()).isEqualTo("error.request.number-whole");
		assertThat(Numbers.whole(Errors.none(), "quantity", new BigDecimal("2.0"), 1, 10)).isEqualTo(2);
		var zero = Errors.none();
		assertThat(Numbers.whole(zero, "quantity", BigDecimal.ZERO, 1, 10)).isNull();
		assertThat(zero.has("quantity")).isTrue();
	}

	@Test
	void typedNumbersTakeAPointNotACommaNorWords() {
		var errors = Errors.none();
		assertThat(Numbers.parse(errors, "unitPrice", "12,50")).isNull();
		assertThat(Numbers.parse(errors, "unitPrice", "NaN")).isNull();
		assertThat(Numbers.parse(errors, "unitPrice", "1e309")).isNull();
		assertThat(errors.all()).extracting(Errors.Error::code)
			.containsExactly("error.request.number-comma", "error.request.number-format", "error.request.number-format");
		assertThat(Numbers.parse(Errors.none(), "unitPrice", " 12.50 ")).isEqualByComparingTo("12.5");
		assertThat(Numbers.parse(Errors.none(), "unitPrice", "")).isNull();
	}
}
