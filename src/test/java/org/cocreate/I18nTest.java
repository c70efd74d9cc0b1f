package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string is a message key, and both languages have every key: the bundles
 * match, every key used in templates and Java code exists, and no template carries text that
 * would reach a reader untranslated. Plain files, no Spring context.
 */
class I18nTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final Path JAVA = Path.of("src/main/java");

	/**
	 * The two languages. Each is {@code messages.properties} plus one file per module under
	 * {@code i18n/} (so modules never edit the same file); Spring reads them as one bundle.
	 */
	static final List<String> BUNDLES = List.of("messages.properties", "messages_es.properties");

	/** Attributes a reader sees or hears; {@code value} only on buttons. */
	static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

	/** Thymeleaf attributes that replace an element's whole body, so the prototype text inside never shows. */
	static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"th:errors", "th:field");

	/** Literal text allowed inside {@code <code>}: paths and identifiers such as {@code /api/v1/members}. */
	static final Pattern TECHNICAL = Pattern.compile("[/\\w.{}:?=&+*-]+");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	// --- (a) the bundles -------------------------------------------------------------------

	@Test
	void bothLanguagesHaveTheSameKeysAndNoEmptyValue() throws IOException {
		Map<String, Properties> bundles = bundles();
		Set<String> english = bundles.get("messages.properties").stringPropertyNames();
		Set<String> spanish = bundles.get("messages_es.properties").stringPropertyNames();

		assertThat(difference(english, spanish)).as("keys in messages.properties missing from messages_es.properties")
			.isEmpty();
		assertThat(difference(spanish, english)).as("keys in messages_es.properties missing from messages.properties")
			.isEmpty();
		bundles.forEach((name, bundle) -> assertThat(bundle.stringPropertyNames().stream()
			.filter(k -> bundle.getProperty(k).isBlank())
			.sorted()
			.toList()).as("empty values in " + name).isEmpty());
	}

	@Test
	void everyModuleBundleIsReadBySpring() throws IOException {
		String configuration = Files.readString(RESOURCES.resolve("application.yml"));
		for (Path file : files("messages.properties").subList(1, files("messages.properties").size())) {
			String basename = "i18n/" + file.getFileName().toString().replace(".properties", "");
			assertThat(configuration).as("spring.messages.basename in application.yml lists " + basename)
				.containsPattern("basename: .*\\b" + Pattern.quote(basename) + "\\b");
		}
	}

	@Test
	void noKeyIsDefinedTwiceInOneBundle() throws IOException {
		for (String name : BUNDLES) {
			var seen = new TreeMap<String, Integer>();
			for (String line : linesOfAll(files(name))) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!") && trimmed.contains("=")) {
					seen.merge(trimmed.substring(0, trimmed.indexOf('=')).strip(), 1, Integer::sum);
				}
			}
			assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
				.as("keys defined twice in " + name)
				.isEmpty();
		}
	}

	@Test
	void translationsKeepTheArgumentsOfTheirMessage() throws IOException {
		Properties english = bundles().get("messages.properties");
		Properties spanish = bundles().get("messages_es.properties");
		var mismatches = new ArrayList<String>();
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			if (spanish.containsKey(key)
					&& !arguments(english.getProperty(key)).equals(arguments(spanish.getProperty(key)))) {
				mismatches.add(key + ": " + arguments(english.getProperty(key)) + " vs "
						+ arguments(spanish.getProperty(key)));
			}
		}
		assertThat(mismatches).as("messages whose {0}, {1}… differ between English and Spanish").isEmpty();
	}

	/**
	 * Spring formats a message with MessageFormat whenever arguments are passed (the error
	 * fragment always passes one), and MessageFormat swallows a lone ASCII apostrophe. The bundles
	 * therefore use the typographic one (’), which needs no escaping.
	 */
	@Test
	void messagesUseTheTypographicApostrophe() throws IOException {
		bundles().forEach((name, bundle) -> assertThat(bundle.stringPropertyNames().stream()
			.filter(k -> bundle.getProperty(k).contains("'"))
			.sorted()
			.toList()).as("messages in " + name + " with an ASCII apostrophe; write ’ instead").isEmpty());
	}

	// --- (b) every key used exists ---------------------------------------------------------

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> keys = bundles().get("messages.properties").stringPropertyNames();
		var missing = new TreeSet<String>();
		for (Path template : templates()) {
			String source = Files.readString(template);
			for (KeyUse use : keysInTemplate(source)) {
				if (!use.existsIn(keys)) {
					missing.add(TEMPLATES.relativize(template) + ": " + use);
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	@Test
	void everyKeyUsedInJavaCodeExists() throws IOException {
		Set<String> keys = bundles().get("messages.properties").stringPropertyNames();
		Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
		prefixes.addAll(Set.of("error.", "flash.", "activity.", "mail."));
		var literal = Pattern.compile("\"([a-z][a-zA-Z0-9_-]*\\.[a-zA-Z0-9_.-]*)\"");
		var missing = new TreeSet<String>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = literal.matcher(Files.readString(file));
				while (m.find()) {
					String candidate = m.group(1);
					if (prefixes.stream().noneMatch(candidate::startsWith)) {
						continue;
					}
					checked++;
					// "mail.verify" + ".subject", "error.space." + action + "-refused": a prefix of keys
					var use = candidate.endsWith(".") ? KeyUse.prefix(candidate) : KeyUse.keyOrPrefix(candidate);
					if (!use.existsIn(keys)) {
						missing.add(JAVA.relativize(file) + ": " + candidate);
					}
				}
			}
		}
		assertThat(checked).as("message keys found in Java code").isGreaterThan(50);
		assertThat(missing).as("message keys used in Java code but missing from the bundles").isEmpty();
	}

	// --- (c) no hard-coded text in templates ------------------------------------------------

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		var findings = new ArrayList<String>();
		for (Path template : templates()) {
			for (String finding : hardCodedText(Files.readString(template))) {
				findings.add(TEMPLATES.relativize(template) + ": " + finding);
			}
		}
		assertThat(findings).as("text in templates that is not a message key (use th:text=\"#{…}\")").isEmpty();
	}

	/** The check above must be able to fail: it finds what a careless edit would add. */
	@Test
	void theHardCodedTextCheckFindsLiteralText() {
		assertThat(hardCodedText("<section><p>Hello</p></section>")).containsExactly("<p> text \"Hello\"");
		assertThat(hardCodedText("<p th:if=\"${x}\">Hi <b th:text=\"#{a}\">x</b></p>")).containsExactly("<p> text \"Hi\"");
		assertThat(hardCodedText("<img src=\"a.png\" alt=\"A cat\">")).containsExactly("<img alt=\"A cat\"");
		assertThat(hardCodedText("<input type=\"submit\" value=\"Send\">")).containsExactly("<input value=\"Send\"");
		assertThat(hardCodedText("<input placeholder=\"Search\" th:placeholder=\"#{s}\">")).isEmpty();
		assertThat(hardCodedText("<a title=\"Go\" th:attr=\"title=#{go}\" th:text=\"#{go}\">Go</a>")).isEmpty();
		assertThat(hardCodedText("<p th:text=\"#{a}\">Prototype <b>text</b></p> <code>/api/v1/me</code> · —"))
			.isEmpty();
		assertThat(hardCodedText("<html th:replace=\"~{layout :: page(#{t}, ~{::section})}\"><body>"
				+ "<section><p>Shown through the layout</p></section></body></html>"))
			.containsExactly("<p> text \"Shown through the layout\"");
	}

	static List<String> hardCodedText(String template) {
		Document document = Jsoup.parse(template);
		var findings = new ArrayList<String>();
		for (Element element : document.getAllElements()) {
			for (TextNode text : element.textNodes()) {
				String shown = text.text().strip();
				if (LETTER.matcher(shown).find() && !replaced(element)
						&& !(element.nameIs("code") && TECHNICAL.matcher(shown).matches())) {
					findings.add("<" + element.tagName() + "> text \"" + shown + "\"");
				}
			}
			for (String attribute : READABLE_ATTRIBUTES) {
				String value = element.attr(attribute);
				boolean readable = !attribute.equals("value") || element.nameIs("button")
						|| element.nameIs("input") && Set.of("submit", "button", "reset").contains(element.attr("type"));
				if (readable && LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute)
						&& !element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(attribute) + "\\s*=.*")
						&& !(Set.of("alt", "title").contains(attribute) && element.hasAttr("th:alt-title"))) {
					findings.add("<" + element.tagName() + " " + attribute + "=\"" + value + "\"");
				}
			}
		}
		return findings;
	}

	/**
	 * Whether Thymeleaf replaces the element's body (th:text and friends on it or an ancestor).
	 * A th:replace on {@code <html>} does not count: it hands the page's own sections to the layout.
	 */
	private static boolean replaced(Element element) {
		for (Element e = element; e != null && !e.nameIs("html"); e = e.parent()) {
			for (String attribute : BODY_REPLACING) {
				if (e.hasAttr(attribute)
						&& (!attribute.equals("th:remove") || Set.of("all", "body").contains(e.attr(attribute)))) {
					return true;
				}
			}
		}
		return false;
	}

	// --- reading ----------------------------------------------------------------------------

	/** A key used in a template or in code: either the key itself, or a prefix completed at run time. */
	record KeyUse(String text, boolean isPrefix, boolean prefixIfMissing) {

		static KeyUse key(String key) {
			return new KeyUse(key, false, false);
		}

		static KeyUse prefix(String prefix) {
			return new KeyUse(prefix, true, false);
		}

		static KeyUse keyOrPrefix(String key) {
			return new KeyUse(key, false, true);
		}

		boolean existsIn(Set<String> keys) {
			if (isPrefix) {
				return keys.stream().anyMatch(k -> k.startsWith(text) && k.length() > text.length());
			}
			return keys.contains(text) || prefixIfMissing && keys.stream().anyMatch(k -> k.startsWith(text + "."));
		}

		@Override
		public String toString() {
			return isPrefix ? text + "…" : text;
		}
	}

	static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([^}]*)\\}");

	static final Pattern MESSAGES_CALL = Pattern
		.compile("#messages\\.(?:msg|msgOrNull|msgWithParams)\\(\\s*'([^']*)'\\s*(\\+)?");

	/**
	 * The keys of {@code #{key}}, {@code #{key(args)}}, {@code #{|prefix.${…}|}},
	 * {@code #messages.msg('key')} and {@code #messages.msg('prefix.' + …)}. Fully dynamic keys
	 * ({@code #{${flash}}}) come from Java code, which is checked on its own.
	 */
	static List<KeyUse> keysInTemplate(String source) {
		var uses = new ArrayList<KeyUse>();
		Matcher m = MESSAGE_EXPRESSION.matcher(source);
		while (m.find()) {
			String inside = m.group(1).strip();
			if (inside.startsWith("|")) {
				String literal = inside.substring(1);
				int dynamic = literal.indexOf("${");
				uses.add(dynamic < 0 ? KeyUse.key(literal.replace("|", "")) : KeyUse.prefix(literal.substring(0, dynamic)));
			}
			else if (!inside.startsWith("$") && !inside.startsWith("*")) {
				int arguments = inside.indexOf('(');
				uses.add(KeyUse.key(arguments < 0 ? inside : inside.substring(0, arguments).strip()));
			}
		}
		Matcher call = MESSAGES_CALL.matcher(source);
		while (call.find()) {
			uses.add(call.group(2) == null ? KeyUse.key(call.group(1)) : KeyUse.prefix(call.group(1)));
		}
		return uses;
	}

	@Test
	void keysAreFoundInEveryForm() {
		assertThat(keysInTemplate("""
				<p th:text="#{a.b}"></p><p th:text="#{c.d(${x})}"></p><p th:text="#{|kind.${k}|}"></p>
				<p th:text="${x ? #messages.msg('e.f') : #messages.msgOrNull('status.' + s)}"></p>
				<p th:text="#{${flash}}"></p>""").stream().map(KeyUse::toString))
			.containsExactly("a.b", "c.d", "kind.…", "e.f", "status.…");
	}

	private static Map<String, Properties> bundles() throws IOException {
		var bundles = new LinkedHashMap<String, Properties>();
		for (String name : BUNDLES) {
			var properties = new Properties();
			for (Path file : files(name)) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
			}
			bundles.put(name, properties);
		}
		return bundles;
	}

	/** The files of one language: the main bundle and every module's file under {@code i18n/}. */
	static List<Path> files(String bundle) throws IOException {
		boolean spanish = bundle.endsWith("_es.properties");
		var files = new ArrayList<Path>();
		files.add(RESOURCES.resolve(bundle));
		Path modules = RESOURCES.resolve("i18n");
		if (Files.isDirectory(modules)) {
			try (Stream<Path> list = Files.list(modules)) {
				list.filter(p -> p.toString().endsWith(".properties"))
					.filter(p -> p.getFileName().toString().endsWith("_es.properties") == spanish)
					.sorted()
					.forEach(files::add);
			}
		}
		return files;
	}

	private static List<String> linesOfAll(List<Path> files) throws IOException {
		var lines = new ArrayList<String>();
		for (Path file : files) {
			lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		return lines;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

	private static Set<String> arguments(String message) {
		var found = new TreeSet<String>();
		Matcher m = Pattern.compile("\\{(\\d+)").matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		var result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}
}
