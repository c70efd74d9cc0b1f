package org.cocreate.spaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Spaces and communities through the API: who may create them, who sees private ones, joining and leaving. */
class SpaceApiIT extends AbstractApplicationIT {

	private String organisation(String ownerToken) {
		String slug = uniqueSlug("host");
		var response = http().api("POST", "/api/v1/organisations", ownerToken, Map.of("name", "Host " + slug, "slug", slug));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return slug;
	}

	/** Appoints a member to the organisation's staff through an accepted invitation. */
	private void appoint(String ownerToken, String organisation, Member member, String role) {
		var invited = http().api("POST", "/api/v1/organisations/" + organisation + "/invitations", ownerToken,
				Map.of("invitee", member.handle(), "role", role));
		assertThat(invited.status()).as("%s", invited).isEqualTo(201);
		var accepted = http().api("POST", "/api/v1/invitations/" + invited.json().get("id").asLong() + "/accept", token(member), null);
		assertThat(accepted.status()).isEqualTo(204);
	}

	private Map<String, Object> space(String organisation, String slug, String visibility) {
		var body = new HashMap<String, Object>();
		if (organisation != null) {
			body.put("organisation", organisation);
		}
		body.put("name", "Space " + slug);
		body.put("slug", slug);
		body.put("description", "Where we talk about #parks.");
		body.put("visibility", visibility);
		return body;
	}

	private JsonNode create(String token, Map<String, Object> body) {
		var response = http().api("POST", "/api/v1/spaces", token, body);
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json();
	}

	private long spacesWithSlug(String slug) {
		return count("select count(*) from space where slug = ?", slug);
	}

	@Test
	void anOrganisationSpaceNeedsAnAdminOfTheOrganisation() {
		var owner = member("own");
		String ownerToken = token(owner);
		String organisation = organisation(ownerToken);
		var responder = member("rsp");
		appoint(ownerToken, organisation, responder, "RESPONDER");
		var admin = member("adm");
		appoint(ownerToken, organisation, admin, "ADMIN");

		String refusedSlug = uniqueSlug("nope");
		assertProblem(http().api("POST", "/api/v1/spaces", token(responder), space(organisation, refusedSlug, "PUBLIC")), 403);
		assertProblem(http().api("POST", "/api/v1/spaces", token(member("str")), space(organisation, refusedSlug, "PUBLIC")), 403);
		assertThat(spacesWithSlug(refusedSlug)).isZero();

		String byOwner = uniqueSlug("own");
		JsonNode created = create(ownerToken, space(organisation, byOwner, "PUBLIC"));
		assertThat(created.get("organisation").asString()).isEqualTo(organisation);
		assertThat(created.get("community").asBoolean()).isFalse();

		JsonNode byAdmin = create(token(admin), space(organisation, uniqueSlug("adm"), "UNLISTED"));
		assertThat(byAdmin.get("visibility").asString()).isEqualTo("UNLISTED");

		var listed = http().apiGet("/api/v1/spaces?organisation=" + organisation, null).json();
		assertThat(listed.valueStream().map(s -> s.get("slug").asString())).contains(byOwner);
	}

	@Test
	void anyMemberMayStartACommunity() {
		var member = member("com");
		String slug = uniqueSlug("garden");

		JsonNode created = create(token(member), space(null, slug, "PUBLIC"));

		assertThat(created.get("community").asBoolean()).isTrue();
		assertThat(created.get("organisation").isNull()).isTrue();
		assertThat(created.get("members").asLong()).isEqualTo(1);
		assertThat(http().apiGet("/api/v1/spaces/" + slug, null).status()).isEqualTo(200);
	}

	@Test
	void aPrivateSpaceDoesNotExistForThoseOutsideIt() {
		var owner = member("own");
		String ownerToken = token(owner);
		String organisation = organisation(ownerToken);
		String slug = uniqueSlug("secret");
		create(ownerToken, space(organisation, slug, "PRIVATE"));
		String strangerToken = token(member("str"));

		assertProblem(http().apiGet("/api/v1/spaces/" + slug, null), 404);
		assertProblem(http().apiGet("/api/v1/spaces/" + slug, strangerToken), 404);
		assertThat(http().get("/s/" + slug).status()).isEqualTo(404);
		assertThat(http().apiGet("/api/v1/spaces", strangerToken).json().valueStream().map(s -> s.get("slug").asString()))
			.doesNotContain(slug);
		assertThat(http().apiGet("/api/v1/spaces?organisation=" + organisation, strangerToken).json()).isEmpty();
		// Joining is no way in either.
		assertProblem(http().api("PUT", "/api/v1/spaces/" + slug + "/membership", strangerToken, null), 404);

		var asOwner = http().apiGet("/api/v1/spaces/" + slug, ownerToken);
		assertThat(asOwner.status()).isEqualTo(200);
		assertThat(asOwner.json().get("visibility").asString()).isEqualTo("PRIVATE");
	}

	@Test
	void joinAndLeaveACommunity() {
		String founderToken = token(member("fnd"));
		String slug = uniqueSlug("club");
		create(founderToken, space(null, slug, "PUBLIC"));
		String joinerToken = token(member("jn"));

		var joined = http().api("PUT", "/api/v1/spaces/" + slug + "/membership", joinerToken, null);
		assertThat(joined.status()).as("%s", joined).isEqualTo(204);
		assertThat(http().apiGet("/api/v1/spaces/" + slug, null).json().get("members").asLong()).isEqualTo(2);

		var left = http().api("DELETE", "/api/v1/spaces/" + slug + "/membership", joinerToken, null);
		assertThat(left.status()).isEqualTo(204);
		assertThat(http().apiGet("/api/v1/spaces/" + slug, null).json().get("members").asLong()).isEqualTo(1);
	}

	@Test
	void theLastOwnerOfACommunityCannotLeaveIt() {
		String founderToken = token(member("fnd"));
		String slug = uniqueSlug("solo");
		create(founderToken, space(null, slug, "PUBLIC"));

		var response = http().api("DELETE", "/api/v1/spaces/" + slug + "/membership", founderToken, null);

		JsonNode problem = assertProblem(response, 409);
		assertThat(problem.get("detail").asString()).isEqualTo(apiMessage("error.space.last-owner"));
		assertThat(http().apiGet("/api/v1/spaces/" + slug, null).json().get("members").asLong()).isEqualTo(1);
	}

	@Test
	void anUnknownVisibilityIsAFieldError() {
		String slug = uniqueSlug("odd");

		var response = http().api("POST", "/api/v1/spaces", token(member("vis")), space(null, slug, "SOMETIMES"));

		assertFieldError(response, "visibility", "error.visibility.unknown");
		assertThat(spacesWithSlug(slug)).isZero();
	}
}
