package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ideas API as a client uses it, including every bad input the issue lists: 4xx, a clear message, nothing changed. */
class IdeaApiIT extends IdeasApiTestBase {

	@Test
	void postingAnIdeaAnswers201WithItsIdAndTheIdeaReadsBackPublicly() {
		Board board = board();
		Caller author = member();
		var created = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author,
				"{\"title\": \"Water fountains in #parks\", \"body\": \"Refill bottles for free.\", \"tags\": [\"water\"]}");

		assertThat(created.statusCode()).isEqualTo(201);
		long id = json(created).get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/ideas/" + id);
		JsonNode idea = idea(id);
		assertThat(idea.get("supportCount").asInt()).isZero();
		assertThat(idea.get("status").asString()).isEqualTo("OPEN");
		assertThat(idea.get("author").get("handle").asString()).isEqualTo(author.member().handle());
		assertThat(idea.get("author").get("displayName").asString()).isEqualTo(author.member().displayName());
		assertThat(idea.get("tags").toString()).contains("water", "parks");
	}

	@Test
	void spacesOfferTheIdeasBoardAndANewSpaceHasItSwitchedOn() {
		Board board = board();

		JsonNode capabilities = json(send("GET", "/api/v1/capabilities", null, null));
		JsonNode space = json(send("GET", "/api/v1/spaces/" + board.space(), null, null));

		assertThat(capabilities.toString()).contains("\"id\":\"ideas\"").contains("Post an idea");
		assertThat(space.get("capabilities").toString()).contains("ideas");
	}

	@Test
	void aScriptInACommentIsRefusedAndNothingIsStored() {
		Board board = board();
		long id = postIdea(board, member(), "Scripted " + unique(""));

		var refused = send("POST", "/api/v1/ideas/" + id + "/comments", member(), "{\"body\": \"<script>steal()</script>\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(errorFields(refused)).containsExactly("body");
		assertThat(idea(id).get("commentCount").asInt()).isZero();
	}

	@Test
	void supportIsIdempotentAndWithdrawable() {
		Board board = board();
		long id = postIdea(board, member(), "Benches at bus stops " + unique(""));
		Caller fan = member();

		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", fan, null).statusCode()).isEqualTo(204);
		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", fan, null).statusCode()).isEqualTo(204);
		assertThat(idea(id).get("supportCount").asInt()).isEqualTo(1);
		assertThat(send("DELETE", "/api/v1/ideas/" + id + "/support", fan, null).statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/api/v1/ideas/" + id + "/support", fan, null).statusCode()).isEqualTo(204);
		assertThat(idea(id).get("supportCount").asInt()).isZero();
		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void authorsCannotSupportTheirOwnIdea() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "My own idea " + unique(""));

		var refused = send("PUT", "/api/v1/ideas/" + id + "/support", author, null);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("detail").asString()).contains("your own idea");
		assertThat(supportRows(id)).isZero();
	}

	@Test
	void emptyAndTenThousandCharacterTitlesAreRefusedAndNothingIsStored() {
		Board board = board();
		Caller author = member();
		long before = ideasIn(board);

		var empty = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author, "{\"title\": \"  \", \"body\": \"x\"}");
		var huge = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author,
				"{\"title\": " + quote("t".repeat(10_000)) + "}");

		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(errorFields(empty)).containsExactly("title");
		assertThat(json(empty).get("errors").get(0).get("message").asString()).isEqualTo("Please fill this in.");
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(errorFields(huge)).containsExactly("title");
		assertThat(json(huge).get("errors").get(0).get("message").asString()).contains("150");
		assertThat(ideasIn(board)).isEqualTo(before);
	}

	@Test
	void scriptTagsInMarkdownAreRefusedAndNothingIsStored() {
		Board board = board();
		Caller author = member();
		long before = ideasIn(board);

		var refused = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author,
				"{\"title\": \"Safer crossings\", \"body\": \"Look: <script>alert(1)</script>\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(errorFields(refused)).containsExactly("body");
		assertThat(json(refused).get("errors").get(0).get("message").asString()).contains("Scripts do not run here");
		assertThat(ideasIn(board)).isEqualTo(before);
	}

	@Test
	void codeAboutScriptsIsWelcomeAndLinksCannotRunJavascript() {
		Board board = board();
		var created = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", member(),
				"{\"title\": \"Docs\", \"body\": \"Write `<script>` in code.\\n\\n[x](javascript:alert(2)) **ok**\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		String html = idea(json(created).get("id").asLong()).get("bodyHtml").asString();

		assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript").contains("<code>&lt;script&gt;</code>")
			.contains("<strong>ok</strong>");
	}

	@Test
	void anOutsiderCannotSupportAnIdeaInAPrivateSpaceAndNothingIsStored() {
		Board closed = board(org.cocreate.spaces.Visibility.PRIVATE);
		long id = postIdea(closed, closed.owner(), "Internal plan");

		var refused = send("PUT", "/api/v1/ideas/" + id + "/support", member(), null);

		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(supportRows(id)).isZero();
		assertThat(jdbc.sql("select support_count from idea where id = ?").param(id).query(Integer.class).single()).isZero();
	}

	@Test
	void supportingAMissingIdeaIs404AndAMergedOne409() {
		Board board = board();
		Caller fan = member();
		long duplicate = postIdea(board, member(), "Duplicate " + unique(""));
		long target = postIdea(board, member(), "Original " + unique(""));
		merge(board, duplicate, target);

		var missing = send("PUT", "/api/v1/ideas/999999999/support", fan, null);
		var merged = send("PUT", "/api/v1/ideas/" + duplicate + "/support", fan, null);

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(json(missing).get("detail").asString()).contains("no idea number 999999999");
		assertThat(merged.statusCode()).isEqualTo(409);
		assertThat(json(merged).get("detail").asString()).contains("merged");
		assertThat(supportRows(duplicate)).isZero();
		assertThat(supportRows(target)).isZero();
	}

	@Test
	void mergingMovesSupportersOnceAndFollowersAndLinksToTheTarget() {
		Board board = board();
		long duplicate = postIdea(board, member(), "Night buses " + unique(""));
		Caller targetAuthor = member();
		long target = postIdea(board, targetAuthor, "Buses after midnight " + unique(""));
		Caller both = member();
		Caller onlyDuplicate = member();
		Caller onlyTarget = member();
		for (Caller c : List.of(both, onlyDuplicate)) {
			send("PUT", "/api/v1/ideas/" + duplicate + "/support", c, null);
		}
		for (Caller c : List.of(both, onlyTarget)) {
			send("PUT", "/api/v1/ideas/" + target + "/support", c, null);
		}
		// the target's author supported the duplicate: after the merge they do not support their own idea
		send("PUT", "/api/v1/ideas/" + duplicate + "/support", targetAuthor, null);

		merge(board, duplicate, target);

		assertThat(idea(target).get("supportCount").asInt()).isEqualTo(3);
		assertThat(supportRows(target)).isEqualTo(3);
		JsonNode merged = idea(duplicate);
		assertThat(merged.get("status").asString()).isEqualTo("MERGED");
		assertThat(merged.get("mergedInto").asLong()).isEqualTo(target);
		assertThat(jdbc.sql("select count(*) from idea_follower where idea_id = ? and member_id = ?")
			.params(target, onlyDuplicate.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		var timeline = json(send("GET", "/api/v1/ideas/" + duplicate + "/status-changes", null, null));
		assertThat(timeline.get(0).get("to").asString()).isEqualTo("MERGED");
	}

	@Test
	void staffAnswerWithAResponseAndTheTimelineShowsIt() {
		Board board = board();
		long id = postIdea(board, member(), "Bike lanes " + unique(""));

		var answered = send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(),
				"{\"status\": \"under_review\", \"response\": \"We are costing it with the transport team.\"}");

		assertThat(answered.statusCode()).isEqualTo(201);
		assertThat(json(answered).get("status").asString()).isEqualTo("UNDER_REVIEW");
		var timeline = json(send("GET", "/api/v1/ideas/" + id + "/status-changes", null, null));
		assertThat(timeline).hasSize(1);
		assertThat(timeline.get(0).get("response").asString()).isEqualTo("We are costing it with the transport team.");
		assertThat(timeline.get(0).get("responder").get("handle").asString()).isEqualTo(board.owner().member().handle());
		assertThat(idea(id).get("firstAnsweredAt").isNull()).isFalse();
	}

	@Test
	void aStatusChangeWithoutResponseTextIsRefusedAndNothingChanges() {
		Board board = board();
		long id = postIdea(board, member(), "Quiet hours " + unique(""));

		var refused = send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(),
				"{\"status\": \"PLANNED\", \"response\": \"   \"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(errorFields(refused)).containsExactly("response");
		assertThat(idea(id).get("status").asString()).isEqualTo("OPEN");
		assertThat(statusChanges(id)).isZero();
	}

	@Test
	void aStatusChangeByAPlainMemberIsRefusedAndNothingChanges() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "More trees " + unique(""));

		var refused = send("POST", "/api/v1/ideas/" + id + "/status-changes", author,
				"{\"status\": \"DONE\", \"response\": \"I did it myself.\"}");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("detail").asString()).contains("RESPONDER");
		assertThat(idea(id).get("status").asString()).isEqualTo("OPEN");
		assertThat(statusChanges(id)).isZero();
	}

	@Test
	void anIllegalTransitionIsAConflictWithTheStatusesNamed() {
		Board board = board();
		long id = postIdea(board, member(), "Skate park " + unique(""));
		send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(), "{\"status\": \"DONE\", \"response\": \"Built.\"}");

		var refused = send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(),
				"{\"status\": \"PLANNED\", \"response\": \"Again?\"}");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("detail").asString()).contains("DONE", "PLANNED");
		assertThat(statusChanges(id)).isEqualTo(1);
	}

	@Test
	void aCommentOnARemovedIdeaIsRefusedAndNothingIsStored() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "Removed soon " + unique(""));
		assertThat(send("DELETE", "/api/v1/ideas/" + id, author, null).statusCode()).isEqualTo(204);

		var refused = send("POST", "/api/v1/ideas/" + id + "/comments", member(), "{\"body\": \"Too late?\"}");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("detail").asString()).contains("removed");
		assertThat(jdbc.sql("select count(*) from idea_comment where idea_id = ?").param(id).query(Long.class).single()).isZero();
		assertThat(send("GET", "/api/v1/ideas/" + id, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void commentsThreadTwoLevelsAndADeletedOneLeavesAPlaceholder() {
		Board board = board();
		long id = postIdea(board, member(), "Library cafe " + unique(""));
		Caller a = member();
		Caller b = member();
		long root = commentId(send("POST", "/api/v1/ideas/" + id + "/comments", a, "{\"body\": \"Yes, with **good** coffee\"}"));
		long reply = commentId(send("POST", "/api/v1/ideas/" + id + "/comments", b, "{\"body\": \"Agreed\", \"parentId\": " + root + "}"));
		commentId(send("POST", "/api/v1/ideas/" + id + "/comments", a, "{\"body\": \"Reply to reply\", \"parentId\": " + reply + "}"));
		assertThat(send("PUT", "/api/v1/idea-comments/" + root + "/upvote", b, null).statusCode()).isEqualTo(204);
		assertThat(send("PUT", "/api/v1/idea-comments/" + root + "/upvote", b, null).statusCode()).isEqualTo(204);
		assertThat(send("PATCH", "/api/v1/idea-comments/" + reply, b, "{\"body\": \"Agreed, twice\"}").statusCode()).isEqualTo(204);
		assertThat(send("PATCH", "/api/v1/idea-comments/" + reply, a, "{\"body\": \"Not mine\"}").statusCode()).isEqualTo(403);
		assertThat(send("DELETE", "/api/v1/idea-comments/" + root, a, null).statusCode()).isEqualTo(204);

		JsonNode threads = json(send("GET", "/api/v1/ideas/" + id + "/comments", null, null));

		assertThat(threads).hasSize(1);
		assertThat(threads.get(0).get("deleted").asBoolean()).isTrue();
		assertThat(threads.get(0).get("body").asString()).isEmpty();
		assertThat(threads.get(0).get("upvotes").asInt()).isEqualTo(1);
		assertThat(threads.get(0).get("replies")).hasSize(2);
		assertThat(threads.get(0).get("replies").get(0).get("body").asString()).isEqualTo("Agreed, twice");
		assertThat(threads.get(0).get("replies").get(1).get("parentId").asLong()).isEqualTo(root);
		assertThat(idea(id).get("commentCount").asInt()).isEqualTo(2);
	}

	@Test
	void commentsCannotBeEditedAfterFifteenMinutes() {
		Board board = board();
		long id = postIdea(board, member(), "Old comment " + unique(""));
		Caller a = member();
		long comment = commentId(send("POST", "/api/v1/ideas/" + id + "/comments", a, "{\"body\": \"First version\"}"));
		jdbc.sql("update idea_comment set created_at = now() - interval '16 minutes' where id = ?").param(comment).update();

		var refused = send("PATCH", "/api/v1/idea-comments/" + comment, a, "{\"body\": \"Second version\"}");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("detail").asString()).contains("15 minutes");
		assertThat(jdbc.sql("select body from idea_comment where id = ?").param(comment).query(String.class).single())
			.isEqualTo("First version");
	}

	@Test
	void everyOrderingPagesByKeysetWithoutRepeatsOrGaps() {
		Board board = board();
		Caller author = member();
		var posted = new ArrayList<Long>();
		for (int i = 0; i < 7; i++) {
			posted.add(postIdea(board, author, "Idea number " + i + " " + unique("")));
		}
		Caller fan = member();
		send("PUT", "/api/v1/ideas/" + posted.get(2) + "/support", fan, null);
		send("POST", "/api/v1/ideas/" + posted.get(4) + "/comments", fan, "{\"body\": \"Hmm\"}");

		for (String sort : List.of("hot", "top", "new", "discussed", "controversial")) {
			var seen = new ArrayList<Long>();
			String after = "";
			do {
				var page = json(send("GET", "/api/v1/spaces/" + board.space() + "/ideas?size=3&sort=" + sort + after, null, null));
				page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
				after = page.get("next") == null || page.get("next").isNull() ? null : "&after=" + page.get("next").asString();
			}
			while (after != null);
			assertThat(seen).as(sort).containsExactlyInAnyOrderElementsOf(posted);
		}
		var newest = json(send("GET", "/api/v1/spaces/" + board.space() + "/ideas?sort=new&size=1", null, null));
		assertThat(newest.get("items").get(0).get("id").asLong()).isEqualTo(posted.getLast());
		var top = json(send("GET", "/api/v1/spaces/" + board.space() + "/ideas?sort=top&size=1", null, null));
		assertThat(top.get("items").get(0).get("id").asLong()).isEqualTo(posted.get(2));
		var trending = json(send("GET", "/api/v1/spaces/" + board.space() + "/ideas?sort=trending", null, null));
		assertThat(trending.get("items").get(0).get("id").asLong()).isEqualTo(posted.get(2));
		var discussed = json(send("GET", "/api/v1/spaces/" + board.space() + "/ideas?sort=discussed&size=1", null, null));
		assertThat(discussed.get("items").get(0).get("id").asLong()).isEqualTo(posted.get(4));
	}

	@Test
	void aFullBoardPageReachesTheBrowserWhole() {
		Board board = board();
		Caller author = member();
		for (int i = 0; i < 21; i++) {
			send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author, "{\"title\": \"Long idea " + i + "\", \"body\": "
					+ quote("A long explanation. ".repeat(20)) + "}");
		}

		var page = send("GET", "/s/" + board.space() + "/ideas", null, null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().length()).isGreaterThan(16_000);
		assertThat(page.body()).contains("More ideas").contains("</html>");
	}

	@Test
	void unknownOrderingsAndBrokenPageMarkersAreFieldErrors() {
		Board board = board();

		var bad = send("GET", "/api/v1/spaces/" + board.space() + "/ideas?sort=loudest&after=zzz&status=maybe", null, null);

		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(errorFields(bad)).containsExactlyInAnyOrder("sort", "status", "after");
	}

	@Test
	void similarTitlesAreSuggestedFromTheSameSpace() {
		Board board = board();
		long id = postIdea(board, member(), "Recycling bins in every park");
		postIdea(board, member(), "Free concerts on Sundays");

		JsonNode similar = json(send("GET", "/api/v1/spaces/" + board.space() + "/ideas/similar?title=recycling%20bins", null, null));

		assertThat(similar).hasSize(1);
		assertThat(similar.get(0).get("id").asLong()).isEqualTo(id);
	}

	@Test
	void editsKeepEveryRevision() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "First title " + unique(""));

		assertThat(send("PATCH", "/api/v1/ideas/" + id, author, "{\"title\": \"Better title\"}").statusCode()).isEqualTo(200);
		assertThat(send("PATCH", "/api/v1/ideas/" + id, member(), "{\"title\": \"Hijacked\"}").statusCode()).isEqualTo(403);

		JsonNode revisions = json(send("GET", "/api/v1/ideas/" + id + "/revisions", null, null));
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(0).get("title").asString()).isEqualTo("Better title");
		assertThat(revisions.get(1).get("title").asString()).startsWith("First title");
	}

	@Test
	void anAcceptedEditProposalBecomesARevisionByItsProposerWhoIsCreditedAsCoAuthor() {
		Board board = board();
		Caller author = member();
		Caller helper = member();
		long id = postIdea(board, author, "Bike racks " + unique(""));

		assertThat(send("POST", "/api/v1/ideas/" + id + "/edit-proposals", author, "{\"title\": \"Mine\", \"body\": \"x\"}")
			.statusCode()).isEqualTo(409);
		long proposal = json(send("POST", "/api/v1/ideas/" + id + "/edit-proposals", helper,
				"{\"title\": \"Covered bike racks at stations\", \"body\": \"Rain-proof.\", \"note\": \"Clearer title\"}"))
			.get("id").asLong();
		assertThat(send("POST", "/api/v1/idea-edit-proposals/" + proposal + "/accept", helper, null).statusCode()).isEqualTo(403);
		assertThat(idea(id).get("revision").asInt()).isEqualTo(1);

		assertThat(send("POST", "/api/v1/idea-edit-proposals/" + proposal + "/accept", author, null).statusCode()).isEqualTo(204);

		JsonNode idea = idea(id);
		assertThat(idea.get("title").asString()).isEqualTo("Covered bike racks at stations");
		assertThat(idea.get("coAuthors").get(0).get("handle").asString()).isEqualTo(helper.member().handle());
		JsonNode revisions = json(send("GET", "/api/v1/ideas/" + id + "/revisions", null, null));
		assertThat(revisions.get(0).get("author").get("handle").asString()).isEqualTo(helper.member().handle());
		assertThat(send("POST", "/api/v1/idea-edit-proposals/" + proposal + "/reject", author, null).statusCode()).isEqualTo(409);
	}

	@Test
	void aProposalOnAnOlderVersionCannotUndoLaterEdits() {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "Compost bins " + unique(""));
		long proposal = json(send("POST", "/api/v1/ideas/" + id + "/edit-proposals", member(),
				"{\"title\": \"Compost bins in every block\", \"body\": \"Shared.\"}")).get("id").asLong();
		send("PATCH", "/api/v1/ideas/" + id, author, "{\"body\": \"The author changed it meanwhile.\"}");

		var refused = send("POST", "/api/v1/idea-edit-proposals/" + proposal + "/accept", author, null);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("detail").asString()).contains("version 1", "version 2");
		assertThat(idea(id).get("body").asString()).isEqualTo("The author changed it meanwhile.");
		assertThat(idea(id).get("coAuthors")).isEmpty();
	}

	@Test
	void aPostedIdeaReachesTheFeedsOfItsSpaceAndTags() {
		Board board = board();
		String tag = unique("tag");
		long id = json(send("POST", "/api/v1/spaces/" + board.space() + "/ideas", member(),
				"{\"title\": \"Feed me\", \"body\": \"About #" + tag + "\"}")).get("id").asLong();

		// the feeds are written after the post commits, asynchronously
		await("the idea on its space's and tag's feeds").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.sql("""
					select count(*) from activity a join activity_target t on t.activity_id = a.id
					where a.event_key = ? and ((t.target_kind = 'SPACE' and t.target_key = ?) or (t.target_kind = 'TAG' and t.target_key = ?))""")
				.params("idea-posted:" + id, board.space(), tag.toLowerCase(java.util.Locale.ROOT))
				.query(Long.class)
				.single(), n -> n == 2);
	}

	@Test
	void reachingTheThresholdStartsThePromiseAndTheMeterCountsIt() {
		Board board = board();
		assertThat(send("PUT", "/api/v1/spaces/" + board.space() + "/ideas/settings", board.owner(),
				"{\"supportThreshold\": 2, \"answerDays\": 7}").statusCode()).isEqualTo(200);
		var refused = send("PUT", "/api/v1/spaces/" + board.space() + "/ideas/settings", board.owner(),
				"{\"supportThreshold\": 0, \"answerDays\": 7}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(errorFields(refused)).containsExactly("supportThreshold");
		long id = postIdea(board, member(), "Popular " + unique(""));
		send("PUT", "/api/v1/ideas/" + id + "/support", member(), null);
		assertThat(idea(id).get("answerDueAt").isNull()).isTrue();
		send("PUT", "/api/v1/ideas/" + id + "/support", member(), null);
		assertThat(idea(id).get("answerDueAt").isNull()).isFalse();

		JsonNode meter = json(send("GET", "/api/v1/organisations/" + board.organisation() + "/response-meter", null, null));
		assertThat(meter.get("reached").asLong()).isEqualTo(1);
		assertThat(meter.get("waiting").asLong()).isEqualTo(1);

		jdbc.sql("update idea set answer_due_at = now() - interval '1 day' where id = ?").param(id).update();
		meter = json(send("GET", "/api/v1/organisations/" + board.organisation() + "/response-meter", null, null));
		assertThat(meter.get("overdue").asLong()).isEqualTo(1);
		assertThat(idea(id).get("overdue").asBoolean()).isTrue();
	}

	private void merge(Board board, long duplicate, long target) {
		var merged = send("POST", "/api/v1/ideas/" + duplicate + "/merge", board.owner(),
				"{\"into\": " + target + ", \"response\": \"Same idea, counted together.\"}");
		assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
	}

	private long ideasIn(Board board) {
		return jdbc.sql("select count(*) from idea i join space s on s.id = i.space_id where s.slug = ?")
			.param(board.space())
			.query(Long.class)
			.single();
	}

	private long statusChanges(long id) {
		return jdbc.sql("select count(*) from idea_status_change where idea_id = ?").param(id).query(Long.class).single();
	}

	private static long commentId(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).get("id").asLong();
	}
}
