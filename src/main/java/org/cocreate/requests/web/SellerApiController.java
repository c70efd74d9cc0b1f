package org.cocreate.requests.web;

import java.util.Arrays;
import java.util.List;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.requests.internal.Category;
import org.cocreate.requests.internal.RequestQueries;
import org.cocreate.requests.internal.Sellers;
import org.cocreate.requests.internal.Sellers.SellerProfile;
import org.cocreate.requests.internal.Sellers.SellerSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The seller registry over JSON: a seller's public profile and rating; its owners and admins set categories and bidders. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Requests")
class SellerApiController {

	record SettingsBody(@Nullable List<String> categories, @Nullable List<String> bidders) {
	}

	record RatingJson(@Nullable Double average, long count) {
	}

	record SellerJson(String slug, String name, boolean verified, boolean registered, List<String> categories,
			List<RequestJson.Person> bidders, RatingJson rating, long awardsWon, String url) {
	}

	record CategoryJson(String id) {
	}

	private final Sellers sellers;

	private final RequestQueries queries;

	private final JsonBodies bodies;

	SellerApiController(Sellers sellers, RequestQueries queries, JsonBodies bodies) {
		this.sellers = sellers;
		this.queries = queries;
		this.bodies = bodies;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return bodies.unreadable(ex);
	}

	@GetMapping("/api/v1/request-categories")
	List<CategoryJson> categories() {
		return Arrays.stream(Category.values()).map(c -> new CategoryJson(c.id())).toList();
	}

	@GetMapping("/api/v1/sellers/{slug}")
	SellerJson get(@PathVariable String slug) {
		return json(sellers.profile(slug));
	}

	@PutMapping("/api/v1/sellers/{slug}")
	SellerJson register(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me, @RequestBody SettingsBody body) {
		return json(sellers.register(me.id(), slug, new SellerSettings(body.categories(), body.bidders())));
	}

	@DeleteMapping("/api/v1/sellers/{slug}")
	ResponseEntity<Void> deregister(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal me) {
		sellers.deregister(me.id(), slug);
		return ResponseEntity.noContent().build();
	}

	private SellerJson json(SellerProfile p) {
		return new SellerJson(p.organisation().slug(), p.organisation().name(), p.organisation().verified(), p.registered(),
				p.categories().stream().map(Category::id).toList(), p.bidders().stream().map(RequestJson.Person::of).toList(),
				new RatingJson(p.rating().averageOrNull(), p.rating().count()), queries.awardsWon(p.organisation().id()),
				"/sellers/" + p.organisation().slug());
	}
}
