package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: no module's SQL names a table that another module's migration
 * created. Spring Modulith checks the Java boundaries; this checks the ones in the database, which
 * it cannot see. Plain files, no Spring context, no database.
 *
 * <h2>Who owns a table</h2>
 * Learnt from the migrations ({@code src/main/resources/db/migration/V*.sql}), not from a list in
 * this class:
 * <ul>
 * <li><b>From V9 on</b>, a migration declares it: a comment line {@code -- module: NAME} before a
 * group of {@code create table}s gives them to module {@code NAME} (a package under
 * {@code org.cocreate}), until the next such line. V9 uses the equivalent form
 * {@code -- NAME: what the table is}, where {@code NAME} is a module. A table created without
 * such a line before it fails this test. <b>Every new migration starts its tables with
 * {@code -- module: NAME}.</b></li>
 * <li><b>V1 to V8</b> are applied on existing installations, and Flyway's checksum covers their
 * comments too ({@code spring.flyway.validate-on-migrate} is true by default), so marker lines
 * cannot be added to them. Their ownership is a short list of rules on table names in
 * {@code src/test/resources/db-ownership.properties}; a table of theirs that matches no rule, or
 * a rule that matches no table, fails the test.</li>
 * </ul>
 * A table owned by {@code framework} (Spring Modulith's {@code event_publication}) belongs to no
 * module and is ignored, as are PostgreSQL's own names (functions, {@code pg_*},
 * {@code information_schema}): only names of tables the migrations create are checked.
 *
 * <h2>What counts as naming a table</h2>
 * Only Java string literals and text blocks are read (never comments or Javadoc); literals joined
 * with {@code +} are read as one. In them, a table is named by the word after {@code from},
 * {@code join}, {@code into}, {@code update}, {@code table}, {@code references} or {@code using}
 * (and each further table of a {@code from a, b} list), and by {@code @Table("name")}. Text inside
 * SQL quotes and SQL comments is skipped, as are the names of common table expressions
 * ({@code with visible as (...)}), {@code is distinct from}, {@code extract(x from ...)} and the
 * like.
 */
class ModuleTableOwnershipTest {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path SOURCES = Path.of("src/main/java/org/cocreate");

	/** The first migration that declares its tables' module itself; the older ones are in the properties. */
	static final int FIRST_MARKED_VERSION = 9;

	static final String FRAMEWORK = "framework";

	@Test
	void noModuleNamesAnotherModulesTable() throws IOException {
		Ownership ownership = Ownership.fromMigrations(MIGRATIONS, modules(), rules());
		List<String> violations = new ArrayList<>();
		int references = 0;
		Set<String> modulesWithSql = new TreeSet<>();
		Set<String> modulesSeen = new TreeSet<>();
		for (Path file : javaFiles()) {
			String module = SOURCES.relativize(file).getName(0).toString();
			if (SOURCES.relativize(file).getNameCount() == 1) {
				module = "(application)";
			}
			String source = Files.readString(file);
			if (source.contains(".sql(") || source.contains("@Query(")) {
				modulesWithSql.add(module);
			}
			List<TableReference> refs = TableReferences.in(source);
			if (refs.stream().anyMatch(ref -> ownership.owners().containsKey(ref.table()))) {
				modulesSeen.add(module);
				references += refs.size();
			}
			violations.addAll(violations(module, SOURCES.relativize(file).toString(), source, ownership.owners()));
		}
		// the scanner must see the tables the modules do use, or an empty report would prove nothing
		assertThat(references).as("table references found in the Java sources").isPositive();
		assertThat(modulesSeen).as("modules whose SQL was recognised").containsAll(modulesWithSql);
		assertThat(violations).as("SQL naming another module's tables (each module reads others through their Java API)")
			.isEmpty();
	}

	/** What module {@code module}'s source {@code file} names of other modules' tables. */
	static List<String> violations(String module, String file, String source, Map<String, String> owners) {
		var violations = new ArrayList<String>();
		for (TableReference ref : TableReferences.in(source)) {
			String owner = owners.get(ref.table());
			if (owner != null && !owner.equals(FRAMEWORK) && !owner.equals(module)) {
				violations.add("module " + module + "'s SQL in " + file + ":" + ref.line() + " names table " + ref.table()
					+ " of module " + owner);
			}
		}
		return violations;
	}

	@Test
	void everyTableHasAnOwnerThatIsAModule() throws IOException {
		Ownership ownership = Ownership.fromMigrations(MIGRATIONS, modules(), rules());
		assertThat(ownership.problems()).isEmpty();
		assertThat(ownership.owners()).isNotEmpty();
		Set<String> allowed = new TreeSet<>(modules());
		allowed.add(FRAMEWORK);
		assertThat(ownership.owners().values()).allSatisfy(owner -> assertThat(allowed).contains(owner));
	}

	// --- the checker can fail --------------------------------------------------------------------

	@Test
	void reportsAModuleReadingAnotherModulesTable() {
		String java = """
			class IdeaAuthors {
				String handle(long id) {
					return jdbc.sql(\"""
						select m.handle
						  from idea i
						  join member m on m.id = i.author_id
						 where i.id = ?\""").param(id).query(String.class).single();
				}
				void clean() {
					jdbc.sql("delete from " + "space_member where member_id = ?").update();
				}
			}
			""";
		assertThat(TableReferences.in(java)).extracting(TableReference::table)
			.containsExactly("idea", "member", "space_member");
	}

	@Test
	void findsEveryTableOfAFromListAndOfDmlStatements() {
		String java = """
			String a = "select * from idea i, member m, lateral unnest(i.tags) t";
			String b = "insert into tag (name) values (?) on conflict (name) do update set name = excluded.name";
			String c = "update budget set phase = ? where id = ? returning id";
			String d = "delete from follow f using space s where s.id = f.space_id";
			@Table("organisation") record Organisation() {}
			""";
		assertThat(TableReferences.in(java)).extracting(TableReference::table)
			.containsExactly("idea", "member", "tag", "budget", "follow", "space", "organisation");
	}

	@Test
	void ignoresProseCommentsCteNamesAndSqlLiterals() {
		String java = """
			/** Reads the handle from member, joins into space. */
			class Quiet {
				// select * from member
				/* update space set x = 1 */
				String a = \"""
					with member as (select 1 as id), space as not materialized (select 2)
					select * from member, space
					 where extract(epoch from created_at) > 0
					   and status is distinct from idea
					   and kind = 'from member' -- join space
					 for update of member
					\""";
				char quote = '"';
				String b = "it said \\" from member \\"";
			}
			""";
		assertThat(TableReferences.in(java)).extracting(TableReference::table)
			// only the last literal, whose escaped quotes do not end it
			.containsExactly("member");
	}

	@Test
	void migrationMarkersGiveTablesToTheirModule() {
		String migration = """
			-- module: tags
			create table tag_alias (id bigint);
			create index tag_alias_id on tag_alias (id);
			-- following: the feed's own copy
			create table if not exists feed_cursor (id bigint);
			-- Note: not a module, so the marker above still holds
			create unlogged table feed_cache (id bigint);
			create function feed_rank() returns int language sql return 1;
			""";
		var owners = new TreeMap<String, String>();
		var problems = new ArrayList<String>();
		Ownership.read("V10__x.sql", 10, migration, Set.of("tags", "following"), Map.of(), owners, problems);
		assertThat(owners).containsExactlyInAnyOrderEntriesOf(
			Map.of("tag_alias", "tags", "feed_cursor", "following", "feed_cache", "following"));
		assertThat(problems).isEmpty();

		Ownership.read("V11__y.sql", 11, "create table stray (id bigint);", Set.of("tags"), Map.of(), owners, problems);
		assertThat(problems).singleElement().asString().contains("V11__y.sql", "stray", "-- module:");
	}

	@Test
	void failsForIdeasNamingIdentitysMemberTable() throws IOException {
		Ownership ownership = Ownership.fromMigrations(MIGRATIONS, modules(), rules());
		String java = """
			package org.cocreate.ideas;

			class IdeaAuthors {
				String handle(long ideaId) {
					return jdbc.sql("select m.handle from idea i join member m on m.id = i.author_id where i.id = ?")
						.param(ideaId).query(String.class).single();
				}
				void forget() {
					jdbc.sql("delete from event_publication where completion_date is not null").update();
				}
			}
			""";
		assertThat(violations("ideas", "ideas/IdeaAuthors.java", java, ownership.owners()))
			.containsExactly("module ideas's SQL in ideas/IdeaAuthors.java:5 names table member of module identity");
		assertThat(violations("identity", "identity/IdeaAuthors.java", java, ownership.owners()))
			.containsExactly("module identity's SQL in identity/IdeaAuthors.java:5 names table idea of module ideas");
	}

	// --- reading the project -----------------------------------------------------------------------

	static Set<String> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}

	static Map<String, String> rules() {
		var properties = new Properties();
		try (InputStream in = ModuleTableOwnershipTest.class.getResourceAsStream("/db-ownership.properties")) {
			assertThat(in).as("src/test/resources/db-ownership.properties").isNotNull();
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var rules = new TreeMap<String, String>();
		properties.forEach((k, v) -> rules.put(k.toString().trim().toLowerCase(Locale.ROOT), v.toString().trim()));
		return rules;
	}

	/** Table name to owning module, and what is wrong with the migrations' declarations. */
	record Ownership(Map<String, String> owners, List<String> problems) {

		static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

		static final Pattern CREATE_TABLE = Pattern.compile(
			"\\bcreate\\s+(?:(?:global\\s+|local\\s+)?(?:temporary|temp|unlogged)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?"
				+ "(?:\\w+\\.)?(\\w+)",
			Pattern.CASE_INSENSITIVE);

		/** {@code -- module: NAME}, or {@code -- NAME: ...} where NAME is a module. */
		static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*--[ \\t]*(\\w+)[ \\t]*:[ \\t]*(\\w*)");

		static Ownership fromMigrations(Path folder, Set<String> modules, Map<String, String> rules) throws IOException {
			var owners = new TreeMap<String, String>();
			var problems = new ArrayList<String>();
			List<Path> files;
			try (Stream<Path> list = Files.list(folder)) {
				files = list.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
					.sorted(Comparator.comparingInt(Ownership::version)).toList();
			}
			assertThat(files).as("migrations in " + folder).isNotEmpty();
			var unmarked = new TreeMap<String, String>();
			for (Path file : files) {
				int version = version(file);
				read(file.getFileName().toString(), version, Files.readString(file), modules, rules, owners, problems);
				if (version < FIRST_MARKED_VERSION) {
					owners.forEach(unmarked::putIfAbsent);
				}
			}
			var usedRules = new HashSet<String>();
			unmarked.keySet().forEach(table -> {
				String rule = rule(table, rules);
				if (rule != null) {
					usedRules.add(rule);
				}
			});
			rules.forEach((rule, owner) -> {
				if (!usedRules.contains(rule)) {
					problems.add("db-ownership.properties: rule " + rule + " matches no table of V1-V"
						+ (FIRST_MARKED_VERSION - 1));
				}
				if (!owner.equals(FRAMEWORK) && !modules.contains(owner)) {
					problems.add("db-ownership.properties: " + rule + " names " + owner + ", which is not a module");
				}
			});
			return new Ownership(owners, problems);
		}

		static int version(Path file) {
			Matcher m = VERSION.matcher(file.getFileName().toString());
			assertThat(m.matches()).isTrue();
			return Integer.parseInt(m.group(1));
		}

		/** The longest rule (an exact name, or a prefix ending in *) that matches the table. */
		static String rule(String table, Map<String, String> rules) {
			String best = null;
			for (String rule : rules.keySet()) {
				boolean matches = rule.endsWith("*") ? table.startsWith(rule.substring(0, rule.length() - 1)) : table.equals(rule);
				if (matches && (best == null || rule.length() > best.length())) {
					best = rule;
				}
			}
			return best;
		}

		static void read(String name, int version, String sql, Set<String> modules, Map<String, String> rules,
				Map<String, String> owners, List<String> problems) {
			// markers, by where they start
			var markers = new TreeMap<Integer, String>();
			Matcher marker = MARKER.matcher(sql);
			while (marker.find()) {
				String word = marker.group(1).toLowerCase(Locale.ROOT);
				if (word.equals("module")) {
					String module = marker.group(2).toLowerCase(Locale.ROOT);
					if (!modules.contains(module)) {
						problems.add(name + ": \"-- module: " + module + "\" names no module");
					}
					markers.put(marker.start(), module);
				}
				else if (modules.contains(word)) {
					markers.put(marker.start(), word);
				}
			}
			Matcher create = CREATE_TABLE.matcher(blankComments(sql));
			while (create.find()) {
				String table = create.group(1).toLowerCase(Locale.ROOT);
				var declared = markers.floorEntry(create.start());
				String owner;
				if (declared != null) {
					owner = declared.getValue();
				}
				else if (version < FIRST_MARKED_VERSION) {
					String rule = rule(table, rules);
					owner = rule == null ? null : rules.get(rule);
					if (owner == null) {
						problems.add(name + " creates table " + table + ", which no rule of db-ownership.properties gives a module");
					}
				}
				else {
					owner = null;
					problems.add(name + " creates table " + table + " without a \"-- module: NAME\" line before it");
				}
				if (owner != null) {
					String earlier = owners.put(table, owner);
					if (earlier != null && !earlier.equals(owner)) {
						problems.add(name + " creates table " + table + " for " + owner + ", already created for " + earlier);
					}
				}
			}
		}

		/** SQL with its comments and quoted text turned into spaces, so offsets stay the same. */
		static String blankComments(String sql) {
			var out = new StringBuilder(sql);
			int i = 0;
			while (i < sql.length()) {
				if (sql.startsWith("--", i)) {
					int end = sql.indexOf('\n', i);
					end = end < 0 ? sql.length() : end;
					blank(out, i, end);
					i = end;
				}
				else if (sql.startsWith("/*", i)) {
					int end = sql.indexOf("*/", i + 2);
					end = end < 0 ? sql.length() : end + 2;
					blank(out, i, end);
					i = end;
				}
				else if (sql.charAt(i) == '\'') {
					int end = sql.indexOf('\'', i + 1);
					end = end < 0 ? sql.length() : end + 1;
					blank(out, i, end);
					i = end;
				}
				else {
					i++;
				}
			}
			return out.toString();
		}

		static void blank(StringBuilder text, int from, int to) {
			for (int j = from; j < to; j++) {
				if (text.charAt(j) != '\n') {
					text.setCharAt(j, ' ');
				}
			}
		}
	}

	/** A table named by SQL in a Java source, with the line its literal starts on. */
	record TableReference(String table, int line) {
	}

	/** Finds the table names in a Java source's string literals. */
	static final class TableReferences {

		static final Set<String> TRIGGERS = Set.of("from", "join", "into", "update", "table", "references", "using");

		/** Words after which {@code from} is not a table list: {@code is distinct from}, {@code extract(epoch from ...)}. */
		static final Set<String> FROM_NOT_A_TABLE = Set.of("distinct", "epoch", "year", "month", "day", "hour",
			"minute", "second", "dow", "doy", "isodow", "week", "quarter", "century", "decade", "millennium",
			"milliseconds", "microseconds", "timezone", "both", "leading", "trailing");

		/** Functions whose arguments use {@code from} for something other than a table. */
		static final Set<String> FROM_FUNCTIONS = Set.of("extract", "substring", "trim", "overlay", "position");

		static final Set<String> NOT_A_TABLE = Set.of("lateral", "only", "if", "exists", "set", "of", "select",
			"values", "nowait", "skip", "(");

		/** Words that end a {@code from a [alias]} item rather than being its alias. */
		static final Set<String> CLAUSE_WORDS = Set.of("where", "join", "left", "right", "inner", "outer", "full",
			"cross", "natural", "on", "using", "group", "order", "limit", "offset", "for", "having", "window",
			"union", "except", "intersect", "returning", "set", "values", "select", "lateral", "as", "when", "then",
			"else", "end", "and", "or", "fetch", "tablesample", "do");

		static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*(?:(?:value|name)\\s*=\\s*)?\"(\\w+)\"");

		static final Pattern TOKEN = Pattern.compile("[a-z_][a-z0-9_$]*(?:\\.[a-z_][a-z0-9_$]*)?|\\S");

		static List<TableReference> in(String javaSource) {
			var refs = new ArrayList<TableReference>();
			for (Literal literal : JavaLiterals.in(javaSource)) {
				for (String table : tables(literal.text())) {
					refs.add(new TableReference(table, literal.line()));
				}
			}
			Matcher annotation = TABLE_ANNOTATION.matcher(javaSource);
			while (annotation.find()) {
				refs.add(new TableReference(annotation.group(1).toLowerCase(Locale.ROOT), lineOf(javaSource, annotation.start())));
			}
			return refs;
		}

		static List<String> tables(String sql) {
			List<String> tokens = new ArrayList<>();
			Matcher m = TOKEN.matcher(Ownership.blankComments(sql).toLowerCase(Locale.ROOT));
			while (m.find()) {
				tokens.add(m.group());
			}
			Set<String> cteNames = cteNames(tokens);
			var tables = new ArrayList<String>();
			Deque<String> parens = new ArrayDeque<>();
			for (int i = 0; i < tokens.size(); i++) {
				String token = tokens.get(i);
				String previous = i > 0 ? tokens.get(i - 1) : "";
				if (token.equals("(")) {
					parens.push(previous);
					continue;
				}
				if (token.equals(")")) {
					if (!parens.isEmpty()) {
						parens.pop();
					}
					continue;
				}
				if (!TRIGGERS.contains(token) || i + 1 >= tokens.size()) {
					continue;
				}
				if (token.equals("from")
						&& (FROM_NOT_A_TABLE.contains(previous) || (!parens.isEmpty() && FROM_FUNCTIONS.contains(parens.peek())))) {
					continue;
				}
				if (token.equals("update") && (previous.equals("do") || previous.equals("for") || previous.equals("key"))) {
					continue;
				}
				int j = i + 1;
				while (j < tokens.size()) {
					String name = tokens.get(j);
					if (NOT_A_TABLE.contains(name) || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
						break;
					}
					name = name.substring(name.indexOf('.') + 1);
					if (!cteNames.contains(name)) {
						tables.add(name);
					}
					if (!token.equals("from")) {
						break;
					}
					// a from list: skip the alias, go on after a comma
					j++;
					if (j < tokens.size() && tokens.get(j).equals("as")) {
						j++;
					}
					if (j < tokens.size() && Character.isLetter(tokens.get(j).charAt(0)) && !CLAUSE_WORDS.contains(tokens.get(j))) {
						j++;
					}
					if (j < tokens.size() && tokens.get(j).equals(",")) {
						j++;
					}
					else {
						break;
					}
				}
			}
			return tables;
		}

		/** {@code with [recursive] NAME as [[not] materialized] (} and {@code , NAME as (}. */
		static Set<String> cteNames(List<String> tokens) {
			var names = new HashSet<String>();
			for (int i = 1; i + 2 < tokens.size(); i++) {
				String before = tokens.get(i - 1);
				if (!(before.equals("with") || before.equals("recursive") || before.equals(",")) || !tokens.get(i + 1).equals("as")) {
					continue;
				}
				int j = i + 2;
				if (tokens.get(j).equals("not")) {
					j++;
				}
				if (j < tokens.size() && tokens.get(j).equals("materialized")) {
					j++;
				}
				if (j < tokens.size() && tokens.get(j).equals("(")) {
					names.add(tokens.get(i));
				}
			}
			return names;
		}
	}

	/** A Java string literal or text block (literals joined by {@code +} taken as one), and its first line. */
	record Literal(String text, int line) {
	}

	/** The string literals and text blocks of a Java source, outside comments. */
	static final class JavaLiterals {

		static List<Literal> in(String source) {
			var literals = new ArrayList<Literal>();
			StringBuilder current = null;
			int currentLine = 0;
			boolean joinNext = false;
			int i = 0;
			int n = source.length();
			while (i < n) {
				char c = source.charAt(i);
				if (source.startsWith("//", i)) {
					int end = source.indexOf('\n', i);
					i = end < 0 ? n : end;
				}
				else if (source.startsWith("/*", i)) {
					int end = source.indexOf("*/", i + 2);
					i = end < 0 ? n : end + 2;
				}
				else if (c == '\'') {
					// a char literal: '"' must not open a string
					int j = i + 1;
					while (j < n && source.charAt(j) != '\'') {
						j += source.charAt(j) == '\\' ? 2 : 1;
					}
					i = j + 1;
					current = flush(current, currentLine, literals);
					joinNext = false;
				}
				else if (c == '"') {
					boolean block = source.startsWith("\"\"\"", i);
					int start = i;
					var text = new StringBuilder();
					int j = block ? source.indexOf('\n', i + 3) + 1 : i + 1;
					while (j < n) {
						char d = source.charAt(j);
						if (d == '\\' && j + 1 < n) {
							char e = source.charAt(j + 1);
							text.append(switch (e) {
								case 'n', 't', 'r', 'f', 'b', 's', '\n' -> ' ';
								default -> e;
							});
							j += 2;
						}
						else if (block ? source.startsWith("\"\"\"", j) : d == '"') {
							break;
						}
						else {
							text.append(d);
							j++;
						}
					}
					i = j + (block ? 3 : 1);
					if (current != null && joinNext) {
						current.append(' ').append(text);
					}
					else {
						flush(current, currentLine, literals);
						current = text;
						currentLine = lineOf(source, start);
					}
					joinNext = false;
				}
				else if (c == '+' && current != null) {
					joinNext = true;
					i++;
				}
				else if (Character.isWhitespace(c)) {
					i++;
				}
				else {
					current = flush(current, currentLine, literals);
					joinNext = false;
					i++;
				}
			}
			flush(current, currentLine, literals);
			return literals;
		}

		static StringBuilder flush(StringBuilder current, int line, List<Literal> literals) {
			if (current != null) {
				literals.add(new Literal(current.toString(), line));
			}
			return null;
		}
	}

	static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
