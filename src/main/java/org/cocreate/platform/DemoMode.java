package org.cocreate.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data belongs in this database: {@code COCREATE_DEMO=auto} (the default) means
 * "on the embedded database only", so demo members never appear on an external server unless
 * asked for explicitly with {@code true}; never in the prod profile.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(DatabaseSettings database, Environment environment) {
		String setting = environment.getProperty("cocreate.demo.enabled", "auto").trim().toLowerCase();
		boolean prod = environment.matchesProfiles("prod");
		this.enabled = !prod && switch (setting) {
			case "true", "on", "yes" -> true;
			case "auto", "" -> database.embedded();
			default -> false;
		};
	}

	public boolean enabled() {
		return enabled;
	}
}
