package org.cocreate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page cache's rule that a missing page is rendered once, however many readers ask for it at once. */
class AnonymousPageCacheTest {

	private final AnonymousPageCache cache = new AnonymousPageCache(List.of("/s/*/ideas"), Duration.ofMinutes(1), 100);

	private final AtomicInteger renders = new AtomicInteger();

	private final CountDownLatch renderStarted = new CountDownLatch(1);

	private final CountDownLatch mayFinish = new CountDownLatch(1);

	/**
	 * The application behind the cache: a board whose renders are numbered from 1; the first takes as
	 * long as the test says, later ones answer at once.
	 */
	private FilterChain board(int status) {
		return (request, response) -> {
			int render = renders.incrementAndGet();
			if (render == 1) {
				renderStarted.countDown();
				try {
					mayFinish.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			var http = (HttpServletResponse) response;
			http.setStatus(status);
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("Content-Security-Policy", "default-src 'self'");
			http.getOutputStream().write(("<h1>Board " + render + "</h1>").getBytes(StandardCharsets.UTF_8));
		};
	}

	private MockHttpServletResponse get(FilterChain chain) throws Exception {
		var request = new MockHttpServletRequest("GET", "/s/bench/ideas");
		request.setQueryString("sort=hot");
		var response = new MockHttpServletResponse();
		cache.doFilter(request, response, chain);
		return response;
	}

	/**
	 * Sends a reader and returns once it waits (for the render under way, as nothing else here
	 * blocks): a fixed sleep would, on a slow machine, let it arrive after the render instead.
	 */
	private Future<MockHttpServletResponse> waitingReader(ExecutorService pool, FilterChain chain) {
		var reader = new CompletableFuture<Thread>();
		Future<MockHttpServletResponse> response = pool.submit(() -> {
			reader.complete(Thread.currentThread());
			return get(chain);
		});
		await("a reader waiting for the render").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> reader.isDone() && reader.join().getState() == Thread.State.TIMED_WAITING);
		return response;
	}

	@Test
	void readersArrivingDuringARenderWaitForItAndGetItsCopy() throws Exception {
		FilterChain chain = board(200);
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<MockHttpServletResponse> first = pool.submit(() -> get(chain));
			assertThat(renderStarted.await(10, TimeUnit.SECONDS)).isTrue();
			var others = new ArrayList<Future<MockHttpServletResponse>>();
			for (int i = 0; i < 8; i++) {
				others.add(waitingReader(pool, chain));
			}
			assertThat(renders).as("the others are at the door while the first render is still under way").hasValue(1);
			mayFinish.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<h1>Board 1</h1>");
			for (var other : others) {
				MockHttpServletResponse response = other.get(10, TimeUnit.SECONDS);
				assertThat(response.getStatus()).isEqualTo(200);
				assertThat(response.getContentAsString()).isEqualTo("<h1>Board 1</h1>");
				assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
			}
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void whenTheRenderIsNotAPageToShareEachWaitingReaderGetsItsOwnAnswer() throws Exception {
		FilterChain chain = board(404);
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<MockHttpServletResponse> first = pool.submit(() -> get(chain));
			assertThat(renderStarted.await(10, TimeUnit.SECONDS)).isTrue();
			Future<MockHttpServletResponse> second = waitingReader(pool, chain);
			assertThat(renders).hasValue(1);
			mayFinish.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(404);
			assertThat(first.get().getContentAsString()).isEqualTo("<h1>Board 1</h1>");
			assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(404);
			assertThat(second.get().getContentAsString()).as("its own render, not the first one's").isEqualTo("<h1>Board 2</h1>");
		}
		assertThat(renders).hasValue(2);
	}

	@Test
	void aReaderAfterAWriteDoesNotShareARenderStartedBeforeItAndKeepsItsFresherCopy() throws Exception {
		// the first render (before the write) waits for the test; later ones answer at once
		FilterChain chain = board(200);
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<MockHttpServletResponse> beforeTheWrite = pool.submit(() -> get(chain));
			assertThat(renderStarted.await(10, TimeUnit.SECONDS)).isTrue();
			cache.doFilter(new MockHttpServletRequest("POST", "/ideas/1/support"), new MockHttpServletResponse(),
					(request, response) -> {
					});

			// not held up by, nor given, the render that began before the write
			assertThat(pool.submit(() -> get(chain)).get(5, TimeUnit.SECONDS).getContentAsString())
				.isEqualTo("<h1>Board 2</h1>");
			mayFinish.countDown();
			assertThat(beforeTheWrite.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<h1>Board 1</h1>");
		}
		// the older render, finishing last, did not push the fresher copy out of the cache
		assertThat(get(chain).getContentAsString()).isEqualTo("<h1>Board 2</h1>");
		assertThat(renders).hasValue(2);
	}
}
