package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;

/** Public profiles by handle; an unknown handle is a clear "not found", on the page and in the API. */
class ProfilePagesIT extends AbstractApplicationIT {

	@Test
	void aProfilePageShowsTheMember() {
		var member = member("pub");

		var page = http().get("/@" + member.handle());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(member.displayName(), "@" + member.handle());
	}

	@Test
	void aLongMemberDirectoryRendersCompletelyOnAFirstVisit() {
		// Enough members to fill the first page of the directory, whatever else is stored.
		String prefix = "dir_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		jdbc.sql("""
				insert into member (email, handle, display_name, password_hash, email_verified_at)
				select :p || '_' || g || '@it.cocreate.test', :p || '_' || g, 'Directory Member Number ' || g, 'unusable', now()
				from generate_series(1, 48) g""").param("p", prefix).update();

		// A first visit: no session yet, as for anyone arriving from a search engine.
		var page = http().get("/members");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().length()).as("a page longer than the response buffer (8 KB)").isGreaterThan(8 * 1024);
		assertThat(page.body().strip()).endsWith("</html>");
		// The footer, after 8 KB of members, came out whole: its language links are there.
		assertThat(page.body()).contains("/members?lang=es");
	}

	@Test
	void anUnknownHandleIsANotFoundPage() {
		var page = http().get("/@nobody-xyz");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains(message("error.status.404"), message("error.member.not-found"));
	}

	@Test
	void anUnknownHandleIsANotFoundProblemInTheApi() {
		var response = http().apiGet("/api/v1/members/nobody-xyz", null);

		var problem = assertProblem(response, 404);
		assertThat(problem.get("detail").asString()).isEqualTo(apiMessage("error.member.not-found"));
	}
}
