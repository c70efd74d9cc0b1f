package org.cocreate.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;

/** Creating an organisation on its page form. */
class OrganisationPagesIT extends AbstractApplicationIT {

	private static Map<String, String> form(String name, String slug) {
		var form = new LinkedHashMap<String, String>();
		form.put("name", name);
		form.put("slug", slug);
		form.put("kind", "CITY");
		form.put("description", "Our town, our plans.");
		form.put("website", "");
		return form;
	}

	@Test
	void createdOnThePageAndShownOnItsOwnPage() {
		var http = loggedIn(member("own"));
		String slug = uniqueSlug("town");

		var created = http.submit("/organisations/new", "/organisations", form("Our Town", slug));

		assertThat(created.status()).as("%s", created).isEqualTo(302);
		assertThat(created.location()).endsWith("/o/" + slug);
		var page = http.get("/o/" + slug);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Our Town", "Our town, our plans.");
	}

	@Test
	void aTakenAddressIsRefusedKeepingWhatWasTyped() {
		var http = loggedIn(member("own"));
		String slug = uniqueSlug("taken");
		assertThat(http.submit("/organisations/new", "/organisations", form("First Town", slug)).status()).isEqualTo(302);

		var page = http.submit("/organisations/new", "/organisations", form("Second Town", slug));

		assertThat(page.status()).as("%s", page).isEqualTo(400);
		assertThat(page.body()).contains(message("error.slug.taken"), "value=\"Second Town\"", "Our town, our plans.");
		assertThat(count("select count(*) from organisation where slug = ?", slug)).isEqualTo(1);
		assertThat(count("select count(*) from organisation where name = 'Second Town' and slug = ?", slug)).isZero();
	}
}
