package org.cocreate.requests.internal;

import org.cocreate.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cocreate.CocreateApplication;
import org.cocreate.Http;
import org.cocreate.identity.AccessTokens;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closing survives a crash and runs once with several nodes. Application nodes are started on one
 * PostgreSQL (started here, or the one named by {@code COCREATE_DB_URL}), in a schema of their own:
 * on a shared database the other tests' application would otherwise close these requests too,
 * and take the crashed node's place in the middle of the test.
 * <ol>
 * <li>node A's closing job is caught in the middle of its transaction (a test connection holds a
 * lock that makes its award insert wait, after it has already changed the request's status and
 * logged the close); then node A is killed — its database connections terminated, the
 * application stopped. Nothing of the half-done close remains. A restarted node closes the
 * request: once, with one award.</li>
 * <li>two nodes whose closing jobs both run close thirty due requests: each exactly once.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@PostgresTest
class CloseCrashIT {

	private static final String PASSWORD = "crash and restart cleanly";

	private static EmbeddedPostgres postgres;

	private static String url;

	private static String user;

	private static String password;

	/** The nodes' own schema (the database's extensions stay reachable through {@code public}). */
	private static final String SCHEMA = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private static ConfigurableApplicationContext survivor;

	@BeforeAll
	static void database() throws IOException, SQLException {
		url = System.getenv("COCREATE_DB_URL");
		user = System.getenv().getOrDefault("COCREATE_DB_USER", "");
		password = System.getenv().getOrDefault("COCREATE_DB_PASSWORD", "");
		if (url == null || url.isBlank()) {
			postgres = EmbeddedPostgres.builder().start();
			url = postgres.getJdbcUrl("postgres", "postgres");
			user = "postgres";
			password = "";
		}
		try (Connection c = connect()) {
			c.createStatement().execute("create schema " + SCHEMA);
		}
		url += (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
	}

	@AfterAll
	static void stop() throws IOException, SQLException {
		nodes.forEach(ConfigurableApplicationContext::close);
		if (postgres != null) {
			postgres.close();
		}
		else {
			try (Connection c = connect()) {
				c.createStatement().execute("drop schema " + SCHEMA + " cascade");
			}
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		String named = url + "&ApplicationName=" + name;
		var node = new SpringApplicationBuilder(CocreateApplication.class).run("--server.port=0", "--cocreate.database.url=" + named,
				"--cocreate.database.username=" + user, "--cocreate.database.password=" + password, "--cocreate.demo.enabled=false",
				"--spring.mail.host=", "--cocreate.requests.close-interval-ms=200");
		nodes.add(node);
		return node;
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class);
	}

	@Test
	@Order(1)
	void aCloseInterruptedByACrashIsRolledBackAndTheRestartedNodeClosesItOnce() throws Exception {
		var nodeA = node("crash-node-a");
		var world = new World(nodeA);
		long id = world.request(Duration.ofSeconds(4));
		world.bid(id, world.sellerA, "2600.00");
		long cheap = world.bid(id, world.sellerB, "2500.00");

		try (Connection saboteur = connect()) {
			saboteur.setAutoCommit(false);
			saboteur.createStatement().execute("lock table request_award in share mode");

			// node A takes the due request, moves it out of OPEN, logs the close, and waits on the award insert
			int blocked = await("a close waiting on its award insert").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> waitingOnAward("crash-node-a"), n -> n > 0);
			assertThat(blocked).isEqualTo(1);

			// kill node A: its connections go, then the application; a retry it may have started goes too
			terminate("crash-node-a");
			nodeA.close();
			terminate("crash-node-a");
			await("node A's sessions gone").atMost(Duration.ofSeconds(15))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> waitingOnAward("crash-node-a"), n -> n == 0);

			try (Connection observer = connect()) {
				var rs = observer.createStatement()
					.executeQuery("select status, closed_at, (select count(*) from request_log where request_id = r.id and kind = 'CLOSED'), "
							+ "(select count(*) from request_award where request_id = r.id) from request r where id = " + id);
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).as("the half-done close was rolled back").isEqualTo("OPEN");
				assertThat(rs.getTimestamp(2)).isNull();
				assertThat(rs.getLong(3)).isZero();
				assertThat(rs.getLong(4)).isZero();
			}
			saboteur.commit();
		}

		// the restarted node closes it: once, one award, to the best bid
		survivor = node("crash-node-b");
		JdbcClient db = jdbc(survivor);
		await("closed by the restarted node").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> db.sql("select status from request where id = ?").param(id).query(String.class).single(), "AWARDED"::equals);
		assertThat(db.sql("select bid_id from request_award where request_id = ?").param(id).query(Long.class).list()).containsExactly(cheap);
		assertThat(db.sql("select count(*) from request_log where request_id = ? and kind = 'CLOSED'").param(id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(db.sql("select count(*) from request_log where request_id = ? and kind = 'AWARDED'").param(id).query(Long.class).single())
			.isEqualTo(1);
		// the award's content event was published once per listener, not once per attempt
		var perListener = db.sql("""
				select count(*) from event_publication where event_type like '%ContentEvent' and serialized_event like ?
				group by listener_id""")
			.param("%\"request-awarded:" + id + "\"%")
			.query(Long.class)
			.list();
		assertThat(perListener).isNotEmpty().containsOnly(1L);
	}

	@Test
	@Order(2)
	void twoNodesCloseEveryDueRequestExactlyOnce() {
		if (survivor == null) {
			survivor = node("crash-node-b");
		}
		var other = node("crash-node-c");
		var world = new World(other);
		var ids = new ArrayList<Long>();
		for (int i = 0; i < 30; i++) {
			long id = world.request(Duration.ofSeconds(3));
			if (i % 3 != 0) {
				world.bid(id, world.sellerA, "100.00");
			}
			ids.add(id);
		}
		JdbcClient db = jdbc(other);
		await("all closed").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> db.sql("select count(*) from request where id = any(?) and status = 'OPEN'")
				.param(ids.toArray(Long[]::new))
				.query(Long.class)
				.single(), n -> n == 0);
		for (long id : ids) {
			assertThat(db.sql("select count(*) from request_log where request_id = ? and kind = 'CLOSED'").param(id).query(Long.class).single())
				.as("request %d closed once", id)
				.isEqualTo(1);
			long bids = db.sql("select count(*) from bid where request_id = ?").param(id).query(Long.class).single();
			assertThat(db.sql("select count(*) from request_award where request_id = ?").param(id).query(Long.class).single())
				.as("request %d awarded at most once", id)
				.isEqualTo(bids > 0 ? 1 : 0);
		}
	}

	/** The node's sessions waiting for a lock on their award insert. */
	private static int waitingOnAward(String applicationName) throws SQLException {
		try (Connection c = connect()) {
			var statement = c.prepareStatement("""
					select count(*) from pg_stat_activity
					where application_name = ? and wait_event_type = 'Lock' and query ilike '%insert into request_award%'""");
			statement.setString(1, applicationName);
			var rs = statement.executeQuery();
			rs.next();
			return rs.getInt(1);
		}
	}

	/** Ends every session of a node and waits (up to 10 s each) until they have exited, not only been signalled. */
	private static void terminate(String applicationName) throws SQLException {
		try (Connection c = connect()) {
			var statement = c.prepareStatement("select pg_terminate_backend(pid, 10000) from pg_stat_activity where application_name = ?");
			statement.setString(1, applicationName);
			statement.executeQuery();
		}
	}

	/** A requester and two verified sellers made on a node, and requests and bids through its HTTP API. */
	private static final class World {

		final ConfigurableApplicationContext node;

		final Http http;

		final String requester;

		final String sellerA;

		final String sellerB;

		World(ConfigurableApplicationContext node) {
			this.node = node;
			this.http = new Http(node.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			MemberSummary admin = member(true);
			this.requester = token(member(false));
			this.sellerA = seller(admin);
			this.sellerB = seller(admin);
		}

		private MemberSummary member(boolean admin) {
			String handle = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			return node.getBean(Registration.class).createVerified(new SignUp(handle + "@it.cocreate.test", handle, handle, PASSWORD, "en"), admin);
		}

		private String token(MemberSummary m) {
			return node.getBean(AccessTokens.class).create(m.id(), "crash").token();
		}

		private String seller(MemberSummary admin) {
			MemberSummary owner = member(false);
			String slug = "crash-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			node.getBean(Organisations.class).create(owner.id(), new CreateOrganisation("Crash " + slug, slug, OrganisationKind.BRAND, "", ""));
			node.getBean(Organisations.class).setVerified(admin.id(), slug, true);
			node.getBean(Sellers.class).register(owner.id(), slug, new SellerSettings(List.of(), List.of()));
			return token(owner);
		}

		long request(Duration closesIn) {
			var body = new LinkedHashMap<String, Object>();
			body.put("title", "Forty solar panels");
			body.put("category", "energy");
			body.put("quantity", 40);
			body.put("unit", "panels");
			body.put("location", "Riverton");
			body.put("deadline", Instant.now().plus(closesIn).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
			body.put("format", "OPEN");
			body.put("antiSnipingSeconds", 0);
			body.put("awardMode", "AUTO");
			body.put("weights", Map.of("price", 1, "delivery", 0, "rating", 0));
			var response = http.api("POST", "/api/v1/requests", requester, body);
			assertThat(response.status()).as("%s", response).isEqualTo(201);
			return response.json().get("id").asLong();
		}

		long bid(long id, String seller, String price) {
			var response = http.api("POST", "/api/v1/requests/" + id + "/bids", seller,
					Map.of("unitPrice", new BigDecimal(price), "deliveryDays", 7));
			assertThat(response.status()).as("%s", response).isEqualTo(201);
			return response.json().get("id").asLong();
		}
	}
}
