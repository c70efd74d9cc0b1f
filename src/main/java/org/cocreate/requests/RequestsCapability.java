package org.cocreate.requests;

import java.util.List;
import java.util.Optional;
import org.cocreate.spaces.Capability;
import org.cocreate.spaces.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * How requests and reverse auctions describe themselves: a capability of the whole platform (a
 * request is not posted in a space), at {@code /requests}; they publish requests (bids only as
 * a count) and answer to moderation for requests and bids.
 */
@Component
class RequestsCapability implements Capability {

	static final String ID = "requests";

	private final Optional<DemoSeeder> demo;

	RequestsCapability(Optional<RequestsDemo> demo) {
		this.demo = demo.map(DemoSeeder.class::cast);
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

	@Override
	public List<String> contentKinds() {
		return List.of(RequestModeration.KIND, BidModeration.KIND);
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
		return demo;
	}
}
