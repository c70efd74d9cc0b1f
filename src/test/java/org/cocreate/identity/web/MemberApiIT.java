package org.cocreate.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocreate.AbstractApplicationIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Joining through the API: sign-up, the mailed link, a personal access token, and who one is. */
class MemberApiIT extends AbstractApplicationIT {

	@Test
	void signUpVerifyTakeATokenAndAskWhoIAm() {
		String handle = uniqueHandle("ana");
		String email = emailOf(handle);
		var http = http();

		var created = http.api("POST", "/api/v1/members", null,
				Map.of("email", email, "handle", handle, "displayName", "Ana García", "password", PASSWORD));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.header("Location")).contains("/api/v1/members/" + handle);
		assertThat(created.json().get("handle").asString()).isEqualTo(handle);

		// Before following the link, no token: the address is not proven yet.
		var early = http.basic("POST", "/api/v1/tokens", email, PASSWORD, null);
		assertThat(early.status()).isEqualTo(401);
		assertThat(early.contentType()).startsWith("application/problem+json");

		var mail = MAIL.awaitMessageTo(email);
		assertThat(mail.subject()).isEqualTo(apiMessage("mail.verify.subject"));
		var verified = http.get(mail.link("/verify"));
		assertThat(verified.status()).isEqualTo(302);
		assertThat(verified.location()).endsWith("/login");

		// The link is single-use.
		var again = http.get(mail.link("/verify"));
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains(message("verify.failed.title"));

		var tokenResponse = http.basic("POST", "/api/v1/tokens", email, PASSWORD, Map.of("name", "laptop"));
		assertThat(tokenResponse.status()).as("%s", tokenResponse).isEqualTo(201);
		String token = tokenResponse.json().get("token").asString();
		assertThat(token).startsWith("cct_");

		var me = http.apiGet("/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		JsonNode json = me.json();
		assertThat(json.get("handle").asString()).isEqualTo(handle);
		assertThat(json.get("displayName").asString()).isEqualTo("Ana García");
		assertThat(json.get("email").asString()).isEqualTo(email);
		assertThat(json.get("emailVerified").asBoolean()).isTrue();
		assertThat(json.get("platformAdmin").asBoolean()).isFalse();
	}

	@Test
	void meNeedsAToken() {
		var response = http().apiGet("/api/v1/me", null);

		assertProblem(response, 401);
		assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
	}

	@Test
	void anUnknownTokenIsRefused() {
		assertProblem(http().apiGet("/api/v1/me", "cct_not-a-real-token"), 401);
	}

	@Test
	void aTokenStandsOnlyForAMemberWhoseAddressIsProven() {
		var member = member("unp");
		String token = token(member);
		assertThat(http().apiGet("/api/v1/me", token).status()).isEqualTo(200);

		// authentication reads the member with the token, in one statement: an unproven address is refused there
		jdbc.sql("update member set email_verified_at = null where id = ?").param(member.id()).update();
		assertProblem(http().apiGet("/api/v1/me", token), 401);
		assertProblem(http().api("PUT", "/api/v1/me/password", token, Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD)),
				401);
	}

	@Test
	void membersListsVerifiedPublicProfilesWithHandleAndName() {
		var verified = signUpAndVerify("lst");
		String unverifiedHandle = verified.handle() + "x";
		var unverified = http().api("POST", "/api/v1/members", null, Map.of("email", emailOf(unverifiedHandle), "handle",
				unverifiedHandle, "displayName", "Not Yet", "password", PASSWORD));
		assertThat(unverified.status()).isEqualTo(201);

		// Page from just before the new handles, so the list starts with them whatever else is stored.
		String after = verified.handle().substring(0, verified.handle().length() - 1);
		var response = http().apiGet("/api/v1/members?size=5&after=" + after, null);

		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json().get("items");
		assertThat(items.isArray()).isTrue();
		assertThat(response.json().has("next")).isTrue();
		List<String> handles = new ArrayList<>();
		items.forEach(i -> handles.add(i.get("handle").asString()));
		assertThat(handles).contains(verified.handle()).doesNotContain(unverifiedHandle);
		JsonNode entry = items.valueStream().filter(i -> i.get("handle").asString().equals(verified.handle())).findFirst().orElseThrow();
		assertThat(entry.get("displayName").asString()).isEqualTo(verified.displayName());
		assertThat(entry.has("email")).as("a public profile never shows the address").isFalse();
	}

	@Test
	void membersArePagedWithANextKey() {
		member("pg");
		member("pg");
		var first = http().apiGet("/api/v1/members?size=1", null).json();
		assertThat(first.get("items").size()).isEqualTo(1);
		String next = first.get("next").asString();
		assertThat(next).isEqualTo(first.get("items").get(0).get("handle").asString());

		var second = http().apiGet("/api/v1/members?size=1&after=" + next, null).json();
		assertThat(second.get("items").get(0).get("handle").asString().compareToIgnoreCase(next)).isPositive();
	}

	@Test
	void aPublicProfileByHandle() {
		var member = member("prof");

		var response = http().apiGet("/api/v1/members/" + member.handle().toUpperCase(), null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("handle").asString()).isEqualTo(member.handle());
		assertThat(response.json().get("displayName").asString()).isEqualTo(member.displayName());
	}

	@Test
	void tokensAreListedWithoutTheirSecretAndCanBeRevoked() {
		var member = member("tok");
		String kept = token(member);
		var created = http().basic("POST", "/api/v1/tokens", member.email(), PASSWORD, Map.of("name", "to revoke"));
		assertThat(created.status()).isEqualTo(201);
		String revoked = created.json().get("token").asString();
		long revokedId = created.json().get("id").asLong();

		var list = http().apiGet("/api/v1/tokens", kept);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(2);
		assertThat(list.body()).doesNotContain(revoked).doesNotContain(kept).contains("to revoke");
		assertThat(list.json().valueStream().map(t -> t.get("prefix").asString())).contains(revoked.substring(0, 10));

		var revoke = http().api("DELETE", "/api/v1/tokens/" + revokedId, kept, null);
		assertThat(revoke.status()).isEqualTo(204);

		assertProblem(http().apiGet("/api/v1/me", revoked), 401);
		assertThat(http().apiGet("/api/v1/me", kept).status()).isEqualTo(200);
		assertThat(http().apiGet("/api/v1/tokens", kept).json().size()).isEqualTo(1);
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() {
		var owner = member("tk1");
		var other = member("tk2");
		var created = http().basic("POST", "/api/v1/tokens", owner.email(), PASSWORD, null);
		long id = created.json().get("id").asLong();
		String ownersToken = created.json().get("token").asString();

		assertProblem(http().api("DELETE", "/api/v1/tokens/" + id, token(other), null), 404);
		assertThat(http().apiGet("/api/v1/me", ownersToken).status()).isEqualTo(200);
	}
}
