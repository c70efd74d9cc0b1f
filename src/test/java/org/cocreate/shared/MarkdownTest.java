package org.cocreate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What members write is shown to everyone: nothing in it may run in a reader's browser. */
class MarkdownTest {

	/** An opening tag with an attribute whose name starts with "on" (onclick, onerror …). */
	private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Test
	void rendersOrdinaryMarkdown() {
		String html = Markdown.toSafeHtml("# Plan\n\nWe **meet** on *Friday*:\n\n- bring food\n- bring friends");

		assertThat(html).contains("<h1>Plan</h1>", "<strong>meet</strong>", "<em>Friday</em>", "<li>bring food</li>");
	}

	@Test
	void scriptTagsDoNotSurvive() {
		String html = Markdown.toSafeHtml("Hello <script>alert('x')</script>\n\n<script src=\"https://evil.test/x.js\"></script>");

		assertThat(html).doesNotContainIgnoringCase("<script");
		// Written as raw HTML, it is shown as text, not dropped silently.
		assertThat(html).contains("&lt;script");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](&#106;avascript:alert(1))", "<javascript:alert(1)>", "[click]( javascript:alert(1) )",
			"[click](vbscript:msgbox(1))", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" })
	void dangerousLinkTargetsAreRemoved(String markdown) {
		String html = Markdown.toSafeHtml(markdown);

		assertThat(html).doesNotContainIgnoringCase("href=\"javascript")
			.doesNotContainIgnoringCase("href=\"vbscript")
			.doesNotContainIgnoringCase("href=\"data:");
		// What is left of the link points nowhere (an empty href) or somewhere harmless.
		assertThat(hrefs(html)).allMatch(href -> href.isEmpty() || href.startsWith("http") || href.startsWith("/")
				|| href.startsWith("mailto:"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<img src=x onerror=alert(1)>", "<a href=\"https://x.test\" onclick=\"steal()\">x</a>",
			"<div onmouseover=\"alert(1)\">hover</div>", "<svg onload=alert(1)>", "<body onload=alert(1)>" })
	void eventHandlerAttributesDoNotSurvive(String markdown) {
		String html = Markdown.toSafeHtml(markdown);

		assertThat(EVENT_HANDLER.matcher(html).find()).as(html).isFalse();
		assertThat(html).doesNotContain("<img", "<div", "<svg", "<body");
	}

	@Test
	void imagesAreNotShown() {
		String html = Markdown.toSafeHtml("Look: ![a tracking pixel](https://tracker.test/pixel.png)");

		assertThat(html).doesNotContain("<img").doesNotContain("tracker.test");
	}

	@Test
	void rawHtmlIsShownAsTextNotInterpreted() {
		String html = Markdown.toSafeHtml("<iframe src=\"https://evil.test\"></iframe> <b>bold?</b> <style>body{display:none}</style>");

		assertThat(html).doesNotContain("<iframe", "<b>", "<style");
		assertThat(html).contains("&lt;b&gt;bold?&lt;/b&gt;");
	}

	@Test
	void hashtagsBecomeLinksToTheirTagPages() {
		String html = Markdown.toSafeHtml("Let's talk about #Climate and #bike_lanes today.");

		assertThat(html).containsPattern("<a href=\"/tags/climate\"[^>]*>#Climate</a>")
			.containsPattern("<a href=\"/tags/bike_lanes\"[^>]*>#bike_lanes</a>")
			.contains("Let&#39;s talk about ", " today.");
	}

	@Test
	void hashtagsInCodeAndInsideLinksAreLeftAlone() {
		String html = Markdown.toSafeHtml("Run `#notatag` or see [our #plan](https://example.org/plan) or https://example.org/page#section");

		assertThat(html).doesNotContain("/tags/notatag", "/tags/plan", "/tags/section");
		assertThat(html).contains("<code>#notatag</code>");
	}

	@Test
	void linksGetRelNofollow() {
		String html = Markdown.toSafeHtml("See [our site](https://example.org) and https://example.com/auto");

		assertThat(hrefs(html)).contains("https://example.org", "https://example.com/auto");
		assertThat(html).containsPattern("<a href=\"https://example.org\" rel=\"[^\"]*nofollow[^\"]*\"");
		assertThat(html).containsPattern("<a href=\"https://example.com/auto\" rel=\"[^\"]*nofollow[^\"]*\"");
		// Every link, the hashtag links included, carries the rel.
		String withTag = Markdown.toSafeHtml("#tag");
		assertThat(withTag).containsPattern("<a href=\"/tags/tag\" rel=\"[^\"]*nofollow[^\"]*\"");
	}

	@Test
	void plainTextDropsMarkupAndShortens() {
		String text = Markdown.toPlainText("**Bold** and [a link](https://example.org) #tag " + "word ".repeat(50), 40);

		assertThat(text).doesNotContain("**", "](", "href").startsWith("Bold and a link #tag word").endsWith("…");
		assertThat(text.length()).isLessThanOrEqualTo(40);
	}

	/**
	 * Plain text is text, not HTML: pages write it with {@code th:text}, which escapes it once. An
	 * emoji, {@code @}, {@code =}, {@code +} or a backquote (which the sanitiser writes as
	 * character references) must come out as the characters themselves, or readers see
	 * {@code &#x1f600;} on the board and in activity lists.
	 */
	@Test
	void plainTextHoldsCharactersNotCharacterReferences() {
		String typed = "Great idea \uD83D\uDE00 for @home: a+b = `c` & <d> \"e\" 'f' caf\u00e9 \uD83C\uDF33";

		String text = Markdown.toPlainText(typed, 200);

		assertThat(text).isEqualTo("Great idea \uD83D\uDE00 for @home: a+b = c & <d> \"e\" 'f' caf\u00e9 \uD83C\uDF33");
		assertThat(text).doesNotContain("&#");
	}

	@Test
	void shorteningNeverCutsAnEmojiInHalf() {
		String emojis = "\uD83D\uDE00".repeat(30);

		String text = Markdown.toPlainText(emojis, 10);

		assertThat(text).endsWith("…");
		assertThat(text.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).as("no lone surrogate in %s", text).isZero();
	}

	private static java.util.List<String> hrefs(String html) {
		return Pattern.compile("href=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList();
	}
}
