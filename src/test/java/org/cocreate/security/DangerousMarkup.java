package org.cocreate.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What must never be in a page built from members' text: event-handler attributes, script-like
 * URLs, script, frame, object and style elements, refresh metas, htmx attributes that call code.
 * The same rules run in Chromium as {@link #SCAN_SCRIPT} (on the DOM the browser really built) and
 * here on HTML (for fast checks of the Markdown renderer over the whole corpus).
 */
final class DangerousMarkup {

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
			"srcdoc", "poster", "background", "codebase", "dynsrc", "lowsrc", "cite", "longdesc", "ping");

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
			"base", "portal", "style");

	private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\s\\u0000-\\u001f]");

	private DangerousMarkup() {
	}

	/**
	 * Runs in the page: returns a description of every dangerous thing in the DOM. Scripts are
	 * allowed only from this origin with a {@code src}; {@code data:} only as an image (not SVG).
	 */
	static final String SCAN_SCRIPT = """
			() => {
			  const urlAttributes = %s;
			  const forbidden = %s;
			  const bad = [];
			  const show = el => el.outerHTML.slice(0, 200);
			  for (const el of document.querySelectorAll('*')) {
			    const tag = el.tagName.toLowerCase();
			    if (forbidden.includes(tag)) bad.push('<' + tag + '> element: ' + show(el));
			    if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') bad.push('refresh meta: ' + show(el));
			    if (tag === 'link' && !['stylesheet', 'icon'].includes((el.getAttribute('rel') || '').toLowerCase())) bad.push('link: ' + show(el));
			    if (tag === 'script') {
			      const src = el.getAttribute('src');
			      if (!src || new URL(src, location.href).origin !== location.origin) bad.push('script: ' + show(el));
			    }
			    for (const a of Array.from(el.attributes)) {
			      const name = a.name.toLowerCase();
			      if (name.startsWith('on')) bad.push('handler ' + name + ': ' + show(el));
			      if ((name.startsWith('hx-') || name.startsWith('data-hx-')) && /alert|__xss|js:|javascript:/i.test(a.value)) bad.push('htmx ' + name + ': ' + show(el));
			      if (urlAttributes.includes(name) || name.endsWith(':href')) {
			        const v = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
			        const image = tag === 'img' && name === 'src' && v.startsWith('data:image/') && !v.startsWith('data:image/svg');
			        if (v.startsWith('javascript:') || v.startsWith('vbscript:') || (v.startsWith('data:') && !image)) bad.push('url ' + name + ': ' + show(el));
			      }
			    }
			  }
			  return bad;
			}
			""".formatted(jsArray(URL_ATTRIBUTES), jsArray(FORBIDDEN_ELEMENTS));

	/** The same rules over an HTML fragment (as the Markdown renderer makes it). */
	static List<String> in(String html) {
		var bad = new ArrayList<String>();
		for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
			String tag = el.tagName().toLowerCase(Locale.ROOT);
			if (FORBIDDEN_ELEMENTS.contains(tag) || tag.equals("script") || tag.equals("meta") || tag.equals("link")
					|| tag.equals("svg") || tag.equals("math") || tag.equals("img") && el.hasAttr("onerror")) {
				bad.add("<" + tag + "> element: " + el.outerHtml());
			}
			for (Attribute a : el.attributes()) {
				String name = a.getKey().toLowerCase(Locale.ROOT);
				if (name.startsWith("on") || name.startsWith("hx-") || name.startsWith("data-hx-") || name.equals("style")) {
					bad.add("attribute " + name + ": " + el.outerHtml());
				}
				if (URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) {
					String v = CONTROL_OR_SPACE.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
					if (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:")) {
						bad.add("url " + name + ": " + el.outerHtml());
					}
				}
			}
		}
		return bad;
	}

	private static String jsArray(Set<String> values) {
		return values.stream().sorted().map(v -> "'" + v + "'").reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
	}
}
