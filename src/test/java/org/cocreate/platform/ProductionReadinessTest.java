package org.cocreate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionReadinessTest {

	private static final String GOOD_SECRET = "q8Vn3kz0Lr7tWc2xYb5mHj9pFs4gDe1a";

	@Test
	void aProperProductionSetUpHasNoProblems() {
		assertThat(ProductionReadiness.problems(false, "smtp.example.org", GOOD_SECRET)).isEmpty();
	}

	@Test
	void aDevelopmentSetUpHasThreeProblemsEachNamingWhatToSet() {
		var problems = ProductionReadiness.problems(true, "", ProductionReadiness.DEVELOPMENT_SECRET);

		assertThat(problems).hasSize(3);
		assertThat(problems.get(0)).contains("COCREATE_DB_URL");
		assertThat(problems.get(1)).contains("COCREATE_SMTP_HOST");
		assertThat(problems.get(2)).contains("COCREATE_SECRET");
	}

	@Test
	void theEmbeddedDatabaseAloneIsRefused() {
		assertThat(ProductionReadiness.problems(true, "smtp.example.org", GOOD_SECRET)).singleElement()
			.asString()
			.contains("COCREATE_DB_URL");
	}

	@Test
	void missingSmtpAloneIsRefused() {
		assertThat(ProductionReadiness.problems(false, "  ", GOOD_SECRET)).singleElement()
			.asString()
			.contains("COCREATE_SMTP_HOST");
	}

	@Test
	void aBlankShortOrDefaultSecretIsRefused() {
		assertThat(ProductionReadiness.problems(false, "smtp.example.org", "")).singleElement().asString().contains("COCREATE_SECRET");
		assertThat(ProductionReadiness.problems(false, "smtp.example.org", GOOD_SECRET.substring(1))).singleElement()
			.asString()
			.contains("COCREATE_SECRET");
		assertThat(ProductionReadiness.problems(false, "smtp.example.org", ProductionReadiness.DEVELOPMENT_SECRET))
			.singleElement()
			.asString()
			.contains("COCREATE_SECRET");
	}
}
