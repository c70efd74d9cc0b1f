package org.cocreate.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Organisations through the API: creating and describing them, staff by invitation, the verified badge. */
class OrganisationApiIT extends AbstractApplicationIT {

	private JsonNode createOrganisation(String token, String slug, String name) {
		var response = http().api("POST", "/api/v1/organisations", token,
				Map.of("name", name, "slug", slug, "kind", "NGO", "description", "We clean #rivers.", "website",
						"https://rivers.example"));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		assertThat(response.location()).endsWith("/api/v1/organisations/" + slug);
		return response.json();
	}

	private JsonNode staff(String slug) {
		var response = http().apiGet("/api/v1/organisations/" + slug + "/staff", null);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private static String roleOf(JsonNode staff, String handle) {
		return staff.valueStream()
			.filter(s -> s.get("handle").asString().equals(handle))
			.map(s -> s.get("role").asString())
			.findFirst()
			.orElse(null);
	}

	private long invite(String token, String slug, String invitee, String role) {
		var response = http().api("POST", "/api/v1/organisations/" + slug + "/invitations", token,
				Map.of("invitee", invitee, "role", role));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		assertThat(response.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(response.json().get("role").asString()).isEqualTo(role);
		return response.json().get("id").asLong();
	}

	@Test
	void createReadAndUpdate() {
		var owner = member("own");
		String token = token(owner);
		String slug = uniqueSlug("rivers");

		JsonNode created = createOrganisation(token, slug, "Clean Rivers");
		assertThat(created.get("slug").asString()).isEqualTo(slug);
		assertThat(created.get("kind").asString()).isEqualTo("NGO");
		assertThat(created.get("verified").asBoolean()).isFalse();
		assertThat(created.get("descriptionHtml").asString()).contains("href=\"/tags/rivers\"");

		// Anyone may read it, without an account.
		var read = http().apiGet("/api/v1/organisations/" + slug, null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo("Clean Rivers");
		assertThat(roleOf(staff(slug), owner.handle())).isEqualTo("OWNER");

		var updated = http().api("PATCH", "/api/v1/organisations/" + slug, token, Map.of("name", "Clean Rivers Now", "kind", "CITY"));
		assertThat(updated.status()).as("%s", updated).isEqualTo(200);
		var reread = http().apiGet("/api/v1/organisations/" + slug, null).json();
		assertThat(reread.get("name").asString()).isEqualTo("Clean Rivers Now");
		assertThat(reread.get("kind").asString()).isEqualTo("CITY");
		assertThat(reread.get("website").asString()).isEqualTo("https://rivers.example");
	}

	@Test
	void onlyItsAdminsMayChangeIt() {
		var owner = member("own");
		String slug = uniqueSlug("org");
		createOrganisation(token(owner), slug, "Owned Elsewhere");

		var refused = http().api("PATCH", "/api/v1/organisations/" + slug, token(member("str")), Map.of("name", "Hijacked"));

		assertProblem(refused, 403);
		assertThat(http().apiGet("/api/v1/organisations/" + slug, null).json().get("name").asString()).isEqualTo("Owned Elsewhere");
	}

	@Test
	void aTakenSlugIsRefused() {
		String token = token(member("own"));
		String slug = uniqueSlug("twice");
		createOrganisation(token, slug, "First");

		var second = http().api("POST", "/api/v1/organisations", token, Map.of("name", "Second", "slug", slug, "kind", "NGO"));

		assertFieldError(second, "slug", "error.slug.taken");
		assertThat(count("select count(*) from organisation where slug = ?", slug)).isEqualTo(1);
	}

	@Test
	void inviteByHandleAndAccept() {
		var owner = member("own");
		var invitee = member("inv");
		String ownerToken = token(owner);
		String inviteeToken = token(invitee);
		String slug = uniqueSlug("team");
		createOrganisation(ownerToken, slug, "Team " + slug);

		long id = invite(ownerToken, slug, "@" + invitee.handle(), "MODERATOR");

		var mail = MAIL.awaitMessageTo(invitee.email());
		assertThat(mail.subject()).contains("Team " + slug);
		var mine = http().apiGet("/api/v1/invitations", inviteeToken).json();
		assertThat(mine.valueStream().map(i -> i.get("id").asLong())).contains(id);
		assertThat(roleOf(staff(slug), invitee.handle())).isNull();

		var accepted = http().api("POST", "/api/v1/invitations/" + id + "/accept", inviteeToken, null);
		assertThat(accepted.status()).as("%s", accepted).isEqualTo(204);

		assertThat(roleOf(staff(slug), invitee.handle())).isEqualTo("MODERATOR");
		assertThat(http().apiGet("/api/v1/invitations", inviteeToken).json().valueStream().map(i -> i.get("id").asLong()))
			.doesNotContain(id);
		// Accepted once is enough: a second answer finds nothing waiting.
		assertProblem(http().api("POST", "/api/v1/invitations/" + id + "/accept", inviteeToken, null), 404);
	}

	@Test
	void inviteByEmailSomeoneWithoutAnAccountWhoSignsUpAndDeclines() {
		var owner = member("own");
		String ownerToken = token(owner);
		String slug = uniqueSlug("mail");
		createOrganisation(ownerToken, slug, "Mailers " + slug);
		String handle = uniqueHandle("new");
		String email = emailOf(handle);

		long id = invite(ownerToken, slug, email, "RESPONDER");

		var invitation = MAIL.awaitMessageTo(email);
		assertThat(invitation.subject()).contains("Mailers " + slug);
		assertThat(invitation.body()).contains("/invitations");
		var pending = http().apiGet("/api/v1/organisations/" + slug + "/invitations", ownerToken).json();
		assertThat(pending.valueStream().map(i -> i.get("inviteeEmail").asString(""))).contains(email);

		// The invitation waits for whoever signs up with that address.
		var newcomer = signUpAndVerify(handle, email);
		String newcomerToken = token(newcomer);
		assertThat(http().apiGet("/api/v1/invitations", newcomerToken).json().valueStream().map(i -> i.get("id").asLong()))
			.contains(id);

		var declined = http().api("POST", "/api/v1/invitations/" + id + "/decline", newcomerToken, null);
		assertThat(declined.status()).as("%s", declined).isEqualTo(204);

		assertThat(roleOf(staff(slug), handle)).isNull();
		assertThat(http().apiGet("/api/v1/organisations/" + slug + "/invitations", ownerToken).json()).isEmpty();
	}

	@Test
	void invitingAnUnknownHandleSaysSo() {
		String token = token(member("own"));
		String slug = uniqueSlug("org");
		createOrganisation(token, slug, "Nobody Invited");

		var response = http().api("POST", "/api/v1/organisations/" + slug + "/invitations", token,
				Map.of("invitee", "@nobody_" + slug.substring(4), "role", "ADMIN"));

		assertFieldError(response, "invitee", "error.invitee.unknown");
		assertThat(count("select count(*) from organisation_invitation i join organisation o on o.id = i.organisation_id where o.slug = ?",
				slug)).isZero();
	}

	@Test
	void onlyAdminsMayInvite() {
		String slug = uniqueSlug("org");
		createOrganisation(token(member("own")), slug, "Closed Doors");
		var outsider = member("out");

		var response = http().api("POST", "/api/v1/organisations/" + slug + "/invitations", token(outsider),
				Map.of("invitee", "@" + outsider.handle(), "role", "OWNER"));

		assertProblem(response, 403);
		assertThat(roleOf(staff(slug), outsider.handle())).isNull();
	}

	@Test
	void theLastOwnerCannotLeave() {
		var owner = member("own");
		String token = token(owner);
		String slug = uniqueSlug("org");
		createOrganisation(token, slug, "Kept Owned");

		var response = http().api("DELETE", "/api/v1/organisations/" + slug + "/staff/" + owner.handle(), token, null);

		JsonNode problem = assertProblem(response, 409);
		assertThat(problem.get("detail").asString()).isEqualTo(apiMessage("error.organisation.last-owner"));
		assertThat(roleOf(staff(slug), owner.handle())).isEqualTo("OWNER");
	}

	@Test
	void onlyAPlatformAdminSetsTheVerifiedBadge() {
		var owner = member("own");
		String ownerToken = token(owner);
		String slug = uniqueSlug("badge");
		createOrganisation(ownerToken, slug, "Wants A Badge");

		var byOwner = http().api("PUT", "/api/v1/organisations/" + slug + "/verified", ownerToken, Map.of("verified", true));
		assertProblem(byOwner, 403);
		assertThat(http().apiGet("/api/v1/organisations/" + slug, null).json().get("verified").asBoolean()).isFalse();

		var byAdmin = http().api("PUT", "/api/v1/organisations/" + slug + "/verified", token(admin("adm")),
				Map.of("verified", true));
		assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(200);
		assertThat(byAdmin.json().get("verified").asBoolean()).isTrue();
		assertThat(http().apiGet("/api/v1/organisations/" + slug, null).json().get("verified").asBoolean()).isTrue();
	}
}
