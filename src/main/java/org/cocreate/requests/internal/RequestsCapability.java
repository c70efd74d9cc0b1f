package org.cocreate.requests.internal;

import java.util.List;
import java.util.Optional;
import org.cocreate.spaces.Capability;
import org.cocreate.spaces.DemoSeeder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How requests and reverse auctions describe themselves: a capability of the whole platform (a
 * request is not posted in a space), at {@code /requests}; they publish requests (bids only as
 * a count).
 */
@Component
class RequestsCapability implements Capability {

	static final String ID = "requests";

	/** Looked up when asked: the seeder uses the spaces, which collect this descriptor. */
	private final ObjectProvider<RequestsDemo> demo;

	RequestsCapability(ObjectProvider<RequestsDemo> demo) {
		this.demo = demo;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<String> actions() {
		return List.of("capability.requests.action.post", "capability.requests.action.join",
				"capability.requests.action.bid", "capability.requests.action.award");
	}

	@Override
	public Scope scope() {
		return Scope.PLATFORM;
	}

	@Override
	public String pathIn(String spaceSlug) {
		return "/requests";
	}

	/** Requests; bids answer to moderation ({@link BidModeration}) but are never public content. */
	@Override
	public List<String> contentKinds() {
		return List.of(RequestModeration.KIND);
	}

	@Override
	public List<String> publicPages() {
		return List.of("/requests", "/requests/*", "/requests/*/live", "/sellers/*", "/sellers/*/badge");
	}

	@Override
	public List<String> publicApiReads() {
		return List.of("/api/v1/requests", "/api/v1/requests/*", "/api/v1/requests/*/live", "/api/v1/sellers/*",
				"/api/v1/request-categories");
	}

	@Override
	public Optional<DemoSeeder> demo() {
		return Optional.ofNullable(demo.getIfAvailable());
	}
}
