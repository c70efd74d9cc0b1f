package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** Editing one's profile with over-long fields: refused with a message, what was typed kept, nothing changed. */
class ProfileBadInputIT extends AbstractApplicationIT {

	private Member member;

	@BeforeEach
	void aMemberWithAProfile() {
		member = member("prf");
		jdbc.sql("update member set bio = 'I grow tomatoes.' where id = ?").param(member.id()).update();
	}

	private Map<String, String> profileForm(String displayName, String bio, String links) {
		var form = new LinkedHashMap<String, String>();
		form.put("displayName", displayName);
		form.put("bio", bio);
		form.put("links", links);
		return form;
	}

	private void assertProfileUnchanged() {
		var row = jdbc.sql("select display_name, bio, links from member where id = ?")
			.param(member.id())
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(row).containsExactly(member.displayName(), "I grow tomatoes.", "");
	}

	private Http.Response submitProfile(Http http, Map<String, String> fields) {
		return http.submit("/settings/profile", "/settings/profile", fields);
	}

	@Test
	void aDisplayNameOfEightyOneCharactersIsRefusedOnThePage() {
		var http = loggedIn(member);
		String typed = "Ana " + "n".repeat(77);
		assertThat(typed).hasSize(81);

		var page = submitProfile(http, profileForm(typed, "A new bio I typed", "https://example.org/me"));

		assertThat(page.status()).as("%s", page).isEqualTo(400);
		assertThat(page.body()).contains(message("error.too-long", 80));
		assertThat(page.body()).contains("value=\"" + typed + "\"", "A new bio I typed", "https://example.org/me");
		assertProfileUnchanged();
	}

	@Test
	void aBioOfMoreThanFiveThousandCharactersIsRefusedOnThePage() {
		var http = loggedIn(member);
		String typed = "Long story. ".repeat(417);
		assertThat(typed.strip().length()).isGreaterThan(5000);

		var page = submitProfile(http, profileForm("Still Me", typed, ""));

		assertThat(page.status()).as("%s", page).isEqualTo(400);
		assertThat(page.body()).contains(message("error.too-long", 5000));
		assertThat(page.body()).contains(HtmlUtils.htmlEscape(typed.strip()), "value=\"Still Me\"");
		assertProfileUnchanged();
	}

	@Test
	void overLongFieldsAreRefusedByTheApi() {
		String token = token(member);

		assertFieldError(http().api("PATCH", "/api/v1/me", token, Map.of("displayName", "x".repeat(81))), "displayName",
				"error.too-long");
		assertFieldError(http().api("PATCH", "/api/v1/me", token, Map.of("bio", "b".repeat(5001))), "bio", "error.too-long");
		assertProfileUnchanged();
	}

	@Test
	void aValidChangeIsSavedAndShownOnTheProfile() {
		var http = loggedIn(member);

		var saved = submitProfile(http, profileForm("Ana Tomato", "I grow **tomatoes** for #gardens.", "https://example.org/ana"));

		assertThat(saved.status()).as("%s", saved).isEqualTo(302);
		var profile = http().get("/@" + member.handle());
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains("Ana Tomato", "<strong>tomatoes</strong>", "href=\"/tags/gardens\"",
				"https://example.org/ana");
	}
}
