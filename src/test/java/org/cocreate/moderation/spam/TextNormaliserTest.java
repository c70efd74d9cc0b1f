package org.cocreate.moderation.spam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

	@Test
	void removesMarkupAndDecodesEntities() {
		assertThat(TextNormaliser.normalise("Hi<br />there &amp; you&#39;re &lt;3 &quot;x&quot; &#x41;"))
			.isEqualTo("hi there & you're <3 \"x\" a");
	}

	@Test
	void keepsTextThatOnlyLooksLikeMarkup() {
		assertThat(TextNormaliser.normalise("i <3 this & that &unknown; 1 < 2 > 0"))
			.isEqualTo("i <3 this & that &unknown; 1 < 2 > 0");
	}

	@Test
	void keepsLinkTextOfAnchors() {
		assertThat(TextNormaliser.normalise("<a href=\"https://youtu.be/x\">https://youtu.be/x</a>"))
			.isEqualTo("https://youtu.be/x");
	}

	@Test
	void dropsInvisibleCharactersAndFoldsCompatibilityForms() {
		assertThat(TextNormaliser.normalise("\uFEFFＳＵＢ\u200Bscribe\uFEFF")).isEqualTo("subscribe");
	}

	@Test
	void collapsesWhitespaceAndKeepsCaseInCleanForm() {
		assertThat(TextNormaliser.clean("  Check\n\tTHIS  out ")).isEqualTo("Check THIS out");
		assertThat(TextNormaliser.normalise("  Check\n\tTHIS  out ")).isEqualTo("check this out");
	}
}
