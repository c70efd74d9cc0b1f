package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.cocreate.shared.Markdown;
import org.junit.jupiter.api.Test;

/**
 * The XSS corpus against the Markdown renderer alone, in milliseconds: every payload comes out
 * without anything that could run. The browser test (SecurityXssIT) then proves it on real pages.
 */
class SecurityCorpusTest {

	@Test
	void theCorpusHasAtLeastAHundredDistinctPayloads() {
		assertThat(XssCorpus.payloads()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
		assertThat(XssCorpus.payloads()).allSatisfy(p -> assertThat(p).isNotBlank());
	}

	@Test
	void markdownRendersEveryPayloadInert() {
		var findings = new ArrayList<String>();
		for (String payload : XssCorpus.payloads()) {
			String html = Markdown.toSafeHtml(payload);
			DangerousMarkup.in(html).forEach(bad -> findings.add(payload + "\n    -> " + bad));
		}
		assertThat(findings).as("payloads that survive the Markdown renderer").isEmpty();
	}

	@Test
	void theScannerItselfSeesWhatItLooksFor() {
		// A check that cannot fail proves nothing: the raw payloads, unsanitised, must be caught.
		long caught = XssCorpus.payloads().stream().filter(p -> !DangerousMarkup.in(p).isEmpty()).count();
		assertThat(caught).isGreaterThan(60);
		assertThat(DangerousMarkup.in("<a href=\"java\tscript:alert(1)\">x</a>")).hasSize(1);
		assertThat(DangerousMarkup.in("<p>plain <a href=\"https://example.org\" rel=\"nofollow\">link</a></p>")).isEmpty();
	}
}
