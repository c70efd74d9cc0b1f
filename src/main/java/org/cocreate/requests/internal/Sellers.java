package org.cocreate.requests.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.StaffRole;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller registry: which verified organisations sell, the categories each follows (it hears
 * of every new request in them), and which of its staff may bid for it. Its owners and admins
 * manage this and may always bid; other staff bid once named here. Ratings given by requesters
 * after completed requests are summed up per seller.
 */
@Service
public class Sellers {

	/** What an owner or admin sets: the categories to follow and the handles of staff who may bid. */
	public record SellerSettings(@Nullable List<String> categories, @Nullable List<String> bidders) {
	}

	/** A seller's public profile. */
	public record SellerProfile(OrganisationSummary organisation, boolean registered, List<Category> categories,
			List<MemberSummary> bidders, Rating rating) {
	}

	/** A seller's average stars from completed requests (0 when nobody rated it yet), and how many ratings. */
	public record Rating(double average, long count) {

		public @Nullable Double averageOrNull() {
			return count == 0 ? null : average;
		}

		/** The average with one decimal, for pages. */
		public String shown() {
			return String.format(java.util.Locale.ROOT, "%.1f", average);
		}
	}

	private final Organisations organisations;

	private final Members members;

	private final JdbcClient jdbc;

	Sellers(Organisations organisations, Members members, JdbcClient jdbc) {
		this.organisations = organisations;
		this.members = members;
		this.jdbc = jdbc;
	}

	/** Registers the organisation as a seller, or changes its settings: owners and admins of a verified organisation. */
	@Transactional
	public SellerProfile register(long actorId, String slug, SellerSettings settings) {
		OrganisationSummary org = organisations.bySlug(slug);
		requireManager(org, actorId);
		if (!org.verified()) {
			throw DomainException.conflict("error.seller.unverified", org.name());
		}
		var errors = Errors.none();
		Set<Category> categories = categories(errors, settings.categories());
		Set<Long> bidders = bidders(errors, org, settings.bidders());
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		jdbc.sql("insert into seller (organisation_id, registered_by) values (?, ?) on conflict do nothing")
			.params(org.id(), actorId)
			.update();
		jdbc.sql("delete from seller_category where organisation_id = ?").param(org.id()).update();
		for (Category c : categories) {
			jdbc.sql("insert into seller_category (organisation_id, category) values (?, ?)").params(org.id(), c.id()).update();
		}
		jdbc.sql("delete from seller_bidder where organisation_id = ?").param(org.id()).update();
		for (long b : bidders) {
			jdbc.sql("insert into seller_bidder (organisation_id, member_id) values (?, ?)").params(org.id(), b).update();
		}
		return profile(slug);
	}

	/** Stops selling: no new bids; bids already placed stay binding. */
	@Transactional
	public void deregister(long actorId, String slug) {
		OrganisationSummary org = organisations.bySlug(slug);
		requireManager(org, actorId);
		jdbc.sql("delete from seller where organisation_id = ?").param(org.id()).update();
	}

	@Transactional(readOnly = true)
	public SellerProfile profile(String slug) {
		OrganisationSummary org = organisations.bySlug(slug);
		boolean registered = registered(org.id());
		List<Category> categories = jdbc.sql("select category from seller_category where organisation_id = ? order by category")
			.param(org.id())
			.query(String.class)
			.list()
			.stream()
			.map(c -> Category.of(c).orElseThrow())
			.toList();
		List<Long> ids = jdbc.sql("select member_id from seller_bidder where organisation_id = ?").param(org.id()).query(Long.class).list();
		var summaries = members.summaries(ids);
		List<MemberSummary> bidders = ids.stream().filter(summaries::containsKey).map(summaries::get)
			.sorted(java.util.Comparator.comparing(m -> m.handle().toLowerCase(java.util.Locale.ROOT)))
			.toList();
		return new SellerProfile(org, registered, categories, bidders, rating(org.id()));
	}

	public boolean registered(long organisationId) {
		return jdbc.sql("select exists (select 1 from seller where organisation_id = ?)").param(organisationId).query(Boolean.class).single();
	}

	/** Whether the member may manage the organisation's selling: an owner or admin. */
	public boolean mayManage(long organisationId, @Nullable Long memberId) {
		return memberId != null && organisations.roleOf(organisationId, memberId).map(r -> r.atLeast(StaffRole.ADMIN)).orElse(false);
	}

	/** Whether the member may bid for the organisation now: a registered, verified seller, and its owner, admin or a named bidder who is still staff. */
	public boolean mayBid(OrganisationSummary org, long memberId) {
		if (!org.verified() || !registered(org.id())) {
			return false;
		}
		Optional<StaffRole> role = organisations.roleOf(org.id(), memberId);
		if (role.isEmpty()) {
			return false;
		}
		return role.get().atLeast(StaffRole.ADMIN) || jdbc
			.sql("select exists (select 1 from seller_bidder where organisation_id = ? and member_id = ?)")
			.params(org.id(), memberId)
			.query(Boolean.class)
			.single();
	}

	/** The seller organisations the member may bid for: two queries for their organisations, one for selling. */
	public List<OrganisationSummary> biddableFor(long memberId) {
		var memberships = organisations.of(memberId).stream().filter(m -> m.organisation().verified()).toList();
		if (memberships.isEmpty()) {
			return List.of();
		}
		Map<Long, Boolean> named = new HashMap<>();
		jdbc.sql("""
				select s.organisation_id,
				  exists (select 1 from seller_bidder b where b.organisation_id = s.organisation_id and b.member_id = :member)
				from seller s where s.organisation_id in (:ids)""")
			.param("member", memberId)
			.param("ids", memberships.stream().map(m -> m.organisation().id()).toList())
			.query((RowCallbackHandler) rs -> named.put(rs.getLong(1), rs.getBoolean(2)));
		return memberships.stream()
			.filter(m -> named.containsKey(m.organisation().id())
					&& (m.role().atLeast(StaffRole.ADMIN) || named.get(m.organisation().id())))
			.map(Organisations.Membership::organisation)
			.toList();
	}

	/**
	 * The organisation a bid is for: the one named by its slug, or — when none is named — the only
	 * seller the member may bid for. Refused (409) when the member may not bid for it.
	 */
	public OrganisationSummary bidderOrganisation(long memberId, @Nullable String slug) {
		if (slug != null && !slug.isBlank()) {
			OrganisationSummary org = organisations.find(slug.strip())
				.orElseThrow(() -> DomainException.conflict("error.request.not-a-seller", slug.strip()));
			if (!mayBid(org, memberId)) {
				throw DomainException.conflict("error.request.not-a-seller", org.name());
			}
			return org;
		}
		List<OrganisationSummary> mine = biddableFor(memberId);
		if (mine.isEmpty()) {
			throw DomainException.conflict("error.request.not-a-seller-at-all");
		}
		if (mine.size() > 1) {
			throw new InvalidCommand(Errors.of("organisation", "error.request.choose-organisation",
					String.join(", ", mine.stream().map(OrganisationSummary::slug).toList())));
		}
		return mine.getFirst();
	}

	/** Who acts for a seller: its owners and admins, and its named bidders who are still staff. */
	public List<Long> people(long organisationId) {
		return people(List.of(organisationId));
	}

	/** The people of every verified seller that follows the category. */
	public List<Long> followersOf(Category category) {
		List<Long> following = jdbc.sql("select organisation_id from seller_category where category = ?")
			.param(category.id())
			.query(Long.class)
			.list();
		var summaries = organisations.summaries(following);
		return people(following.stream().filter(o -> summaries.containsKey(o) && summaries.get(o).verified()).toList());
	}

	/** The people of these sellers, without repeats: one query for their staff, one for their named bidders. */
	private List<Long> people(List<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		Set<List<Long>> named = new HashSet<>();
		jdbc.sql("select organisation_id, member_id from seller_bidder where organisation_id in (:ids)")
			.param("ids", organisationIds)
			.query((RowCallbackHandler) rs -> named.add(List.of(rs.getLong(1), rs.getLong(2))));
		var staff = organisations.roles(organisationIds);
		var people = new LinkedHashSet<Long>();
		for (long org : organisationIds) {
			staff.getOrDefault(org, Map.of()).forEach((member, role) -> {
				if (role.atLeast(StaffRole.ADMIN) || named.contains(List.of(org, member))) {
					people.add(member);
				}
			});
		}
		return List.copyOf(people);
	}

	/** The sellers' ratings by organisation id, in one query; a seller nobody rated yet has (0, 0). */
	public Map<Long, Rating> ratings(Collection<Long> organisationIds) {
		Map<Long, Rating> ratings = new HashMap<>();
		organisationIds.forEach(o -> ratings.put(o, new Rating(0, 0)));
		if (organisationIds.isEmpty()) {
			return ratings;
		}
		jdbc.sql("""
				select organisation_id, avg(stars), count(*) from request_rating
				where organisation_id in (:ids) and direction = 'OF_SELLER' group by organisation_id""")
			.param("ids", organisationIds)
			.query((RowCallbackHandler) rs -> ratings.put(rs.getLong(1), new Rating(rs.getDouble(2), rs.getLong(3))));
		return ratings;
	}

	public Rating rating(long organisationId) {
		return ratings(List.of(organisationId)).get(organisationId);
	}

	private void requireManager(OrganisationSummary org, long actorId) {
		if (!mayManage(org.id(), actorId)) {
			throw DomainException.forbidden("error.seller.manage-refused", org.name());
		}
	}

	private static Set<Category> categories(Errors errors, @Nullable List<String> ids) {
		var categories = new LinkedHashSet<Category>();
		var unknown = new ArrayList<String>();
		for (String id : ids == null ? List.<String>of() : ids) {
			if (id == null || id.isBlank()) {
				continue;
			}
			Category.of(id).ifPresentOrElse(categories::add, () -> unknown.add(id.strip()));
		}
		if (!unknown.isEmpty()) {
			errors.reject("categories", "error.request.category-unknown", String.join(", ", unknown));
		}
		return categories;
	}

	private Set<Long> bidders(Errors errors, OrganisationSummary org, @Nullable List<String> handles) {
		var ids = new LinkedHashSet<Long>();
		var notStaff = new ArrayList<String>();
		for (String h : handles == null ? List.<String>of() : handles) {
			if (h == null || h.isBlank()) {
				continue;
			}
			String handle = h.strip().replaceFirst("^@", "");
			Optional<MemberSummary> m = members.byHandle(handle);
			if (m.isPresent() && organisations.roleOf(org.id(), m.get().id()).isPresent()) {
				ids.add(m.get().id());
			}
			else {
				notStaff.add(handle);
			}
		}
		if (!notStaff.isEmpty()) {
			errors.reject("bidders", "error.seller.bidder-not-staff", String.join(", ", notStaff));
		}
		return ids;
	}
}
