package org.cocreate.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application starts an embedded PostgreSQL
 * whose files stay in {@code embeddedDir}, so a restart keeps everything.
 *
 * @param url          JDBC URL of an external PostgreSQL ≥ 15 ({@code COCREATE_DB_URL}); empty for embedded
 * @param username     user of the external server ({@code COCREATE_DB_USER})
 * @param password     password of the external server ({@code COCREATE_DB_PASSWORD})
 * @param embeddedDir  data folder of the embedded server ({@code COCREATE_DATA_DIR})
 * @param embeddedPort port of the embedded server; 0 picks a free one
 */
@ConfigurationProperties("cocreate.database")
public record DatabaseSettings(String url, String username, String password, String embeddedDir, int embeddedPort) {

	public DatabaseSettings {
		url = url == null ? "" : url.trim();
		username = username == null ? "" : username;
		password = password == null ? "" : password;
		embeddedDir = embeddedDir == null || embeddedDir.isBlank() ? ".data/postgres" : embeddedDir;
	}

	public boolean embedded() {
		return url.isEmpty();
	}
}
