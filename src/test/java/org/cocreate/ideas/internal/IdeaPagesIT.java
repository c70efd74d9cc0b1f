package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The board, the post form and the idea page as a browser gets them, with the security chain in place. */
class IdeaPagesIT extends IdeasApiTestBase {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService accounts;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void everyOrderingOfTheBoardExplainsItselfInOneLine() throws Exception {
		Board board = board();
		postIdea(board, member(), "Solar panels on schools " + unique(""));

		String hot = page(get("/s/" + board.space() + "/ideas"), 200);
		String trending = page(get("/s/" + board.space() + "/ideas?sort=trending"), 200);
		String controversial = page(get("/s/" + board.space() + "/ideas?sort=controversial").header("Accept-Language", "es"), 200);

		assertThat(hot).contains("Solar panels on schools").contains("Supports weighed against age");
		assertThat(trending).contains("Supports in the last 24 hours compared with the daily average of the week before.");
		assertThat(controversial).contains("Muchos comentarios para poco apoyo");
	}

	@Test
	void anInvalidPostKeepsWhatWasTypedAndStoresNothing() throws Exception {
		Board board = board();
		Caller author = member();
		long before = ideas(board);

		String form = page(post("/s/" + board.space() + "/ideas").with(as(author)).with(csrf())
			.param("title", "")
			.param("body", "My carefully written details")
			.param("tags", "parks"), 200);

		assertThat(form).contains("Please fill this in.").contains("My carefully written details").contains("value=\"parks\"");
		assertThat(ideas(board)).isEqualTo(before);
	}

	@Test
	void aValidPostGoesToTheNewIdeaAndSimilarTitlesAreSuggested() throws Exception {
		Board board = board();
		Caller author = member();

		MvcResult posted = mvc.perform(post("/s/" + board.space() + "/ideas").with(as(author)).with(csrf())
			.param("title", "Drinking fountains along the river")
			.param("body", "Hot summers.")).andReturn();
		String similar = page(get("/s/" + board.space() + "/ideas/similar").param("title", "drinking fountain").with(as(author)), 200);

		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		assertThat(posted.getResponse().getRedirectedUrl()).matches("/ideas/\\d+");
		assertThat(similar).contains("Drinking fountains along the river");
	}

	@Test
	void supportingWithHtmxAnswersTheButtonWithTheNewCount() throws Exception {
		Board board = board();
		long id = postIdea(board, member(), "Car-free Sundays " + unique(""));
		Caller fan = member();

		String fragment = page(post("/ideas/" + id + "/support").header("HX-Request", "true").with(as(fan)).with(csrf()), 200);

		assertThat(fragment).contains("<strong>1</strong>").contains("Withdraw support").doesNotContain("<html");
		assertThat(supportRows(id)).isEqualTo(1);
	}

	@Test
	void theIdeaPageShowsTheTimelineAndRefusesAnAnswerWithoutTextKeepingTheChoice() throws Exception {
		Board board = board();
		long id = postIdea(board, member(), "Public toilets " + unique(""));
		send("POST", "/api/v1/ideas/" + id + "/status-changes", board.owner(),
				"{\"status\": \"UNDER_REVIEW\", \"response\": \"Checking locations with the parks team.\"}");

		String page = page(get("/ideas/" + id), 200);
		String refused = page(post("/ideas/" + id + "/status").with(as(board.owner())).with(csrf())
			.param("status", "PLANNED")
			.param("response", ""), 200);

		assertThat(page).contains("Checking locations with the parks team.").contains("Under review");
		assertThat(refused).contains("Please fill this in.").contains("value=\"PLANNED\" selected");
		assertThat(idea(id).get("status").asString()).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aPlainMemberCannotAnswerFromThePageEither() throws Exception {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "Street lights " + unique(""));

		page(post("/ideas/" + id + "/status").with(as(author)).with(csrf()).param("status", "DONE").param("response", "Done!"), 403);

		assertThat(idea(id).get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void theRevisionsPageComparesTwoVersionsLineByLine() throws Exception {
		Board board = board();
		Caller author = member();
		var created = send("POST", "/api/v1/spaces/" + board.space() + "/ideas", author,
				"{\"title\": \"Shade sails\", \"body\": \"Line one\\nLine two\"}");
		long id = json(created).get("id").asLong();
		send("PATCH", "/api/v1/ideas/" + id, author, "{\"body\": \"Line one\\nLine 2\"}");

		String diff = page(get("/ideas/" + id + "/revisions"), 200);

		assertThat(diff).contains("<del class=\"diff\">- Line two</del>").contains("<ins class=\"diff\">+ Line 2</ins>")
			.contains("  Line one");
	}

	@Test
	void threadsWithRepliesAndADeletedCommentRenderOnTheIdeaPage() throws Exception {
		Board board = board();
		long id = postIdea(board, member(), "Reading corners " + unique(""));
		Caller a = member();
		long root = json(send("POST", "/api/v1/ideas/" + id + "/comments", a, "{\"body\": \"Root **comment**\"}")).get("id").asLong();
		send("POST", "/api/v1/ideas/" + id + "/comments", member(), "{\"body\": \"A reply\", \"parentId\": " + root + "}");
		send("DELETE", "/api/v1/idea-comments/" + root, a, null);

		String page = page(get("/ideas/" + id).with(as(a)), 200);

		assertThat(page).contains("This comment was deleted.").contains("A reply").doesNotContain("Root <strong>comment</strong>");
	}

	@Test
	void anEditProposalFromThePageKeepsWhatWasTypedWhenRefusedAndTheAuthorSeesItsDiff() throws Exception {
		Board board = board();
		Caller author = member();
		Caller helper = member();
		long id = postIdea(board, author, "Skate ramps " + unique(""));

		String refused = page(post("/ideas/" + id + "/proposals").with(as(helper)).with(csrf())
			.param("title", "")
			.param("body", "My better wording"), 200);
		page(post("/ideas/" + id + "/proposals").with(as(helper)).with(csrf())
			.param("title", "Skate ramps in two parks")
			.param("body", "My better wording"), 302);
		String forAuthor = page(get("/ideas/" + id).with(as(author)), 200);

		assertThat(refused).contains("Please fill this in.").contains("My better wording");
		assertThat(forAuthor).contains("+ Skate ramps in two parks").contains("Accept").contains("Reject");
	}

	@Test
	void theResponseMeterIsPublic() throws Exception {
		Board board = board();

		String meter = page(get("/o/" + board.organisation() + "/response-meter"), 200);

		assertThat(meter).contains("Response meter of").contains("Median time to first answer");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Caller caller) {
		UserDetails principal = accounts.loadUserByUsername(caller.member().handle() + "@ideas.test");
		return user(principal);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long ideas(Board board) {
		return jdbc.sql("select count(*) from idea i join space s on s.id = i.space_id where s.slug = ?")
			.param(board.space())
			.query(Long.class)
			.single();
	}
}
