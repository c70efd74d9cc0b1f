package org.cocreate.requests.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.requests.internal.RequestViews.AwardView;
import org.cocreate.requests.internal.RequestViews.BidView;
import org.cocreate.requests.internal.RequestViews.Joiner;
import org.cocreate.requests.internal.RequestViews.Live;
import org.cocreate.requests.internal.RequestViews.LogLine;
import org.cocreate.requests.internal.RequestViews.RequestCard;
import org.cocreate.requests.internal.RequestViews.RequestView;
import org.cocreate.requests.internal.RequestViews.Review;
import org.cocreate.requests.internal.RequestViews.Viewer;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.cocreate.shared.Markdown;
import org.cocreate.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading requests, with what each viewer may see. Sealed bids never leave the database before the
 * close: while a SEALED request runs, no price, delivery time or seller is read for anyone but the
 * bidding seller's own people, who see their own bid.
 */
@Service
public class RequestQueries {

	/** Filters of the list: category, words of the location, closing before; open requests by default. */
	public record Find(@Nullable String category, @Nullable String location, @Nullable String closesBefore,
			@Nullable String status, @Nullable String after) {
	}

	static final int PAGE = 30;

	private final RequestRepository requests;

	private final Sellers sellers;

	private final AfterAward afterAward;

	private final Organisations organisations;

	private final Members members;

	private final JdbcClient jdbc;

	RequestQueries(RequestRepository requests, Sellers sellers, AfterAward afterAward, Organisations organisations,
			Members members, JdbcClient jdbc) {
		this.requests = requests;
		this.sellers = sellers;
		this.afterAward = afterAward;
		this.organisations = organisations;
		this.members = members;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Request request(long id) {
		return requests.get(id);
	}

	@Transactional(readOnly = true)
	public RequestView view(long id, @Nullable Long viewerId) {
		Request r = requests.get(id);
		requireShownTo(r, viewerId);
		Instant now = requests.now();
		MemberSummary requester = members.byId(r.requesterId());
		List<Joiner> joiners = joiners(id);
		boolean open = r.status() == RequestStatus.OPEN;
		boolean pricesVisible = r.pricesVisible();
		int bidCount = jdbc.sql("select count(*) from bid where request_id = ? and status = 'ACTIVE'").param(id).query(Integer.class).single();
		BidView best = pricesVisible ? best(id, !open) : null;
		List<BidView> bids = open ? List.of() : bids(id, r);
		AwardView award = award(id);
		List<LogLine> log = jdbc.sql("select kind, amount, at, until from request_log where request_id = ? order by id")
			.param(id)
			.query((rs, i) -> new LogLine(rs.getString(1), pricesVisible || !"BID_PLACED".equals(rs.getString(1)) ? rs.getBigDecimal(2) : null,
					rs.getTimestamp(3).toInstant(), RequestRepository.instant(rs, "until")))
			.list();
		Viewer viewer = viewer(r, viewerId, joiners);
		return new RequestView(r, Markdown.toSafeHtml(r.specification()), requester, joiners, bidCount, best, bids, award, log,
				viewer, now);
	}

	/** The live part alone, for polling; a page that read the whole {@link #view} takes {@link RequestView#live()}. */
	@Transactional(readOnly = true)
	public Live live(long id, @Nullable Long viewerId) {
		Request r = requests.get(id);
		requireShownTo(r, viewerId);
		Instant now = requests.now();
		var stats = jdbc.sql("select count(*), min(unit_price) from bid where request_id = ? and status = 'ACTIVE'")
			.param(id)
			.query((rs, i) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2) })
			.single();
		return Live.of(r, now, (int) stats[0], (BigDecimal) stats[1]);
	}

	/** A request hidden by moderation is "not found", with the placeholder, for everyone but its requester. */
	private static void requireShownTo(Request r, @Nullable Long viewerId) {
		if (r.moderation() != null && (viewerId == null || viewerId != r.requesterId())) {
			throw DomainException.notFound("moderation.placeholder.request", String.valueOf(r.id()));
		}
	}

	/** Open requests (or all, with {@code status=all}) closing soonest first, by keyset. */
	@Transactional(readOnly = true)
	public PageOf<RequestCard> find(Find f) {
		var errors = Errors.none();
		var sql = new StringBuilder("""
				select r.id, r.title, r.category, r.location, r.total_quantity, r.unit, r.currency, r.format, r.status, r.deadline,
				  (select count(*) from request_join j where j.request_id = r.id) as joiners,
				  (select count(*) from bid b where b.request_id = r.id and b.status = 'ACTIVE') as bids,
				  (select min(unit_price) from bid b where b.request_id = r.id and b.status = 'ACTIVE'
				     and (r.format = 'OPEN' or r.status <> 'OPEN')) as best
				from request r where r.moderation is null""");
		Map<String, Object> params = new HashMap<>();
		boolean all = "all".equalsIgnoreCase(f.status());
		if (!all) {
			sql.append(" and r.status = 'OPEN'");
		}
		if (f.category() != null && !f.category().isBlank()) {
			Optional<Category> c = Category.of(f.category());
			if (c.isEmpty()) {
				errors.reject("category", "error.request.category-unknown", f.category().strip());
			}
			else {
				sql.append(" and r.category = :category");
				params.put("category", c.get().id());
			}
		}
		if (f.location() != null && !f.location().isBlank()) {
			sql.append(" and r.location ilike :location");
			params.put("location", "%" + f.location().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (f.closesBefore() != null && !f.closesBefore().isBlank()) {
			Instant before = instantOrDate(f.closesBefore().strip());
			if (before == null) {
				errors.reject("closesBefore", "error.request.deadline-format");
			}
			else {
				sql.append(" and r.deadline <= :before");
				params.put("before", Timestamp.from(before));
			}
		}
		if (f.after() != null && !f.after().isBlank()) {
			String[] parts = f.after().split("_");
			try {
				params.put("afterDeadline", Timestamp.from(Instant.ofEpochMilli(Long.parseLong(parts[0]))));
				params.put("afterId", Long.parseLong(parts[1]));
				sql.append(" and (r.deadline, r.id) > (:afterDeadline, :afterId)");
			}
			catch (RuntimeException ex) {
				errors.reject("after", "error.request.cursor");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		sql.append(" order by r.deadline, r.id limit ").append(PAGE + 1);
		var statement = jdbc.sql(sql.toString());
		for (var e : params.entrySet()) {
			statement = statement.param(e.getKey(), e.getValue());
		}
		List<RequestCard> cards = new ArrayList<>(statement.query((rs, i) -> new RequestCard(rs.getLong("id"), rs.getString("title"),
				Category.of(rs.getString("category")).orElseThrow(), rs.getString("location"), rs.getLong("total_quantity"),
				rs.getString("unit"), rs.getString("currency"), AuctionFormat.valueOf(rs.getString("format")),
				RequestStatus.valueOf(rs.getString("status")), rs.getTimestamp("deadline").toInstant(), rs.getInt("joiners"),
				rs.getInt("bids"), rs.getBigDecimal("best")))
			.list());
		String next = null;
		if (cards.size() > PAGE) {
			cards = cards.subList(0, PAGE);
			RequestCard last = cards.getLast();
			next = last.deadline().toEpochMilli() + "_" + last.id();
		}
		return new PageOf<>(cards, next);
	}

	/** The ratings requesters gave a seller, newest first. */
	@Transactional(readOnly = true)
	public List<Review> reviews(long organisationId) {
		var rows = jdbc.sql("""
				select rr.request_id, r.title, rr.stars, rr.body, rr.author_id, rr.created_at from request_rating rr
				join request r on r.id = rr.request_id where rr.organisation_id = ? and rr.direction = 'OF_SELLER'
				order by rr.created_at desc limit 50""")
			.param(organisationId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
					rs.getTimestamp(6).toInstant() })
			.list();
		var authors = members.summaries(rows.stream().map(r -> (Long) r[4]).toList());
		return rows.stream()
			.filter(r -> authors.containsKey((Long) r[4]))
			.map(r -> new Review((long) r[0], (String) r[1], (int) r[2], (String) r[3], authors.get((Long) r[4]), (Instant) r[5]))
			.toList();
	}

	/** How many requests the seller won. */
	@Transactional(readOnly = true)
	public long awardsWon(long organisationId) {
		return jdbc.sql("select count(*) from request_award where organisation_id = ?").param(organisationId).query(Long.class).single();
	}

	private @Nullable BidView best(long requestId, boolean named) {
		return jdbc.sql("""
				select id, unit_price, delivery_days, terms, organisation_id, status, placed_at, moderation is not null from bid
				where request_id = ? and status = 'ACTIVE' order by unit_price, id limit 1""")
			.param(requestId)
			.query((rs, i) -> new BidView(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3),
					named && !rs.getBoolean(8) ? rs.getString(4) : "", named ? organisations.byId(rs.getLong(5)) : null,
					rs.getString(6), rs.getTimestamp(7).toInstant(), null, rs.getBoolean(8)))
			.optional()
			.orElse(null);
	}

	/** After the close: every active bid with its seller, cheapest first, and its score for AUTO. */
	private List<BidView> bids(long requestId, Request r) {
		var rows = jdbc.sql("""
				select id, unit_price, delivery_days, case when moderation is null then terms else '' end, organisation_id, status,
				  placed_at, moderation is not null from bid
				where request_id = ? and status = 'ACTIVE' order by unit_price, id""")
			.param(requestId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBoolean(8) })
			.list();
		var organisationIds = rows.stream().map(b -> (Long) b[4]).distinct().toList();
		var ratings = sellers.ratings(organisationIds);
		var sellerSummaries = organisations.summaries(organisationIds);
		var candidates = rows.stream()
			.map(b -> new AwardScore.Candidate((long) b[0], (BigDecimal) b[1], (int) b[2], ratings.get((Long) b[4]).averageOrNull()))
			.toList();
		BigDecimal lowest = candidates.stream().map(AwardScore.Candidate::unitPrice).min(BigDecimal::compareTo).orElse(null);
		int fewest = candidates.stream().mapToInt(AwardScore.Candidate::deliveryDays).min().orElse(0);
		var views = new ArrayList<BidView>();
		for (int i = 0; i < rows.size(); i++) {
			Object[] b = rows.get(i);
			BigDecimal score = r.awardMode() == AwardMode.AUTO && lowest != null
					? AwardScore.score(candidates.get(i), lowest, fewest, r.weights()).setScale(5, java.math.RoundingMode.HALF_EVEN)
					: null;
			views.add(new BidView((long) b[0], (BigDecimal) b[1], (int) b[2], (String) b[3], sellerSummaries.get((Long) b[4]),
					(String) b[5], (Instant) b[6], score, (boolean) b[7]));
		}
		return views;
	}

	private @Nullable AwardView award(long requestId) {
		return jdbc.sql("""
				select a.bid_id, a.organisation_id, b.unit_price, b.delivery_days, a.mode, a.score, a.awarded_at
				from request_award a join bid b on b.id = a.bid_id where a.request_id = ?""")
			.param(requestId)
			.query((rs, i) -> new AwardView(rs.getLong(1), organisations.byId(rs.getLong(2)), rs.getBigDecimal(3), rs.getInt(4),
					AwardMode.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getTimestamp(7).toInstant()))
			.optional()
			.orElse(null);
	}

	private List<Joiner> joiners(long requestId) {
		var rows = jdbc.sql("select member_id, quantity from request_join where request_id = ? order by joined_at")
			.param(requestId)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getInt(2) })
			.list();
		var summaries = members.summaries(rows.stream().map(r -> r[0]).toList());
		return rows.stream().filter(r -> summaries.containsKey(r[0])).map(r -> new Joiner(summaries.get(r[0]), (int) r[1])).toList();
	}

	private Viewer viewer(Request r, @Nullable Long viewerId, List<Joiner> joiners) {
		if (viewerId == null) {
			return new Viewer(false, false, null, List.of(), List.of(), Optional.empty());
		}
		Integer joined = joiners.stream().filter(j -> j.member().id() == viewerId).map(Joiner::quantity).findFirst().orElse(null);
		List<OrganisationSummary> mayBidFor = r.requesterId() == viewerId ? List.of() : notTheRequesters(r, sellers.biddableFor(viewerId));
		return new Viewer(true, r.requesterId() == viewerId, joined, mayBidFor, ownBids(r.id(), mayBidFor), afterAward.side(r, viewerId));
	}

	/** The sellers without the requester among their staff: one may not bid on a request of one's own organisation. */
	private List<OrganisationSummary> notTheRequesters(Request r, List<OrganisationSummary> sellersOfViewer) {
		if (sellersOfViewer.isEmpty()) {
			return sellersOfViewer;
		}
		var requesters = organisations.of(r.requesterId()).stream().map(m -> m.organisation().id()).toList();
		return sellersOfViewer.stream().filter(o -> !requesters.contains(o.id())).toList();
	}

	/** The bids of the viewer's sellers on the request, seller by seller, newest first: one query. */
	private List<BidView> ownBids(long requestId, List<OrganisationSummary> mayBidFor) {
		if (mayBidFor.isEmpty()) {
			return List.of();
		}
		Map<Long, OrganisationSummary> byId = mayBidFor.stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o));
		return jdbc.sql("""
				select id, unit_price, delivery_days, terms, status, placed_at, moderation is not null, organisation_id from bid
				where request_id = :request and organisation_id in (:organisations) order by id desc""")
			.param("request", requestId)
			.param("organisations", byId.keySet())
			.query((rs, i) -> new BidView(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3), rs.getString(4), byId.get(rs.getLong(8)),
					rs.getString(5), rs.getTimestamp(6).toInstant(), null, rs.getBoolean(7)))
			.stream()
			.sorted(Comparator.comparingInt(b -> mayBidFor.indexOf(b.seller())))
			.toList();
	}

	private static @Nullable Instant instantOrDate(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException notInstant) {
			try {
				return java.time.LocalDate.parse(text).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}
}
