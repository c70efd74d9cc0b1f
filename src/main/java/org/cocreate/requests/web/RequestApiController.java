package org.cocreate.requests.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.requests.internal.AfterAward;
import org.cocreate.requests.internal.Bids;
import org.cocreate.requests.internal.Bids.PlaceBid;
import org.cocreate.requests.internal.Numbers;
import org.cocreate.requests.internal.RequestQueries;
import org.cocreate.requests.internal.RequestQueries.Find;
import org.cocreate.requests.internal.RequestViews.Live;
import org.cocreate.requests.internal.Requests;
import org.cocreate.requests.internal.Requests.PostRequest;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Requests, joins, bids, the award and what follows it, over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Requests")
class RequestApiController {

	record WeightsBody(@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal price,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal delivery,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal rating) {
	}

	record PostBody(@Nullable String title, @Nullable String category, @Nullable String specification,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal quantity, @Nullable String unit,
			@Nullable String location, @JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal latitude,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal longitude, @Nullable String currency,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal ceilingPrice, @Nullable String deadline,
			@Nullable String format, @JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal minimumDecrement,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal antiSnipingSeconds, @Nullable String awardMode,
			@Nullable WeightsBody weights) {

		PostRequest command() {
			return new PostRequest(title, category, specification, quantity, unit, location, latitude, longitude, currency,
					ceilingPrice, deadline, format, minimumDecrement, antiSnipingSeconds, awardMode,
					weights == null ? null : weights.price(), weights == null ? null : weights.delivery(),
					weights == null ? null : weights.rating());
		}
	}

	record JoinBody(@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal quantity) {
	}

	record BidBody(@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal unitPrice,
			@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal deliveryDays, @Nullable String terms,
			@Nullable String organisation) {
	}

	record AwardBody(@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal bidId) {
	}

	record RatingBody(@JsonDeserialize(using = StrictNumber.class) @Nullable BigDecimal stars, @Nullable String body) {
	}

	record MessageBody(@Nullable String body) {
	}

	record Created(long id, String url) {
	}

	record Joined(@Nullable Integer quantity, long totalQuantity) {
	}

	record BidPlaced(long id, String organisation, String placedAt, String deadline, boolean deadlineExtended) {
	}

	record Completion(String status) {
	}

	record MessageJson(long id, RequestJson.Person author, boolean forSeller, String body, String bodyHtml, String at) {
	}

	record LiveJson(long id, String status, String deadline, long secondsLeft, long totalQuantity, int bidCount,
			@Nullable BigDecimal bestUnitPrice, String currency, boolean deadlineExtended) {

		static LiveJson of(Live l) {
			return new LiveJson(l.id(), l.status().name(), l.deadline().toString(), l.secondsLeft(), l.totalQuantity(), l.bidCount(),
					l.bestUnitPrice(), l.currency(), l.extended());
		}
	}

	private final Requests requests;

	private final Bids bids;

	private final RequestQueries queries;

	private final AfterAward afterAward;

	private final JsonBodies bodies;

	RequestApiController(Requests requests, Bids bids, RequestQueries queries, AfterAward afterAward, JsonBodies bodies) {
		this.requests = requests;
		this.bids = bids;
		this.queries = queries;
		this.afterAward = afterAward;
		this.bodies = bodies;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return bodies.unreadable(ex);
	}

	@PostMapping("/api/v1/requests")
	ResponseEntity<RequestJson.Detail> post(@AuthenticationPrincipal MemberPrincipal me, @RequestBody PostBody body) {
		long id = requests.post(me.id(), body.command());
		return ResponseEntity.created(URI.create("/api/v1/requests/" + id)).body(RequestJson.Detail.of(queries.view(id, me.id())));
	}

	@GetMapping("/api/v1/requests")
	PageOf<RequestJson.Card> find(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(required = false) @Nullable String closesBefore,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String after) {
		return queries.find(new Find(category, location, closesBefore, status, after)).map(RequestJson.Card::of);
	}

	@GetMapping("/api/v1/requests/{id}")
	RequestJson.Detail get(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return RequestJson.Detail.of(queries.view(id, me == null ? null : me.id()));
	}

	@GetMapping("/api/v1/requests/{id}/live")
	LiveJson live(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return LiveJson.of(queries.live(id, me == null ? null : me.id()));
	}

	@PostMapping("/api/v1/requests/{id}/joins")
	Joined join(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody JoinBody body) {
		long total = requests.join(me.id(), id, body.quantity());
		return new Joined(body.quantity() == null ? null : body.quantity().intValue(), total);
	}

	@DeleteMapping("/api/v1/requests/{id}/joins/me")
	Joined leave(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		return new Joined(null, requests.leave(me.id(), id));
	}

	@PostMapping("/api/v1/requests/{id}/joining/close")
	ResponseEntity<Void> closeJoining(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		requests.closeJoining(me.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/requests/{id}/bids")
	ResponseEntity<BidPlaced> bid(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody BidBody body) {
		var placed = bids.place(me.id(), id, new PlaceBid(body.unitPrice(), body.deliveryDays(), body.terms(), body.organisation()));
		return ResponseEntity.created(URI.create("/api/v1/requests/" + id))
			.body(new BidPlaced(placed.bidId(), placed.organisation(), placed.placedAt().toString(), placed.deadline().toString(),
					placed.extended()));
	}

	@PostMapping("/api/v1/requests/{id}/bids/{bidId}/withdrawal")
	ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long bidId, @AuthenticationPrincipal MemberPrincipal me) {
		bids.withdraw(me.id(), id, bidId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/requests/{id}/award")
	RequestJson.Detail award(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody AwardBody body) {
		var errors = Errors.none();
		Integer bidId = Numbers.optionalWhole(errors, "bidId", body.bidId(), 1, Integer.MAX_VALUE);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		requests.award(me.id(), id, bidId == null ? null : bidId.longValue());
		return RequestJson.Detail.of(queries.view(id, me.id()));
	}

	@PostMapping("/api/v1/requests/{id}/completion")
	Completion complete(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		return new Completion(afterAward.complete(me.id(), id).name());
	}

	@PostMapping("/api/v1/requests/{id}/ratings")
	ResponseEntity<Map<String, Object>> rate(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody RatingBody body) {
		var errors = Errors.none();
		Integer stars = Numbers.whole(errors, "stars", body.stars(), 1, 5);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		afterAward.rate(me.id(), id, stars, body.body());
		return ResponseEntity.status(201).body(Map.of("stars", stars));
	}

	@GetMapping("/api/v1/requests/{id}/messages")
	List<MessageJson> messages(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		return afterAward.messages(id, me.id())
			.stream()
			.map(m -> new MessageJson(m.id(), RequestJson.Person.of(m.author()), m.forSeller(), m.body(), m.bodyHtml(),
					m.at().toString()))
			.toList();
	}

	@PostMapping("/api/v1/requests/{id}/messages")
	ResponseEntity<Created> write(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody MessageBody body) {
		long messageId = afterAward.write(me.id(), id, body.body());
		return ResponseEntity.status(201).body(new Created(messageId, "/requests/" + id + "#message-" + messageId));
	}
}
