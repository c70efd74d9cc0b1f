package org.cocreate.requests.internal;

import java.util.Objects;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import org.cocreate.requests.internal.Request.Draft;
import org.cocreate.requests.internal.Request.ScoreWeights;
import org.cocreate.requests.internal.RequestEvents.RequestPosted;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting a request, joining it, closing joining and picking the winning bid: one use case per method. */
@Service
public class Requests {

	/** The longest a request may run before its deadline. */
	static final Duration LONGEST = Duration.ofDays(365);

	/**
	 * A new request. Numbers come as decimals so that every bad one gets a clear message (a
	 * quantity of 2.5 is refused, not cut to 2); {@code deadline} is an ISO-8601 instant.
	 */
	public record PostRequest(@Nullable String title, @Nullable String category, @Nullable String specification,
			@Nullable BigDecimal quantity, @Nullable String unit, @Nullable String location, @Nullable BigDecimal latitude,
			@Nullable BigDecimal longitude, @Nullable String currency, @Nullable BigDecimal ceilingPrice,
			@Nullable String deadline, @Nullable String format, @Nullable BigDecimal minimumDecrement,
			@Nullable BigDecimal antiSnipingSeconds, @Nullable String awardMode, @Nullable BigDecimal weightPrice,
			@Nullable BigDecimal weightDelivery, @Nullable BigDecimal weightRating) {
	}

	private final RequestRepository requests;

	private final Sellers sellers;

	private final Awards awards;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RequestContent content;

	Requests(RequestRepository requests, Sellers sellers, Awards awards, JdbcClient jdbc, ApplicationEventPublisher events,
			RequestContent content) {
		this.content = content;
		this.requests = requests;
		this.sellers = sellers;
		this.awards = awards;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Posts a request; sellers following its category are told. Returns its id. */
	@Transactional
	public long post(long requesterId, PostRequest command) {
		Instant now = requests.now();
		Draft draft = validate(command, now);
		long id = requests.insert(requesterId, draft);
		requests.log(id, "POSTED", null, null);
		var recipients = sellers.followersOf(draft.category()).stream().filter(m -> m != requesterId).toList();
		content.posted(id, draft, requesterId, now);
		events.publishEvent(new RequestPosted(id, draft.title(), draft.category(), requesterId, recipients, now));
		return id;
	}

	/**
	 * Joins with one's own quantity, or changes it: group demand. The total is kept in the same
	 * transaction, under the request's lock. Not for the requester, and only while joining is open.
	 */
	@Transactional
	public long join(long memberId, long requestId, @Nullable BigDecimal quantity) {
		var errors = Errors.none();
		Integer q = Numbers.whole(errors, "quantity", quantity, 1, 10_000_000);
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		Request request = requests.lock(requestId);
		if (request.requesterId() == memberId) {
			throw DomainException.conflict("error.request.join-own");
		}
		if (!request.takesBidsAt(requests.now()) || !request.joiningOpen()) {
			throw DomainException.conflict("error.request.joining-closed");
		}
		jdbc.sql("""
				insert into request_join (request_id, member_id, quantity) values (?, ?, ?)
				on conflict (request_id, member_id) do update set quantity = excluded.quantity""")
			.params(requestId, memberId, q)
			.update();
		return updateTotal(requestId);
	}

	/** Leaves a request one joined, while joining is open. */
	@Transactional
	public long leave(long memberId, long requestId) {
		Request request = requests.lock(requestId);
		if (!request.takesBidsAt(requests.now()) || !request.joiningOpen()) {
			throw DomainException.conflict("error.request.joining-closed");
		}
		jdbc.sql("delete from request_join where request_id = ? and member_id = ?").params(requestId, memberId).update();
		return updateTotal(requestId);
	}

	/** The requester stops further joins (the quantity is then fixed for the sellers). */
	@Transactional
	public void closeJoining(long memberId, long requestId) {
		Request request = requests.lock(requestId);
		requireRequester(request, memberId);
		if (request.joiningOpen()) {
			jdbc.sql("update request set joining_open = false where id = ?").param(requestId).update();
			requests.log(requestId, "JOINING_CLOSED", null, null);
		}
	}

	/** MANUAL: the requester picks a bid after the close, within the award window. */
	@Transactional
	public void award(long memberId, long requestId, @Nullable Long bidId) {
		if (bidId == null) {
			throw new InvalidCommand(Errors.of("bidId", "error.required"));
		}
		Request request = requests.lock(requestId);
		requireRequester(request, memberId);
		if (request.status() != RequestStatus.AWAITING_AWARD) {
			throw DomainException.conflict(request.status() == RequestStatus.OPEN ? "error.request.award-before-close"
					: "error.request.award-not-awaiting", request.status().name());
		}
		var bid = jdbc.sql("select organisation_id from bid where id = ? and request_id = ? and status = 'ACTIVE'")
			.params(bidId, requestId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.request.bid-not-found", String.valueOf(bidId)));
		awards.award(request, bidId, bid, AwardMode.MANUAL, null, RequestStatus.AWAITING_AWARD, null, requests.now());
	}

	private long updateTotal(long requestId) {
		return jdbc.sql("""
				update request r set total_quantity = r.quantity + coalesce((select sum(quantity) from request_join where request_id = r.id), 0)
				where id = ? returning total_quantity""")
			.param(requestId)
			.query(Long.class)
			.single();
	}

	static void requireRequester(Request request, long memberId) {
		if (request.requesterId() != memberId) {
			throw DomainException.forbidden("error.request.requester-only");
		}
	}

	/** Checks every field and reports all bad ones at once. */
	static Draft validate(PostRequest c, Instant now) {
		var errors = Errors.none();
		String title = Objects.requireNonNullElse(c.title(), "").strip();
		errors.checkLength("title", title, 3, 150);
		Category category = null;
		if (c.category() == null || c.category().isBlank()) {
			errors.reject("category", "error.required");
		}
		else {
			category = Category.of(c.category()).orElse(null);
			if (category == null) {
				errors.reject("category", "error.request.category-unknown", c.category().strip());
			}
		}
		String spec = Objects.requireNonNullElse(c.specification(), "").strip();
		errors.checkLength("specification", spec, 0, 20_000);
		Integer quantity = Numbers.whole(errors, "quantity", c.quantity(), 1, 10_000_000);
		String unit = Objects.requireNonNullElse(c.unit(), "").strip();
		errors.checkLength("unit", unit, 1, 30);
		String location = Objects.requireNonNullElse(c.location(), "").strip();
		errors.checkLength("location", location, 2, 200);
		Double lat = Numbers.optionalBetween(errors, "latitude", c.latitude(), -90, 90);
		Double lon = Numbers.optionalBetween(errors, "longitude", c.longitude(), -180, 180);
		if ((c.latitude() == null) != (c.longitude() == null)) {
			errors.reject(c.latitude() == null ? "latitude" : "longitude", "error.request.coordinates-pair");
		}
		String currency = currency(errors, c.currency());
		BigDecimal ceiling = Numbers.optionalAmount(errors, "ceilingPrice", c.ceilingPrice());
		Instant deadline = deadline(errors, c.deadline(), now);
		AuctionFormat format = option(errors, "format", c.format(), AuctionFormat.class, AuctionFormat.OPEN);
		BigDecimal decrement = null;
		if (format == AuctionFormat.OPEN) {
			decrement = c.minimumDecrement() == null ? new BigDecimal("0.01")
					: Numbers.optionalAmount(errors, "minimumDecrement", c.minimumDecrement());
		}
		else if (format == AuctionFormat.SEALED && c.minimumDecrement() != null) {
			errors.reject("minimumDecrement", "error.request.decrement-sealed");
		}
		Integer window = c.antiSnipingSeconds() == null ? Integer.valueOf(120)
				: Numbers.optionalWhole(errors, "antiSnipingSeconds", c.antiSnipingSeconds(), 0, 3600);
		AwardMode mode = option(errors, "awardMode", c.awardMode(), AwardMode.class, AwardMode.MANUAL);
		ScoreWeights weights = ScoreWeights.DEFAULT;
		if (c.weightPrice() != null || c.weightDelivery() != null || c.weightRating() != null) {
			Integer wp = Numbers.whole(errors, "weightPrice", orZero(c.weightPrice()), 0, 100);
			Integer wd = Numbers.whole(errors, "weightDelivery", orZero(c.weightDelivery()), 0, 100);
			Integer wr = Numbers.whole(errors, "weightRating", orZero(c.weightRating()), 0, 100);
			if (wp != null && wd != null && wr != null) {
				if (wp + wd + wr == 0) {
					errors.reject("weightPrice", "error.request.weights-zero");
				}
				weights = new ScoreWeights(wp, wd, wr);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		return new Draft(title, category, spec, quantity, unit, location, lat, lon, currency, ceiling, format, decrement, window,
				mode, weights, deadline);
	}

	private static @Nullable Instant deadline(Errors errors, @Nullable String text, Instant now) {
		if (text == null || text.isBlank()) {
			errors.reject("deadline", "error.required");
			return null;
		}
		Instant deadline;
		try {
			deadline = Instant.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.reject("deadline", "error.request.deadline-format");
			return null;
		}
		if (!deadline.isAfter(now)) {
			errors.reject("deadline", "error.request.deadline-past");
			return null;
		}
		if (deadline.isAfter(now.plus(LONGEST))) {
			errors.reject("deadline", "error.request.deadline-too-far", LONGEST.toDays());
			return null;
		}
		return deadline;
	}

	private static String currency(Errors errors, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return "EUR";
		}
		String c = code.strip().toUpperCase(Locale.ROOT);
		try {
			if (c.length() == 3 && Currency.getInstance(c) != null) {
				return c;
			}
		}
		catch (IllegalArgumentException unknown) {
			// reported below
		}
		errors.reject("currency", "error.request.currency-unknown", code.strip());
		return "EUR";
	}

	private static <E extends Enum<E>> @Nullable E option(Errors errors, String field, @Nullable String value, Class<E> type,
			@Nullable E fallback) {
		if (value == null || value.isBlank()) {
			if (fallback == null) {
				errors.reject(field, "error.required");
			}
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.reject(field, "error.request.option-unknown", value.strip());
			return null;
		}
	}

	private static BigDecimal orZero(@Nullable BigDecimal v) {
		return v == null ? BigDecimal.ZERO : v;
	}

}
