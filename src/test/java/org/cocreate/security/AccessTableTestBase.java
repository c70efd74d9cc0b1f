package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.TestImages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the tests driven by access-control.table share: the roles (an organisation with its staff,
 * members, a platform admin), fresh targets per cell made through the API, and requests as a role
 * with a valid, missing or forged CSRF token.
 */
abstract class AccessTableTestBase extends AbstractApplicationIT {

	/** The CSRF token a page request carries. */
	enum Csrf {
		VALID, MISSING, FORGED, OTHER_SESSIONS
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A member as the table's roles use them: an API token and a signed-in page session with its CSRF token. */
	record Actor(Member member, String token, Http session, String csrf) {
	}

	/** One cell: fresh targets, the request as the role, the status, and for a refusal, nothing changed. */
	@Nullable String walk(World world, DatabaseFingerprint fingerprint, AccessTable.Row row, String role,
			AccessTable.Expect expect) {
		var scene = world.scene();
		try {
			String path = scene.fill(row.route());
			String body = scene.fill(row.body());
			Map<String, String> before = expect.refusal() ? fingerprint.take() : Map.of();
			Http.Response response = world.send(role, row, path, body);
			String problem = null;
			if (response.status() != expect.status()) {
				problem = "expected " + expect.text() + ", got " + response.status() + " " + brief(response);
			}
			else if (response.status() == 302) {
				boolean toLogin = response.location().contains("/login");
				if (expect.login() != toLogin) {
					problem = "expected " + expect.text() + ", got a redirect to " + response.location();
				}
			}
			if (problem == null && expect.refusal()) {
				Set<String> changed = DatabaseFingerprint.changed(before, fingerprint.take());
				if (!changed.isEmpty()) {
					problem = "refused, but stored data changed in " + changed;
				}
			}
			return problem;
		}
		finally {
			scene.cleanUp();
		}
	}

	private static String brief(Http.Response response) {
		String detail = response.contentType().contains("json") ? response.body() : response.header("Location").orElse("");
		return detail.length() > 240 ? detail.substring(0, 240) + "…" : detail;
	}

	/** The organisation with its staff, the members of the roles, and factories for fresh targets. */
	final class World {

		final Http http = http();

		final Actor owner;

		final Map<String, Actor> actors = new HashMap<>();

		final Actor proposer;

		final String org;

		final Http anonymous = http();

		final String anonymousCsrf;

		/** Requests whose bidding closed with one bid of the organisation, awaiting the requester's award: [request, bid]. */
		final java.util.Deque<String[]> awaiting = new java.util.ArrayDeque<>();

		String[] awaitingAward() {
			if (awaiting.isEmpty()) {
				// Made twenty at a time: post, bid, move the deadline into the past, let the closing job close them.
				var made = new ArrayList<String[]>();
				for (int i = 0; i < 20; i++) {
					String request = postRequest();
					String bid = id(ok(http.api("POST", "/api/v1/requests/" + request + "/bids", owner.token(),
							Map.of("unitPrice", 90, "deliveryDays", 5, "organisation", org)), 201));
					made.add(new String[] { request, bid });
				}
				List<Long> ids = made.stream().map(r -> Long.parseLong(r[0])).toList();
				jdbc.sql("update request set deadline = now() - interval '1 second' where id in (:ids)").param("ids", ids).update();
				await("the closing job closed the requests").atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> jdbc.sql("select count(*) from request where id in (:ids) and status = 'AWAITING_AWARD'")
						.param("ids", ids)
						.query(Long.class)
						.single() == ids.size());
				awaiting.addAll(made);
			}
			return awaiting.pop();
		}

		String postRequest() {
			return id(ok(http.api("POST", "/api/v1/requests", actors.get("author").token(), Map.of("title", "A request",
					"category", "outdoor", "specification", "Tents for the camp", "quantity", 2, "unit", "tents", "location",
					"Riverton", "deadline", java.time.Instant.now().plus(Duration.ofDays(2)).toString())), 201));
		}

		World() {
			owner = actor(member("acl_owner"));
			org = uniqueSlug("acl");
			ok(http.api("POST", "/api/v1/organisations", owner.token(),
					Map.of("name", "Access control " + org, "slug", org, "kind", "CITY")), 201);
			actors.put("owner", owner);
			for (String role : List.of("admin", "moderator", "responder")) {
				Actor staff = actor(member("acl_" + role));
				var invitation = ok(http.api("POST", "/api/v1/organisations/" + org + "/invitations", owner.token(),
						Map.of("invitee", staff.member().handle(), "role", role.toUpperCase())), 201);
				ok(http.api("POST", "/api/v1/invitations/" + invitation.json().get("id").asLong() + "/accept", staff.token(), null), 204);
				actors.put(role, staff);
			}
			actors.put("platform", actor(admin("acl_platform")));
			for (String role : List.of("member", "author", "other")) {
				actors.put(role, actor(member("acl_" + role)));
			}
			proposer = actor(member("acl_proposer"));
			// The organisation sells: verified by a platform admin, registered by its owner.
			ok(http.api("PUT", "/api/v1/organisations/" + org + "/verified", actors.get("platform").token(), Map.of("verified", true)), 200);
			ok(http.api("PUT", "/api/v1/sellers/" + org, owner.token(), Map.of("categories", List.of("outdoor"), "bidders", List.of())), 200);
			// A member suspended by a platform admin, signed in before the suspension (sessions survive it).
			Actor suspended = actor(member("acl_suspended"));
			ok(http.api("POST", "/api/v1/moderation/members/" + suspended.member().handle() + "/actions", actors.get("platform").token(),
					Map.of("action", "SUSPEND", "reason", "Access-control test", "days", 30)), 201);
			actors.put("suspended", suspended);
			var form = anonymous.get("/signup");
			anonymousCsrf = form.csrf();
		}

		private Actor actor(Member member) {
			var session = loggedIn(member);
			String csrf = session.get("/settings/tokens").csrf();
			return new Actor(member, token(member), session, csrf);
		}

		Scene scene() {
			return new Scene(this);
		}

		Http.Response send(String role, AccessTable.Row row, String path, String body) {
			return send(role, row, path, body, Csrf.VALID);
		}

		Http.Response send(String role, AccessTable.Row row, String path, String body, Csrf mode) {
			Actor actor = actors.get(role);
			if (!row.page()) {
				String bearer = actor == null ? null : actor.token();
				String[] auth = bearer == null ? new String[] { "Accept", "application/json, application/problem+json" }
						: new String[] { "Accept", "application/json, application/problem+json", "Authorization", "Bearer " + bearer };
				if (body.isEmpty()) {
					return http.send(row.method(), path, null, null, auth);
				}
				if (body.equals("@png")) {
					return http.send(row.method(), path, "image/png", TestImages.png(16, 16), auth);
				}
				if (body.equals("@pb")) {
					return http.send(row.method(), path, "text/plain; charset=utf-8", pabulib(), auth);
				}
				return http.send(row.method(), path, "application/json", body.getBytes(StandardCharsets.UTF_8), auth);
			}
			Http session = actor == null ? anonymous : actor.session();
			String csrf = switch (mode) {
				case VALID -> actor == null ? anonymousCsrf : actor.csrf();
				case MISSING -> null;
				// as long as a real one, made up
				case FORGED -> java.util.Base64.getUrlEncoder().encodeToString(UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.UTF_8)).substring(0, 96);
				// a real token, of the attacker's own session
				case OTHER_SESSIONS -> actor == null ? proposer.csrf() : anonymousCsrf;
			};
			if (body.startsWith("multipart:")) {
				String[] field = body.substring("multipart:".length()).split("=", 2);
				boolean pb = field[1].equals("@pb");
				return session.postMultipart(path, csrf == null ? Map.of() : Map.of("_csrf", csrf), field[0], pb ? "f.pb" : "f.png",
						pb ? "text/plain" : "image/png", pb ? pabulib() : TestImages.png(16, 16));
			}
			var form = new StringBuilder(csrf == null ? "x=1" : "_csrf=" + encode(csrf));
			if (!body.isEmpty()) {
				for (String pair : body.split("&")) {
					String[] kv = pair.split("=", 2);
					form.append('&').append(encode(kv[0])).append('=').append(encode(kv.length > 1 ? kv[1] : ""));
				}
			}
			return session.postEncoded(path, form.toString());
		}
	}

	/** Fresh targets for one cell, made on first mention, through the API as people would make them. */
	final class Scene {

		private final World world;

		private final Map<String, String> made = new HashMap<>();

		private final List<Runnable> cleanUps = new ArrayList<>();

		Scene(World world) {
			this.world = world;
		}

		String fill(String text) {
			Matcher m = PLACEHOLDER.matcher(text);
			var out = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
			}
			m.appendTail(out);
			return out.toString();
		}

		private String value(String name) {
			String known = made.get(name);
			if (known != null) {
				return known;
			}
			String value = switch (name) {
				case "org" -> world.org;
				case "kind" -> "space";
				case "capability" -> "ideas";
				case "password" -> PASSWORD;
				case "uniqueSlug" -> uniqueSlug("acl");
				case "uniqueHandle" -> uniqueHandle("acl");
				case "uniqueEmail" -> emailOf(uniqueHandle("acl"));
				case "space" -> space();
				case "idea", "idea2" -> idea();
				case "comment" -> id(api("POST", "/api/v1/ideas/" + value("idea") + "/comments", author(), Map.of("body", "A comment"), 201));
				case "proposal" -> id(api("POST", "/api/v1/ideas/" + value("idea") + "/edit-proposals", world.proposer.token(),
						Map.of("title", "A proposed title", "body", "A proposed body", "note", "n"), 201));
				case "image" -> String.valueOf(world.http.apiBytes("POST", "/api/v1/ideas/" + value("idea") + "/images", author(),
						"image/png", TestImages.png(8, 8)).json().get(0).get("id").asLong());
				case "token" -> token();
				case "notification" -> notification();
				case "invitation" -> id(api("POST", "/api/v1/organisations/" + world.org + "/invitations", world.owner.token(),
						Map.of("invitee", emailOf(uniqueHandle("acl")), "role", "RESPONDER"), 201));
				case "invitationToAuthor" -> invitationToAuthor();
				case "staff" -> staff();
				case "budget" -> budget();
				case "project" -> project(value("budget"));
				case "reviewProject" -> {
					String project = project(value("budget"));
					api("POST", "/api/v1/budgets/" + value("budget") + "/phase", world.owner.token(), Map.of("phase", "REVIEW"), 200);
					yield project;
				}
				case "votingBudget" -> {
					String budget = budget();
					String project = project(budget);
					api("POST", "/api/v1/budgets/" + budget + "/phase", world.owner.token(), Map.of("phase", "REVIEW"), 200);
					api("POST", "/api/v1/budget-projects/" + project + "/review", world.owner.token(), Map.of("feasible", true), 200);
					api("POST", "/api/v1/budgets/" + budget + "/phase", world.owner.token(), Map.of("phase", "VOTING"), 200);
					made.put("votingProject", project);
					yield budget;
				}
				case "votingProject" -> {
					value("votingBudget");
					yield made.get("votingProject");
				}
				case "future" -> java.time.Instant.now().plus(Duration.ofDays(2)).toString();
				case "futureLocal" -> java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(2).withSecond(0).withNano(0).toString();
				case "request" -> world.postRequest();
				case "bid" -> id(api("POST", "/api/v1/requests/" + value("request") + "/bids", world.owner.token(),
						Map.of("unitPrice", 90, "deliveryDays", 5, "organisation", world.org), 201));
				case "awaiting" -> {
					String[] request = world.awaitingAward();
					made.put("awaitingBid", request[1]);
					yield request[0];
				}
				case "awaitingBid" -> {
					value("awaiting");
					yield made.get("awaitingBid");
				}
				case "awarded" -> {
					String[] request = world.awaitingAward();
					api("POST", "/api/v1/requests/" + request[0] + "/award", author(), Map.of("bidId", Long.parseLong(request[1])), 200);
					yield request[0];
				}
				case "completed" -> {
					String request = value("awarded");
					api("POST", "/api/v1/requests/" + request + "/completion", author(), null, 200);
					api("POST", "/api/v1/requests/" + request + "/completion", world.owner.token(), null, 200);
					yield request;
				}
				case "seller" -> {
					// Deregistering succeeds for some roles: register again after the cell.
					cleanUps.add(() -> ok(world.http.api("PUT", "/api/v1/sellers/" + world.org, world.owner.token(),
							Map.of("categories", List.of("outdoor"), "bidders", List.of())), 200));
					yield world.org;
				}
				case "victim" -> member("acl_victim").handle();
				case "case" -> String.valueOf(api("POST", "/api/v1/moderation/reports", world.proposer.token(),
						Map.of("content", "idea:" + value("idea"), "reason", "SPAM"), 201).json().get("caseId").asLong());
				case "hideAction" -> String.valueOf(api("POST", "/api/v1/moderation/cases/" + value("case") + "/actions",
						world.owner.token(), Map.of("action", "HIDE", "reason", "Off topic"), 201).json().get("actionId").asLong());
				case "appeal" -> id(api("POST", "/api/v1/moderation/appeals", author(),
						Map.of("actionId", Long.parseLong(value("hideAction")), "statement", "It is on topic"), 201));
				case "voter" -> {
					api("PUT", "/api/v1/ideas/" + value("idea") + "/support", world.proposer.token(), null, 204);
					yield String.valueOf(world.proposer.member().id());
				}
				default -> throw new IllegalArgumentException("access-control.table: unknown placeholder {" + name + "}");
			};
			made.put(name, value);
			return value;
		}

		private String author() {
			return world.actors.get("author").token();
		}

		private String space() {
			String slug = uniqueSlug("acl");
			api("POST", "/api/v1/spaces", world.owner.token(), Map.of("organisation", world.org, "name", "Space " + slug, "slug", slug,
					"capabilities", List.of("ideas", "budgets")), 201);
			api("PUT", "/api/v1/spaces/" + slug + "/membership", world.actors.get("member").token(), null, 204);
			return slug;
		}

		private String idea() {
			return id(api("POST", "/api/v1/spaces/" + value("space") + "/ideas", author(),
					Map.of("title", "An idea " + UUID.randomUUID(), "body", "Its body"), 201));
		}

		private String token() {
			var created = api("POST", "/api/v1/tokens", author(), Map.of("name", "to revoke"), 201);
			String id = id(created);
			cleanUps.add(() -> jdbc.sql("update access_token set revoked_at = now() where id = ? and revoked_at is null")
				.param(Long.parseLong(id)).update());
			return id;
		}

		private String notification() {
			long member = world.actors.get("author").member().id();
			return String.valueOf(jdbc.sql("""
					insert into notification (member_id, notice_key, message, args, link, created_at)
					values (?, ?, 'notice.idea-status.PLANNED', '{}', '/', now()) returning id""")
				.params(member, "acl:" + UUID.randomUUID())
				.query(Long.class)
				.single());
		}

		private String invitationToAuthor() {
			String other = uniqueSlug("acl-elsewhere");
			api("POST", "/api/v1/organisations", world.proposer.token(), Map.of("name", "Elsewhere " + other, "slug", other, "kind", "NGO"), 201);
			return id(api("POST", "/api/v1/organisations/" + other + "/invitations", world.proposer.token(),
					Map.of("invitee", world.actors.get("author").member().handle(), "role", "RESPONDER"), 201));
		}

		private String staff() {
			var staff = member("acl_staff");
			String staffToken = AccessTableTestBase.this.token(staff);
			String invitation = id(api("POST", "/api/v1/organisations/" + world.org + "/invitations", world.owner.token(),
					Map.of("invitee", staff.handle(), "role", "RESPONDER"), 201));
			api("POST", "/api/v1/invitations/" + invitation + "/accept", staffToken, null, 204);
			return staff.handle();
		}

		private String budget() {
			return id(api("POST", "/api/v1/spaces/" + value("space") + "/budgets", world.owner.token(),
					Map.of("name", "Budget " + UUID.randomUUID(), "amount", 1000, "currency", "EUR"), 201));
		}

		private String project(String budget) {
			return id(api("POST", "/api/v1/budgets/" + budget + "/projects", author(),
					Map.of("title", "A project", "description", "What it does", "cost", 100), 201));
		}

		private Http.Response api(String method, String path, String token, @Nullable Object body, int status) {
			return ok(world.http.api(method, path, token, body), status);
		}

		void cleanUp() {
			cleanUps.forEach(Runnable::run);
		}
	}

	static Http.Response ok(Http.Response response, int status) {
		assertThat(response.status()).as("fixture: %s", response).isEqualTo(status);
		return response;
	}

	private static String id(Http.Response response) {
		return String.valueOf(response.json().get("id").asLong());
	}

	static byte[] pabulib() {
		return """
				META
				key;value
				description;Access control test
				num_projects;2
				num_votes;2
				budget;1000
				vote_type;approval
				rule;greedy
				PROJECTS
				project_id;cost;votes;name
				1;400;2;One
				2;500;1;Two
				VOTES
				voter_id;vote
				1;1,2
				2;1
				""".getBytes(StandardCharsets.UTF_8);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
