package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Walks access-control.table against the running application: for every state-changing route and
 * every role, with fresh targets per cell, the status must be the one in the table, and a refusal
 * must leave everything stored as it was. Fails listing every mismatch at once. Also fails when
 * the application exposes a state-changing route the table has no row for.
 */
class SecurityAccessControlIT extends AccessTableTestBase {

	/** Routes the framework adds, not ours to decide: Boot's error page answers any method. */
	private static final Set<String> FRAMEWORK_ROUTES = Set.of("/error");

	@Test
	void everyStateChangingRouteOfTheApplicationHasRowsInTheTable() {
		Set<String> inTable = AccessTable.rows().stream().map(AccessTable.Row::shape).collect(Collectors.toSet());
		var missing = new TreeSet<String>();
		var exposed = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> changing = methods.isEmpty()
					? Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE)
					: methods.stream().filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
						.collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				if (FRAMEWORK_ROUTES.contains(pattern)) {
					continue;
				}
				for (RequestMethod method : changing) {
					String shape = method.name() + " " + pattern.replaceAll("\\{[^}]*}", "{}");
					exposed.add(shape);
					if (!inTable.contains(shape)) {
						missing.add(shape + "   (" + handler.getShortLogMessage() + ")");
					}
				}
			}
		});
		assertThat(exposed).as("state-changing routes found in the handler mappings").hasSizeGreaterThan(50);
		assertThat(missing).as("state-changing routes without rows in access-control.table").isEmpty();
		var stale = inTable.stream().filter(shape -> !exposed.contains(shape)).toList();
		assertThat(stale).as("rows in access-control.table for routes the application does not have").isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheTableSaysAndRefusalsChangeNothing() {
		var world = new World();
		var fingerprint = new DatabaseFingerprint(jdbc);
		var mismatches = new ArrayList<String>();
		var pending = new TreeSet<String>();
		int cells = 0;
		for (AccessTable.Row row : AccessTable.rows()) {
			for (String role : AccessTable.ROLES) {
				AccessTable.Expect expect = row.cells().get(role);
				if (expect.notApplicable()) {
					continue;
				}
				if (expect.pending()) {
					pending.add(role + ": " + expect.text());
					continue;
				}
				cells++;
				String problem = walk(world, fingerprint, row, role, expect);
				if (problem != null && expect.refusal()) {
					// Something in the background (a scheduler of another test) may have written: once more.
					problem = walk(world, fingerprint, row, role, expect);
				}
				if (problem != null) {
					mismatches.add(row + " as " + role + ": " + problem);
				}
			}
		}
		System.out.printf("Access-control table: %d rows, %d cells checked; not checked: %s%n", AccessTable.rows().size(), cells,
				pending);
		assertThat(cells).isGreaterThan(500);
		assertThat(mismatches).as("access-control mismatches (%d)", mismatches.size()).isEmpty();
	}

	@Test
	void theFingerprintNoticesAWriteSoItsSilenceMeansSomething() {
		var fingerprint = new DatabaseFingerprint(jdbc);
		var author = member("acl_fingerprint");
		var before = fingerprint.take();
		ok(http().api("POST", "/api/v1/organisations", token(author),
				Map.of("name", "Fingerprint check", "slug", uniqueSlug("acl-fp"), "kind", "NGO")), 201);
		assertThat(DatabaseFingerprint.changed(before, fingerprint.take())).contains("organisation", "organisation_staff");
	}

}
