package org.cocreate.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile on anything a development machine gets for free:
 * the embedded database, the development mailbox instead of SMTP, or the default secret.
 */
@Component
@Profile("prod")
class ProductionReadiness implements InitializingBean {

	static final String DEVELOPMENT_SECRET = "development-only-secret-change-me";

	private final DatabaseSettings database;

	private final Environment environment;

	ProductionReadiness(DatabaseSettings database, Environment environment) {
		this.database = database;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems(database.embedded(), environment.getProperty("spring.mail.host", ""),
				environment.getProperty("cocreate.secret", ""));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", problems));
		}
	}

	static List<String> problems(boolean embeddedDatabase, String smtpHost, String secret) {
		var problems = new ArrayList<String>();
		if (embeddedDatabase) {
			problems.add("set COCREATE_DB_URL, COCREATE_DB_USER and COCREATE_DB_PASSWORD to an external PostgreSQL 15 or newer");
		}
		if (smtpHost.isBlank()) {
			problems.add("set COCREATE_SMTP_HOST (and its port and credentials) so mail reaches people");
		}
		if (secret.isBlank() || DEVELOPMENT_SECRET.equals(secret) || secret.length() < 32) {
			problems.add("set COCREATE_SECRET to a random value of at least 32 characters");
		}
		return problems;
	}
}
