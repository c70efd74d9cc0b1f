package org.cocreate.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cocreate.AbstractApplicationIT;
import org.cocreate.Http;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.organisations.StaffInvitations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An organisation with an owner and a moderator hosting a public ideas space, and API helpers around it. */
abstract class ModerationTestBase extends AbstractApplicationIT {

	@Autowired
	Organisations organisations;

	@Autowired
	StaffInvitations invitations;

	@Autowired
	Spaces spaces;

	private final Map<Long, String> tokens = new ConcurrentHashMap<>();

	/** A space with its organisation's owner and a MODERATOR. */
	record Board(String organisation, String space, Member owner, Member moderator) {
	}

	Board board() {
		Member owner = member("own");
		Member moderator = member("mod");
		String org = uniqueSlug("org");
		organisations.create(owner.id(), new CreateOrganisation("Org " + org, org, OrganisationKind.CITY, "", ""));
		var invitation = invitations.invite(owner.id(), org, moderator.handle(), StaffRole.MODERATOR);
		invitations.accept(moderator.id(), invitation.id());
		String space = uniqueSlug("space");
		spaces.create(owner.id(), new CreateSpace(org, "Space " + space, space, "", Visibility.PUBLIC, null));
		return new Board(org, space, owner, moderator);
	}

	String bearer(Member member) {
		return tokens.computeIfAbsent(member.id(), id -> token(member));
	}

	Http.Response call(String method, String path, Member member, Object body) {
		return http().api(method, path, member == null ? null : bearer(member), body);
	}

	long postIdea(Board board, Member author, String title, String body) {
		var response = call("POST", "/api/v1/spaces/" + board.space() + "/ideas", author, Map.of("title", title, "body", body));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long idea(Board board, Member author) {
		return postIdea(board, author, "Shade trees on the market square " + uniqueHandle("t"), "Summers are getting hotter.");
	}

	JsonNode comment(long ideaId, Member author, String body) {
		var response = call("POST", "/api/v1/ideas/" + ideaId + "/comments", author, Map.of("body", body));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json();
	}

	JsonNode report(Member reporter, String content, String reason) {
		var response = call("POST", "/api/v1/moderation/reports", reporter, Map.of("content", content, "reason", reason));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json();
	}

	long caseOf(String kind, long id) {
		return jdbc.sql("select id from moderation_case where content_kind = ? and content_id = ?")
			.params(kind, id)
			.query(Long.class)
			.single();
	}

	long act(Member moderator, long caseId, String action, String reason, Integer days) {
		var body = new java.util.HashMap<String, Object>();
		body.put("action", action);
		body.put("reason", reason);
		if (days != null) {
			body.put("days", days);
		}
		var response = call("POST", "/api/v1/moderation/cases/" + caseId + "/actions", moderator, body);
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().get("actionId").asLong();
	}

	long actions() {
		return count("select count(*) from moderation_action");
	}
}
