package org.cocreate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, as behind a proxy: the standalone PostgreSQL named by
 * {@code COCREATE_DB_URL} when set (CI's second pass), else an embedded server of their own.
 * For tests that prove something holds across nodes (sessions, limits).
 */
public final class TwoNodes implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	public final ConfigurableApplicationContext a;

	public final ConfigurableApplicationContext b;

	private TwoNodes(EmbeddedPostgres postgres, ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
		this.postgres = postgres;
		this.a = a;
		this.b = b;
	}

	/** Starts both nodes; {@code settings} are extra {@code --name=value} arguments for each. */
	public static TwoNodes start(String... settings) throws IOException {
		String url = System.getenv("COCREATE_DB_URL");
		String user = System.getenv().getOrDefault("COCREATE_DB_USER", "");
		String password = System.getenv().getOrDefault("COCREATE_DB_PASSWORD", "");
		EmbeddedPostgres postgres = null;
		if (url == null || url.isBlank()) {
			postgres = EmbeddedPostgres.builder().start();
			url = postgres.getJdbcUrl("postgres", "postgres");
			user = "postgres";
			password = "";
		}
		var args = new ArrayList<>(List.of("--server.port=0", "--cocreate.database.url=" + url,
				"--cocreate.database.username=" + user, "--cocreate.database.password=" + password,
				"--cocreate.demo.enabled=false", "--spring.mail.host="));
		args.addAll(List.of(settings));
		String[] run = args.toArray(String[]::new);
		return new TwoNodes(postgres, new SpringApplicationBuilder(CocreateApplication.class).run(run),
				new SpringApplicationBuilder(CocreateApplication.class).run(run));
	}

	public static int port(ConfigurableApplicationContext node) {
		return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@Override
	public void close() {
		a.close();
		b.close();
		if (postgres != null) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
