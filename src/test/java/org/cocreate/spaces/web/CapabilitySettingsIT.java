package org.cocreate.spaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;

/**
 * A capability's typed settings, offered on the space's edit page from its descriptor: the ideas
 * board's answer promise is shown with its current values, refused with a field message and what
 * was typed kept, and changed for the page and the API alike.
 */
class CapabilitySettingsIT extends AbstractApplicationIT {

	private String organisationSpace(Member owner) {
		String organisation = uniqueSlug("org");
		var created = http().api("POST", "/api/v1/organisations", token(owner), Map.of("name", "Org " + organisation, "slug", organisation));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String slug = uniqueSlug("sp");
		var space = http().api("POST", "/api/v1/spaces", token(owner),
				Map.of("organisation", organisation, "name", "Space " + slug, "slug", slug, "visibility", "PUBLIC"));
		assertThat(space.status()).as("%s", space).isEqualTo(201);
		return slug;
	}

	@Test
	void theEditPageOffersTheIdeasPromiseAndChangesIt() {
		Member owner = member("own");
		String slug = organisationSpace(owner);
		var browser = loggedIn(owner);

		var page = browser.get("/s/" + slug + "/edit");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"/s/" + slug + "/settings/ideas\"")
			.contains(message("capability.ideas.setting.supportThreshold"))
			.containsPattern("name=\"supportThreshold\"[^>]*value=\"10\"")
			.containsPattern("name=\"answerDays\"[^>]*value=\"30\"");

		var saved = browser.submit("/s/" + slug + "/edit", "/s/" + slug + "/settings/ideas",
				Map.of("supportThreshold", "25", "answerDays", "14"));
		assertThat(saved.status()).as("%s", saved).isEqualTo(302);
		var promise = http().apiGet("/api/v1/spaces/" + slug + "/ideas/settings", null).json();
		assertThat(promise.get("supportThreshold").asInt()).isEqualTo(25);
		assertThat(promise.get("answerDays").asInt()).isEqualTo(14);
		assertThat(browser.get("/s/" + slug + "/edit").body()).containsPattern("name=\"supportThreshold\"[^>]*value=\"25\"");
	}

	@Test
	void aRefusedChangeSaysWhichFieldAndKeepsWhatWasTyped() {
		Member owner = member("own");
		String slug = organisationSpace(owner);
		var browser = loggedIn(owner);

		var refused = browser.submit("/s/" + slug + "/edit", "/s/" + slug + "/settings/ideas",
				Map.of("supportThreshold", "many", "answerDays", "400"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains(message("error.idea.threshold-range", 1))
			.contains(message("error.idea.days-range", 1))
			.containsPattern("name=\"supportThreshold\"[^>]*value=\"many\"")
			.containsPattern("name=\"answerDays\"[^>]*value=\"400\"");
		// nothing stored: the promise is still the default
		var promise = http().apiGet("/api/v1/spaces/" + slug + "/ideas/settings", null).json();
		assertThat(promise.get("supportThreshold").asInt()).isEqualTo(10);
	}

	@Test
	void aMemberWhoIsNotStaffCannotChangeThem() {
		Member owner = member("own");
		String slug = organisationSpace(owner);
		var outsider = loggedIn(member("out"));
		var page = outsider.get("/s/" + slug);
		var refused = outsider.postForm("/s/" + slug + "/settings/ideas",
				Map.of("_csrf", page.csrf(), "supportThreshold", "2", "answerDays", "2"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(http().apiGet("/api/v1/spaces/" + slug + "/ideas/settings", null).json().get("supportThreshold").asInt())
			.isEqualTo(10);
	}
}
