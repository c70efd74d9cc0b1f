package org.cocreate.budgets.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Money for the budget pages, in the reader's language: {@code ${@budgetFormat.money(amount, currency, #locale)}}. */
@Component("budgetFormat")
public class BudgetFormat {

	public String money(@Nullable BigDecimal amount, String currency, Locale locale) {
		return number(amount, locale) + " " + currency;
	}

	public String number(@Nullable BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	/** A plain number for data attributes and inputs (no grouping, a dot). */
	public String plain(@Nullable BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
	}
}
