package org.cocreate.ideas.internal;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Finds {@code <script>} tags written as raw HTML in Markdown. Rendering would escape them anyway
 * (see {@link org.cocreate.shared.Markdown}); refusing them tells the writer at once that scripts
 * do not run here, instead of publishing text that looks broken. Code spans and blocks are not
 * raw HTML, so anyone may still write about a script between backticks.
 */
final class Scripts {

	private static final Parser PARSER = Parser.builder().build();

	private static final Pattern SCRIPT = Pattern.compile("<\\s*/?\\s*script\\b", Pattern.CASE_INSENSITIVE);

	private Scripts() {
	}

	static boolean inMarkdown(@Nullable String markdown) {
		if (markdown == null || !SCRIPT.matcher(markdown).find()) {
			return false;
		}
		var found = new boolean[1];
		PARSER.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(HtmlBlock block) {
				found[0] |= SCRIPT.matcher(block.getLiteral()).find();
			}

			@Override
			public void visit(HtmlInline inline) {
				found[0] |= SCRIPT.matcher(inline.getLiteral()).find();
			}
		});
		return found[0];
	}

	/** A title is plain text: any script tag in it is refused. */
	static boolean inText(@Nullable String text) {
		return text != null && SCRIPT.matcher(text).find();
	}
}
