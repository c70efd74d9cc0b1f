package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every text field of every content kind gets every payload of the XSS corpus (xss-payloads.txt),
 * through the API; then every page that shows the text is opened in Chromium. For each payload and
 * field the application either refuses it (400 naming the field, with a message, nothing stored)
 * or stores it as it was sent (the API gives back the raw text) and shows it inert: no dialog,
 * no {@code window.__xss}, no handler, script-like URL or foreign element in the DOM, and the
 * text (or, for Markdown, a marker after it) really is on the page, so no check passes by
 * looking at a page that does not show the payload.
 * <p>
 * To add a content kind: submit the corpus through its
 * API with {@link #submit}, read it back with {@link #expectRaw}, and {@link #visit} the pages
 * that show it — batching many payloads per list page, as the ideas test does with its board.
 */
class SecurityXssIT extends AbstractApplicationIT {

	static final List<String> PAYLOADS = XssCorpus.payloads();

	private static final Pattern TAG = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_-]*");

	/** Everything that went wrong, for one failure message listing all of it. */
	private final List<String> findings = new ArrayList<>();

	/** field -> [stored, refused], printed as a summary (docs/security.md quotes it). */
	private final Map<String, int[]> tally = new TreeMap<>();

	private final List<SecurityBrowser.Tab> tabs = new ArrayList<>();

	@AfterEach
	void closeTabs() {
		tabs.forEach(SecurityBrowser.Tab::close);
		tabs.clear();
	}

	/** A unique word put after Markdown payloads, so a page can be checked to really show the text. */
	private static String marker(String kind, int i) {
		return "zq" + kind + i + "x";
	}

	private static String markdown(String payload, String marker) {
		return payload + "\n\n" + marker;
	}

	// --- the content kinds

	@Test
	void ideasCommentsAnswersProposalsMergesAndPictureDescriptions() {
		var owner = member("xss_owner");
		var author = member("xss_author");
		var other = member("xss_other");
		String ownerToken = token(owner);
		String authorToken = token(author);
		String otherToken = token(other);
		String org = createOrganisation(ownerToken);
		String space = createSpace(ownerToken, org);
		var http = http();
		assertThat(http.api("PUT", "/api/v1/follows/space/" + space, otherToken, null).status()).isEqualTo(204);
		long target = created(http.api("POST", "/api/v1/spaces/" + space + "/ideas", authorToken,
				Map.of("title", "Where the merged ideas go", "body", "All duplicates end here.")));

		record Posted(int index, long id, String title, List<String> shown) {
		}
		var posted = new ArrayList<Posted>();
		var tags = new LinkedHashSet<String>();
		byte[] picture = TestImages.png(8, 8);
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String p = PAYLOADS.get(i);
			String m = marker("idea", i);
			var values = new LinkedHashMap<String, Object>(Map.of("title", p, "body", markdown(p, m), "tags", List.of(p)));
			var response = submit("idea", values, Map.of("title", "Idea " + m, "body", m, "tags", List.of()),
					v -> http.api("POST", "/api/v1/spaces/" + space + "/ideas", authorToken, v));
			if (response == null) {
				continue;
			}
			JsonNode idea = response.json();
			long id = idea.get("id").asLong();
			expectRaw("idea.title", values.get("title"), idea.get("title").asString());
			expectRaw("idea.body", values.get("body"), idea.get("body").asString());
			for (JsonNode tag : idea.get("tags")) {
				tags.add(tag.asString());
				if (!TAG.matcher(tag.asString()).matches()) {
					findings.add("idea.tags: a tag with more than letters, digits, _ and -: " + tag);
				}
			}
			var shown = new ArrayList<String>(List.of(m));
			if (values.get("title").equals(p)) {
				shown.add(p.strip());
			}

			String cm = marker("comment", i);
			var commentValues = new LinkedHashMap<String, Object>(Map.of("body", markdown(p, cm)));
			var comment = submit("comment", commentValues, Map.of("body", cm),
					v -> http.api("POST", "/api/v1/ideas/" + id + "/comments", otherToken, v));
			if (comment != null) {
				long commentId = comment.json().get("id").asLong();
				// as the idea's author, who sees its discussion even while the idea is held as suspected spam
				var comments = http.apiGet("/api/v1/ideas/" + id + "/comments", authorToken).json();
				for (JsonNode c : comments) {
					if (c.get("id").asLong() == commentId) {
						expectRaw("comment.body", commentValues.get("body"), c.get("body").asString());
					}
				}
				shown.add(cm);
			}

			String am = marker("answer", i);
			var answerValues = new LinkedHashMap<String, Object>(Map.of("status", "UNDER_REVIEW", "response", markdown(p, am)));
			var answer = submit("status-response", answerValues,
					Map.of("response", am), v -> http.api("POST", "/api/v1/ideas/" + id + "/status-changes", ownerToken, v));
			if (answer != null) {
				var timeline = http.apiGet("/api/v1/ideas/" + id + "/status-changes", null).json();
				boolean found = false;
				for (JsonNode change : timeline) {
					found |= change.get("response").asString().strip().equals(String.valueOf(answerValues.get("response")).strip());
				}
				if (!found) {
					findings.add("status-response.response: the API does not give back the raw text of " + SecurityBrowser.abbreviate(p));
				}
				shown.add(am);
			}

			String pm = marker("proposal", i);
			var proposalValues = new LinkedHashMap<String, Object>(Map.of("title", p, "body", markdown(p, pm), "note", p));
			var proposal = submit("proposal", proposalValues, Map.of("title", "Proposal " + pm, "body", pm, "note", ""),
					v -> http.api("POST", "/api/v1/ideas/" + id + "/edit-proposals", otherToken, v));
			if (proposal != null) {
				long proposalId = proposal.json().get("id").asLong();
				for (JsonNode pr : http.apiGet("/api/v1/ideas/" + id + "/edit-proposals", authorToken).json()) {
					if (pr.get("id").asLong() == proposalId) {
						expectRaw("proposal.title", proposalValues.get("title"), pr.get("title").asString());
						expectRaw("proposal.body", proposalValues.get("body"), pr.get("body").asString());
						expectRaw("proposal.note", proposalValues.get("note"), pr.get("note").asString());
					}
				}
				shown.add(pm);
			}

			var image = http.apiBytes("POST", "/api/v1/ideas/" + id + "/images?alt=" + encode(p), authorToken, "image/png", picture);
			if (image.status() == 201) {
				count("image.alt", true);
				expectRaw("image.alt", p.length() > 300 ? p.substring(0, 300) : p, image.json().get(0).get("alt").asString());
			}
			else {
				expectRefusal("image.alt", image, Set.of("alt", "images"), p);
			}
			posted.add(new Posted(i, id, idea.get("title").asString(), shown));
		}
		assertThat(posted).as("ideas posted").hasSizeGreaterThan(PAYLOADS.size() / 2);

		var author1 = SecurityBrowser.open(port, session(author));
		tabs.add(author1);
		var anonymous = SecurityBrowser.open(port, null);
		tabs.add(anonymous);
		var follower = SecurityBrowser.open(port, session(other));
		tabs.add(follower);

		// Payloads full of links are held as suspected spam: a moderator approves them, as on the real site.
		approveHeld(http, space, ownerToken);

		// Lists: the board (every page of it), the tags, the follower's feed and notifications.
		String boardText = walk(anonymous, "/s/" + space + "/ideas?sort=new", "after=");
		for (Posted p : posted) {
			if (!boardText.contains(p.title().strip()) && p.title().length() <= 60) {
				findings.add("board of " + space + ": does not list " + SecurityBrowser.abbreviate(p.title()));
			}
		}
		findings.addAll(anonymous.visit("/tags"));
		for (String tag : tags) {
			findings.addAll(anonymous.visit("/tags/" + encode(tag)));
		}
		awaitJson(http, "/api/v1/notifications?before=0", otherToken, n -> n.get("items").size() > 0);
		walk(follower, "/", "before=");
		walk(follower, "/notifications", "before=");

		// Merge every idea into one, with the payload as the public reason, then open each idea as its author.
		for (Posted p : posted) {
			String mm = marker("merge", p.index());
			String payload = PAYLOADS.get(p.index());
			var merged = submit("merge-response", new LinkedHashMap<>(Map.of("into", target, "response", markdown(payload, mm))),
					Map.of("response", mm), v -> http.api("POST", "/api/v1/ideas/" + p.id() + "/merge", ownerToken, v));
			var shown = new ArrayList<>(p.shown());
			if (merged != null) {
				shown.add(mm);
			}
			findings.addAll(author1.visit("/ideas/" + p.id(), shown.toArray(String[]::new)));
		}
		findings.addAll(anonymous.visit("/ideas/" + target));
		finish();
	}

	@Test
	void signUpProfilesAndTokenNames() {
		var pool = new ArrayList<Member>();
		var tokens = new ArrayList<String>();
		var sessions = new ArrayList<Http>();
		var csrf = new ArrayList<String>();
		for (int i = 0; i < 10; i++) {
			var m = member("xss_profile");
			pool.add(m);
			tokens.add(token(m));
			sessions.add(loggedIn(m));
			csrf.add(sessions.getLast().get("/settings/tokens").csrf());
		}
		var http = http();
		var tab = SecurityBrowser.open(port, null);
		tabs.add(tab);
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String p = PAYLOADS.get(i);
			// Sign-up: the display name as typed comes back as typed.
			String handle = uniqueHandle("xss_signup");
			var signUp = new LinkedHashMap<String, Object>(Map.of("email", emailOf(handle), "handle", handle, "displayName", p,
					"password", PASSWORD, "locale", "en"));
			var created = submit("sign-up", signUp, Map.of("displayName", "Sign " + i),
					v -> http.api("POST", "/api/v1/members", null, v));
			if (created != null) {
				expectRaw("sign-up.displayName", signUp.get("displayName"), created.json().get("displayName").asString());
			}

			// Profile: display name, Markdown bio, links; the profile page shows them at once.
			int slot = i % pool.size();
			var member = pool.get(slot);
			String m = marker("bio", i);
			var values = new LinkedHashMap<String, Object>(Map.of("displayName", p, "bio", markdown(p, m), "links", List.of(p)));
			var updated = submit("profile", values, Map.of("displayName", "Member " + i, "bio", m, "links", List.of()),
					v -> http.api("PATCH", "/api/v1/me", tokens.get(slot), v));
			if (updated != null) {
				var profile = http.apiGet("/api/v1/members/" + member.handle(), null).json();
				expectRaw("profile.displayName", values.get("displayName"), profile.get("displayName").asString());
				expectRaw("profile.bio", values.get("bio"), profile.get("bio").asString());
				var shown = new ArrayList<>(List.of(m, profile.get("displayName").asString()));
				findings.addAll(tab.visit("/@" + member.handle(), shown.toArray(String[]::new)));
			}

			// A token's name, through the settings form (as a person names it).
			var session = sessions.get(slot);
			var named = session.postForm("/settings/tokens", Map.of("_csrf", csrf.get(slot), "name", p));
			if (named.status() == 200) {
				count("token.name", true);
			}
			else if (named.status() == 400) {
				count("token.name", false);
			}
			else {
				findings.add("token.name: status " + named.status() + " for " + SecurityBrowser.abbreviate(p));
			}
		}
		for (int slot = 0; slot < pool.size(); slot++) {
			var names = new ArrayList<String>();
			for (JsonNode t : http.apiGet("/api/v1/tokens", tokens.get(slot)).json()) {
				names.add(t.get("name").asString());
			}
			var own = SecurityBrowser.open(port, sessions.get(slot).cookie("COCREATE_SESSION").orElseThrow());
			tabs.add(own);
			findings.addAll(own.visit("/settings/tokens", names.stream().filter(n -> n.length() < 60).toArray(String[]::new)));
			findings.addAll(own.visit("/settings/profile"));
		}
		findings.addAll(tab.visit("/members"));
		finish();
	}

	@Test
	void organisationsInvitationsSpacesAndCommunities() {
		var owner = member("xss_orgs");
		var invitee = member("xss_invitee");
		String ownerToken = token(owner);
		String host = createOrganisation(ownerToken);
		var http = http();
		var tab = SecurityBrowser.open(port, null);
		tabs.add(tab);
		var communities = new LinkedHashMap<String, String>();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String p = PAYLOADS.get(i);
			String m = marker("org", i);
			String slug = uniqueSlug("xss");
			var values = new LinkedHashMap<String, Object>(Map.of("name", p, "slug", slug, "kind", "BRAND", "description",
					markdown(p, m), "website", p));
			var organisation = submit("organisation", values, Map.of("name", "Org " + i, "description", m, "website", ""),
					v -> http.api("POST", "/api/v1/organisations", ownerToken, v));
			if (organisation != null) {
				var read = http.apiGet("/api/v1/organisations/" + slug, null).json();
				expectRaw("organisation.name", values.get("name"), read.get("name").asString());
				expectRaw("organisation.description", values.get("description"), read.get("description").asString());
				expectRaw("organisation.website", values.get("website"), read.get("website").asString());
				var invited = http.api("POST", "/api/v1/organisations/" + slug + "/invitations", ownerToken,
						Map.of("invitee", invitee.handle(), "role", "RESPONDER"));
				assertThat(invited.status()).as("%s", invited).isEqualTo(201);
				findings.addAll(tab.visit("/o/" + slug, m, read.get("name").asString()));
			}

			for (String kind : List.of("space", "community")) {
				String sm = marker(kind, i);
				String spaceSlug = uniqueSlug("xss");
				var space = new LinkedHashMap<String, Object>(Map.of("name", p, "slug", spaceSlug, "description", markdown(p, sm)));
				if (kind.equals("space")) {
					space.put("organisation", host);
				}
				var made = submit(kind, space, Map.of("name", "Space " + i, "description", sm),
						v -> http.api("POST", "/api/v1/spaces", ownerToken, v));
				if (made != null) {
					var read = http.apiGet("/api/v1/spaces/" + spaceSlug, null).json();
					expectRaw(kind + ".name", space.get("name"), read.get("name").asString());
					expectRaw(kind + ".description", space.get("description"), read.get("description").asString());
					if (kind.equals("space")) {
						findings.addAll(tab.visit("/s/" + spaceSlug, sm, read.get("name").asString()));
					}
					else {
						communities.put(read.get("name").asString(), spaceSlug);
					}
				}
			}
		}
		findings.addAll(tab.visit("/organisations"));
		findings.addAll(tab.visit("/spaces"));
		// A community's page is the space page above (same template, same Markdown description), so
		// its names are checked on the communities' list, all on one page; one that others' newer
		// communities pushed off that list (it shows the newest 200) is opened on its own page.
		findings.addAll(tab.visit("/spaces?communities=true"));
		String listed = tab.text();
		communities.forEach((name, slug) -> {
			if (!listed.contains(name)) {
				findings.addAll(tab.visit("/s/" + slug, name));
			}
		});
		findings.addAll(tab.visit("/spaces/of/" + host));
		var invitations = SecurityBrowser.open(port, session(invitee));
		tabs.add(invitations);
		findings.addAll(invitations.visit("/invitations"));
		finish();
	}

	/** Budgets (name, description, projects, review reasons), requests (title, specification, unit, location), moderation reasons. */
	@Test
	void budgetsRequestsAndModerationReasons() {
		var owner = member("xss_budgets");
		var author = member("xss_proposer");
		var victim = member("xss_warned");
		var platform = admin("xss_platform");
		String ownerToken = token(owner);
		String authorToken = token(author);
		String platformToken = token(platform);
		String org = createOrganisation(ownerToken);
		String space = uniqueSlug("xss-budgets");
		var http = http();
		assertThat(http.api("POST", "/api/v1/spaces", ownerToken, Map.of("organisation", org, "name", "XSS budgets", "slug", space,
				"capabilities", List.of("ideas", "budgets"))).status()).isEqualTo(201);
		var tab = SecurityBrowser.open(port, null);
		tabs.add(tab);

		// One budget holds a project per payload; its page shows them all.
		long budget = created(http.api("POST", "/api/v1/spaces/" + space + "/budgets", ownerToken,
				Map.of("name", "XSS budget", "amount", 100000, "currency", "EUR")));
		var projects = new ArrayList<Long>();
		var titles = new ArrayList<String>();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String p = PAYLOADS.get(i);
			String m = marker("project", i);
			var values = new LinkedHashMap<String, Object>(Map.of("title", p, "description", markdown(p, m), "cost", 10));
			var project = submit("project", values, Map.of("title", "Project " + m, "description", m),
					v -> http.api("POST", "/api/v1/budgets/" + budget + "/projects", authorToken, v));
			if (project != null) {
				JsonNode read = http.apiGet("/api/v1/budget-projects/" + project.json().get("id").asLong(), null).json();
				expectRaw("project.title", values.get("title"), read.get("title").asString());
				expectRaw("project.description", values.get("description"), read.get("description").asString());
				projects.add(read.get("id").asLong());
				titles.add(read.get("title").asString());
			}
		}
		findings.addAll(tab.visit("/budgets/" + budget, titles.stream().filter(t -> t.length() <= 60).toArray(String[]::new)));
		// Reviews with the payload as the public reason, all on the same page.
		assertThat(http.api("POST", "/api/v1/budgets/" + budget + "/phase", ownerToken, Map.of("phase", "REVIEW")).status()).isEqualTo(200);
		for (int i = 0; i < projects.size(); i++) {
			String p = PAYLOADS.get(i);
			long project = projects.get(i);
			var values = new LinkedHashMap<String, Object>(Map.of("feasible", false, "reason", p));
			var reviewed = submit("review", values, Map.of("reason", "Not feasible " + i),
					v -> http.api("POST", "/api/v1/budget-projects/" + project + "/review", ownerToken, v));
			if (reviewed != null) {
				expectRaw("review.reason", values.get("reason"), reviewed.json().get("reviewReason").asString());
			}
		}
		findings.addAll(tab.visit("/budgets/" + budget));

		for (int i = 0; i < PAYLOADS.size(); i++) {
			String p = PAYLOADS.get(i);
			// A budget per payload: its name and Markdown description on its own page.
			String bm = marker("budget", i);
			var budgetValues = new LinkedHashMap<String, Object>(Map.of("name", p, "description", markdown(p, bm), "amount", 1000,
					"currency", "EUR"));
			var made = submit("budget", budgetValues, Map.of("name", "Budget " + i, "description", bm),
					v -> http.api("POST", "/api/v1/spaces/" + space + "/budgets", ownerToken, v));
			if (made != null) {
				JsonNode read = made.json();
				expectRaw("budget.name", budgetValues.get("name"), read.get("name").asString());
				expectRaw("budget.description", budgetValues.get("description"), read.get("description").asString());
				findings.addAll(tab.visit("/budgets/" + read.get("id").asLong(), bm, read.get("name").asString()));
			}

			// A request per payload: title, Markdown specification, unit, location on its page.
			String rm = marker("request", i);
			var requestValues = new LinkedHashMap<String, Object>(Map.of("title", p, "category", "outdoor", "specification",
					markdown(p, rm), "quantity", 1, "unit", p, "location", p, "deadline",
					java.time.Instant.now().plus(java.time.Duration.ofDays(3)).toString()));
			var request = submit("request", requestValues, Map.of("title", "Request " + i, "specification", rm, "unit", "pieces",
					"location", "Riverton"), v -> http.api("POST", "/api/v1/requests", authorToken, v));
			if (request != null) {
				JsonNode read = http.apiGet("/api/v1/requests/" + request.json().get("id").asLong(), null).json();
				for (String field : List.of("title", "specification", "unit", "location")) {
					expectRaw("request." + field, requestValues.get(field), read.get(field).asString());
				}
				findings.addAll(tab.visit("/requests/" + read.get("id").asLong(), rm, read.get("title").asString()));
			}

			// A warning with the payload as its reason: the log, the member's page and inbox show it.
			var values = new LinkedHashMap<String, Object>(Map.of("action", "WARN", "reason", p));
			submit("moderation-action", values, Map.of("reason", "Warned " + i),
					v -> http.api("POST", "/api/v1/moderation/members/" + victim.handle() + "/actions", platformToken, v));
		}
		var reasons = new ArrayList<String>();
		for (JsonNode entry : http.apiGet("/api/v1/moderation/log?size=200", platformToken).json()) {
			reasons.add(entry.get("reason").asString());
		}
		for (String p : PAYLOADS) {
			if (!reasons.contains(p.strip()) && p.strip().length() <= 2000) {
				findings.add("moderation-action.reason: the log does not give back " + SecurityBrowser.abbreviate(p));
			}
		}
		walk(tab, "/requests", "after=");
		findings.addAll(tab.visit("/s/" + space + "/budgets"));
		var moderator = SecurityBrowser.open(port, session(platform));
		tabs.add(moderator);
		walk(moderator, "/moderation/log", "before=");
		var warned = SecurityBrowser.open(port, session(victim));
		tabs.add(warned);
		findings.addAll(warned.visit("/moderation/my"));
		walk(warned, "/notifications", "before=");
		finish();
	}

	/** Query strings and paths that pages echo: the board's filters, the similar-ideas search, member search, tag names. */
	@Test
	void reflectedParametersAndPaths() {
		var owner = member("xss_reflect");
		String ownerToken = token(owner);
		String space = createSpace(ownerToken, createOrganisation(ownerToken));
		var tab = SecurityBrowser.open(port, null);
		tabs.add(tab);
		var http = http();
		for (String p : PAYLOADS) {
			String q = encode(p);
			for (String path : List.of("/s/" + space + "/ideas?sort=" + q + "&status=" + q + "&tag=" + q + "&period=" + q + "&after=" + q,
					"/members?q=" + q)) {
				var response = tab.page().navigate(path);
				if (response == null || response.status() >= 500) {
					findings.add(path + ": status " + (response == null ? "none" : response.status()));
				}
				findings.addAll(tab.inspect(path));
			}
			for (String path : List.of("/s/" + space + "/ideas/similar?title=" + q, "/tags/" + q, "/@" + q, "/s/" + q, "/o/" + q,
					"/password/reset?token=" + q)) {
				var response = http.get(path);
				if (response.status() >= 500) {
					findings.add(path + ": status " + response.status());
				}
				if (p.matches("(?s).*[<>\"'].*") && response.body().contains(p)) {
					findings.add(path + ": the page repeats the payload unescaped: " + SecurityBrowser.abbreviate(p));
				}
			}
		}
		finish();
	}

	// --- submitting

	/**
	 * Sends the values; a field the application refuses (400 naming it, with a message) is counted
	 * as refused and replaced by its harmless value, and the rest is sent again. Answers the
	 * successful response, or null (with a finding) when no success came.
	 */
	private Http.Response submit(String kind, Map<String, Object> values, Map<String, Object> harmless,
			Function<Map<String, Object>, Http.Response> send) {
		Set<String> tried = new LinkedHashSet<>(harmless.keySet());
		for (int attempt = 0; attempt <= harmless.size(); attempt++) {
			var response = send.apply(values);
			if (response.status() / 100 == 2) {
				tried.forEach(f -> count(kind + "." + f, true));
				return response;
			}
			String payload = harmless.keySet().stream().map(values::get).map(String::valueOf).findFirst().orElse("");
			if (response.status() != 400 || !response.contentType().startsWith("application/problem+json")) {
				findings.add(kind + ": status " + response.status() + " (not a refusal) for " + SecurityBrowser.abbreviate(payload)
						+ "\n      " + abbreviateBody(response.body()));
				return null;
			}
			var refused = new LinkedHashSet<String>();
			for (JsonNode error : response.json().path("errors")) {
				String field = error.path("field").asString("");
				if (!harmless.containsKey(field)) {
					findings.add(kind + ": refused on a field the test did not fill: " + field + " " + error);
					return null;
				}
				if (error.path("message").asString("").isBlank()) {
					findings.add(kind + "." + field + ": refused without a message");
				}
				refused.add(field);
			}
			if (refused.isEmpty()) {
				findings.add(kind + ": 400 without field errors: " + abbreviateBody(response.body()));
				return null;
			}
			for (String field : refused) {
				if (tried.remove(field)) {
					count(kind + "." + field, false);
				}
				values.put(field, harmless.get(field));
			}
		}
		findings.add(kind + ": still refused with harmless values");
		return null;
	}

	private void expectRefusal(String field, Http.Response response, Set<String> fields, String payload) {
		if (response.status() == 400 && response.contentType().startsWith("application/problem+json")
				&& response.json().path("errors").valueStream().anyMatch(e -> fields.contains(e.path("field").asString("")))) {
			count(field, false);
		}
		else {
			findings.add(field + ": status " + response.status() + " for " + SecurityBrowser.abbreviate(payload) + ": "
					+ abbreviateBody(response.body()));
		}
	}

	/** The API gives back what was sent (fields strip outer white space; that is all they may change). */
	private void expectRaw(String field, Object sent, String stored) {
		String expected = String.valueOf(sent).strip();
		if (!expected.equals(stored.strip())) {
			findings.add(field + ": the API changed the text: sent " + SecurityBrowser.abbreviate(expected) + ", got "
					+ SecurityBrowser.abbreviate(stored));
		}
	}

	private void count(String field, boolean stored) {
		tally.computeIfAbsent(field, f -> new int[2])[stored ? 0 : 1]++;
	}

	/** Approves every post held for review in the space's queue (its owner moderates it). */
	private void approveHeld(Http http, String space, String moderatorToken) {
		int approved = 0;
		for (int round = 0; round < 50; round++) {
			var held = new ArrayList<Long>();
			for (JsonNode c : http.apiGet("/api/v1/moderation/queue?space=" + space, moderatorToken).json().path("cases")) {
				if ("HELD".equals(c.path("contentState").asString(""))) {
					held.add(c.get("id").asLong());
				}
			}
			if (held.isEmpty()) {
				break;
			}
			for (long id : held) {
				var act = http.api("POST", "/api/v1/moderation/cases/" + id + "/actions", moderatorToken,
						Map.of("action", "APPROVE", "reason", "Security test: not spam"));
				assertThat(act.status()).as("approve %s: %s", id, act).isEqualTo(201);
				approved++;
			}
		}
		System.out.println("XSS: " + approved + " posts were held as suspected spam and approved");
	}

	// --- pages

	/** Opens a list page and every next page after it (links whose href contains {@code cursor}); answers their text. */
	private String walk(SecurityBrowser.Tab tab, String first, String cursor) {
		var text = new StringBuilder();
		String path = first;
		for (int pages = 0; path != null && pages < 60; pages++) {
			findings.addAll(tab.visit(path));
			text.append(tab.text());
			Object next = tab.page().evaluate("c => { const a = Array.from(document.querySelectorAll('main a[href]'))"
					+ ".filter(a => a.getAttribute('href').includes(c)).pop(); return a ? a.getAttribute('href') : null; }", cursor);
			path = next == null ? null : next.toString();
		}
		return text.toString();
	}

	private String session(Member member) {
		return loggedIn(member).cookie("COCREATE_SESSION").orElseThrow();
	}

	private void finish() {
		var summary = new StringBuilder("XSS corpus (" + PAYLOADS.size() + " payloads), "
				+ tabs.stream().mapToInt(SecurityBrowser.Tab::checked).sum() + " pages checked in Chromium; field: stored / refused\n");
		tally.forEach((field, n) -> summary.append(String.format("  %-32s %4d / %4d%n", field, n[0], n[1])));
		System.out.println(summary);
		assertThat(System.getProperty(XssCorpus.SSTI_PROPERTY)).as("a template expression was evaluated on the server").isNull();
		assertThat(tabs.stream().mapToInt(SecurityBrowser.Tab::checked).sum()).as("pages checked in Chromium").isPositive();
		assertThat(findings).as("XSS findings (%d)", findings.size()).isEmpty();
	}

	// --- set-up

	private String createOrganisation(String token) {
		String slug = uniqueSlug("xss-org");
		var response = http().api("POST", "/api/v1/organisations", token,
				Map.of("name", "XSS host " + slug, "slug", slug, "kind", "BRAND", "description", "", "website", ""));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return slug;
	}

	private String createSpace(String token, String organisation) {
		String slug = uniqueSlug("xss-space");
		var response = http().api("POST", "/api/v1/spaces", token,
				Map.of("organisation", organisation, "name", "XSS space " + slug, "slug", slug, "description", ""));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return slug;
	}

	private static long created(Http.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String abbreviateBody(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}
}
