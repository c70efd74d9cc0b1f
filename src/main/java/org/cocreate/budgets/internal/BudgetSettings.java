package org.cocreate.budgets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.cocreate.budgets.allocation.EqualSharesRule.Utility;
import org.cocreate.budgets.allocation.Rules;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;

/**
 * What staff set when they open a budget, as typed into the form or sent to the API. Blank
 * values take the defaults: the rule {@code equalshares/add1} with cost utilities (what the real
 * elections decided by Equal Shares used, see docs/budgets-rules.md), approval ballots with at
 * least one project, and phases that staff move on by hand.
 *
 * @param proposalsEnd when PROPOSALS ends on its own: an ISO instant, {@code yyyy-MM-ddTHH:mm}
 * or {@code yyyy-MM-dd} (UTC); likewise {@code reviewEnd} and {@code votingEnd}
 */
public record BudgetSettings(@Nullable String name, @Nullable String description, @Nullable BigDecimal amount,
		@Nullable String currency, @Nullable String rule, @Nullable String utility, @Nullable BigDecimal minScore,
		@Nullable String ballotType, @Nullable Integer minCount, @Nullable Integer maxCount,
		@Nullable Integer maxPointsPerProject, @Nullable Integer maxPointsTotal, @Nullable String proposalsEnd,
		@Nullable String reviewEnd, @Nullable String votingEnd) {

	public static final String DEFAULT_RULE = "equalshares/add1";

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	static final int DEFAULT_POINTS = 10;

	/** The settings checked and typed. */
	record Valid(String name, String description, BigDecimal amount, String currency, String rule, Utility utility,
			@Nullable BigDecimal minScore, BallotKind ballotType, @Nullable Integer minCount, @Nullable Integer maxCount,
			@Nullable Integer maxPointsPerProject, @Nullable Integer maxPointsTotal, @Nullable Instant proposalsEnd,
			@Nullable Instant reviewEnd, @Nullable Instant votingEnd) {
	}

	/** Checks every field and answers the typed settings, or throws with one message per wrong field. */
	Valid validate() {
		var errors = Errors.none();
		errors.checkLength("name", name, 2, 150);
		if (description != null && description.strip().length() > 10_000) {
			errors.reject("description", "error.too-long", 10_000);
		}
		if (amount == null) {
			errors.reject("amount", "error.required");
		}
		else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
			errors.reject("amount", "error.budget.amount");
		}
		String currencyCode = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
		if (!currencyCode.matches("[A-Z]{3}")) {
			errors.reject("currency", "error.budget.currency");
		}
		String ruleName = rule == null || rule.isBlank() ? DEFAULT_RULE : rule.strip().toLowerCase(Locale.ROOT);
		if (!Rules.NAMES.contains(ruleName)) {
			errors.reject("rule", "error.budget.rule", String.join(", ", Rules.NAMES));
		}
		Utility utilityModel = Utility.COST;
		if (utility != null && !utility.isBlank()) {
			try {
				utilityModel = Utility.valueOf(utility.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.reject("utility", "error.budget.utility");
			}
		}
		if (minScore != null && minScore.signum() < 0) {
			errors.reject("minScore", "error.budget.min-score");
		}
		if (minScore == null && "greedy-threshold".equals(ruleName)) {
			errors.reject("minScore", "error.budget.min-score-required");
		}
		BallotKind kind = ballotType == null || ballotType.isBlank() ? BallotKind.APPROVAL
				: BallotKind.parse(ballotType).filter(BallotKind::votable).orElse(null);
		if (kind == null) {
			errors.reject("ballotType", "error.budget.ballot-type");
			kind = BallotKind.APPROVAL;
		}
		Integer min = null;
		Integer max = null;
		Integer perProject = null;
		Integer total = null;
		if (kind == BallotKind.APPROVAL) {
			min = minCount == null ? 1 : minCount;
			max = maxCount;
			if (min < 0) {
				errors.reject("minCount", "error.budget.min-count");
			}
			if (max != null && (max < 1 || max < min)) {
				errors.reject("maxCount", "error.budget.max-count");
			}
		}
		else if (kind == BallotKind.CUMULATIVE) {
			total = maxPointsTotal == null ? DEFAULT_POINTS : maxPointsTotal;
			perProject = maxPointsPerProject == null ? total : maxPointsPerProject;
			if (total < 1 || total > 1_000_000) {
				errors.reject("maxPointsTotal", "error.budget.points");
			}
			if (perProject < 1 || perProject > total) {
				errors.reject("maxPointsPerProject", "error.budget.points-per-project");
			}
		}
		Instant proposals = date(errors, "proposalsEnd", proposalsEnd);
		Instant review = date(errors, "reviewEnd", reviewEnd);
		Instant voting = date(errors, "votingEnd", votingEnd);
		if (proposals != null && review != null && !proposals.isBefore(review)) {
			errors.reject("reviewEnd", "error.budget.dates");
		}
		if (review != null && voting != null && !review.isBefore(voting)
				|| proposals != null && voting != null && !proposals.isBefore(voting)) {
			errors.reject("votingEnd", "error.budget.dates");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return new Valid(name.strip(), description == null ? "" : description.strip(), amount, currencyCode, ruleName,
				utilityModel, minScore, kind, min, max, perProject, total, proposals, review, voting);
	}

	static @Nullable Instant date(Errors errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			return Instant.parse(v);
		}
		catch (DateTimeParseException notInstant) {
			try {
				return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				try {
					return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException notDate) {
					errors.reject(field, "error.budget.date");
					return null;
				}
			}
		}
	}
}
