package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

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
