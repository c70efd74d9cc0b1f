package org.cocreate.shared;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown in, sanitised HTML out. Raw HTML in the source is escaped by the renderer and the
 * result is filtered again by an allow-list policy, so neither a {@code <script>} nor a
 * {@code javascript:} link survives. {@code #hashtags} become links to their tag pages.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "ul", "ol", "li", "h1",
				"h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a", "span")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.allowAttributes("class").matching(Pattern.compile("hashtag")).onElements("a")
		.allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
		.requireRelsOnLinks("nofollow", "noopener", "ugc")
		.toFactory();

	private Markdown() {
	}

	/** Renders Markdown to HTML that is safe to put into any page as it is. */
	public static String toSafeHtml(String markdown) {
		Node document = PARSER.parse(markdown);
		linkHashtags(document);
		return POLICY.sanitize(RENDERER.render(document));
	}

	/**
	 * Plain text of the Markdown, for summaries, feeds and mail: characters, not HTML. The sanitised
	 * HTML writes some characters as references ({@code &#x1f600;}, {@code &#64;}); they are all
	 * turned back here, the one place plain text is made, so a page escaping it once shows them as typed.
	 */
	public static String toPlainText(String markdown, int maxLength) {
		String html = toSafeHtml(markdown);
		String text = unescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim();
		if (text.length() <= maxLength) {
			return text;
		}
		int cut = Math.max(0, maxLength - 1);
		if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--; // never half an emoji
		}
		return text.substring(0, cut).trim() + "…";
	}

	private static final Pattern REFERENCE = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");

	/** The text of HTML character references: numeric ones and the few named ones the sanitiser writes. */
	private static String unescape(String html) {
		return REFERENCE.matcher(html).replaceAll(match -> {
			String ref = match.group(1);
			String text = switch (ref) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> {
					int codePoint = ref.charAt(1) == 'x' || ref.charAt(1) == 'X' ? Integer.parseInt(ref.substring(2), 16)
							: Integer.parseInt(ref.substring(1));
					yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
				}
			};
			return java.util.regex.Matcher.quoteReplacement(text);
		});
	}

	private static void linkHashtags(Node document) {
		document.accept(new org.commonmark.node.AbstractVisitor() {
			@Override
			public void visit(Text text) {
				if (insideLink(text)) {
					return;
				}
				var matcher = Hashtags.PATTERN.matcher(text.getLiteral());
				if (!matcher.find()) {
					return;
				}
				String literal = text.getLiteral();
				int last = 0;
				matcher.reset();
				Node anchor = text;
				while (matcher.find()) {
					int start = matcher.start(1) - 1;
					if (start > last) {
						anchor = insertAfter(anchor, new Text(literal.substring(last, start)));
					}
					String tag = Hashtags.normalise(matcher.group(1));
					var link = new Link("/tags/" + tag, null);
					link.appendChild(new Text("#" + matcher.group(1)));
					anchor = insertAfter(anchor, link);
					last = matcher.end(1);
				}
				if (last < literal.length()) {
					insertAfter(anchor, new Text(literal.substring(last)));
				}
				text.unlink();
			}
		});
	}

	private static Node insertAfter(Node anchor, Node node) {
		anchor.insertAfter(node);
		return node;
	}

	private static boolean insideLink(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof Link || parent instanceof Image) {
				return true;
			}
		}
		return false;
	}
}
