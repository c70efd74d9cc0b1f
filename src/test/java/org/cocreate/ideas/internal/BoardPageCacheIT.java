package org.cocreate.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cocreate.Http;
import org.junit.jupiter.api.Test;

/**
 * Anonymous readers get the board from the page cache, but never a board older than the last
 * write, never a page made for someone else, and always the same security headers.
 */
class BoardPageCacheIT extends IdeasApiTestBase {

	@Test
	void aKeptBoardIsByteForByteTheRenderedOneWithItsHeaders() throws Exception {
		Board board = board();
		postIdea(board, member(), "Shade trees on Main Street");
		var first = page("/s/" + board.space() + "/ideas?sort=hot");
		var second = page("/s/" + board.space() + "/ideas?sort=hot");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).contains("Shade trees on Main Street");
		assertThat(second.headers().firstValue("Content-Security-Policy")).isEqualTo(
				first.headers().firstValue("Content-Security-Policy"));
		assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline");
		assertThat(second.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aWriteIsVisibleToTheNextAnonymousReaderAtOnce() throws Exception {
		Board board = board();
		Caller author = member();
		long id = postIdea(board, author, "Bike racks at the station");
		assertThat(page("/s/" + board.space() + "/ideas").body()).contains("Bike racks at the station");

		postIdea(board, author, "Longer library hours");
		assertThat(page("/s/" + board.space() + "/ideas").body()).contains("Longer library hours");

		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", member(), null).statusCode()).isEqualTo(204);
		assertThat(page("/ideas/" + id).body()).containsPattern("class=\"support-count\"><strong>1</strong>");
	}

	@Test
	void theLanguageIsPartOfWhatIsKept() throws Exception {
		Board board = board();
		postIdea(board, member(), "Community garden");
		String english = page("/s/" + board.space() + "/ideas").body();
		var spanish = page("/s/" + board.space() + "/ideas", "Accept-Language", "es");
		assertThat(english).contains("Supports weighed against age");
		assertThat(spanish.body()).doesNotContain("Supports weighed against age");
		assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
	}

	@Test
	void aSignedInMemberNeverGetsTheAnonymousPage() throws Exception {
		Board board = board();
		Caller fan = member();
		long id = postIdea(board, member(), "Free water refills");
		assertThat(send("PUT", "/api/v1/ideas/" + id + "/support", fan, null).statusCode()).isEqualTo(204);
		String anonymous = page("/ideas/" + id).body();
		var browser = new Http(port);
		assertThat(browser.logIn(fan.member().handle(), "correct-horse-battery-9").status()).isEqualTo(302);
		var signedIn = browser.get("/ideas/" + id);
		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(anonymous).doesNotContain(fan.member().displayName());
		assertThat(signedIn.body()).contains(fan.member().displayName());
	}

	private HttpResponse<String> page(String path, String... headers) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
