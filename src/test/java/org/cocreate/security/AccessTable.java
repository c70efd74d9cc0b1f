package org.cocreate.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The access-control table (access-control.table next to this class): routes × roles → expected answer. */
final class AccessTable {

	static final List<String> ROLES = List.of("anon", "member", "author", "other", "responder", "moderator", "admin", "owner",
			"platform", "suspended");

	/** What one cell expects. */
	record Expect(String text) {

		boolean notApplicable() {
			return text.equals("-");
		}

		boolean pending() {
			return text.startsWith("pending");
		}

		boolean login() {
			return text.equals("login");
		}

		/** A refusal: an error status, a redirect to the log-in page, or a redirect that says no. */
		boolean refusal() {
			return login() || text.equals("302!") || !notApplicable() && !pending() && status() >= 400;
		}

		int status() {
			return login() || text.equals("302!") ? 302 : Integer.parseInt(text);
		}
	}

	record Row(int line, String method, String route, Map<String, Expect> cells, String body) {

		boolean page() {
			return !route.startsWith("/api/");
		}

		/** The route with every {placeholder} as {}, to compare with the application's patterns. */
		String shape() {
			return method + " " + route.replaceAll("\\{[^}]*}", "{}");
		}

		@Override
		public String toString() {
			return method + " " + route + (body.isEmpty() ? "" : " " + body) + " (line " + line + ")";
		}
	}

	private AccessTable() {
	}

	static List<Row> rows() {
		try (InputStream in = AccessTable.class.getResourceAsStream("access-control.table")) {
			if (in == null) {
				throw new IllegalStateException("access-control.table is missing next to " + AccessTable.class.getName());
			}
			var rows = new ArrayList<Row>();
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				if (parts.length != ROLES.size() + 2) {
					throw new IllegalStateException("access-control.table line " + (i + 1) + ": " + parts.length
							+ " columns, expected " + (ROLES.size() + 2) + ": " + line);
				}
				String[] route = parts[0].strip().split("\\s+");
				var cells = new LinkedHashMap<String, Expect>();
				for (int r = 0; r < ROLES.size(); r++) {
					cells.put(ROLES.get(r), new Expect(parts[r + 1].strip()));
				}
				rows.add(new Row(i + 1, route[0], route[1], cells, parts[parts.length - 1].strip()));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
