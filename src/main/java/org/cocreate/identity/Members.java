package org.cocreate.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Markdown;
import org.cocreate.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looking members up: the identity module's query side, used by pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class Members {

	private static final String SUMMARY = "select id, handle, display_name, avatar_version from member ";

	private final MemberRepository members;

	private final JdbcClient jdbc;

	Members(MemberRepository members, JdbcClient jdbc) {
		this.members = members;
		this.jdbc = jdbc;
	}

	static MemberSummary summary(Member m) {
		return new MemberSummary(m.id(), m.handle(), m.displayName(), m.avatarVersion());
	}

	public Optional<MemberSummary> byHandle(String handle) {
		return members.findByHandle(handle).map(Members::summary);
	}

	public Optional<MemberSummary> byEmail(String email) {
		return members.findByEmail(email).map(Members::summary);
	}

	public MemberSummary byId(long id) {
		return members.findById(id).map(Members::summary).orElseThrow(() -> DomainException.notFound("error.member.not-found"));
	}

	public Profile profile(String handle) {
		Member m = members.findByHandle(handle).orElseThrow(() -> DomainException.notFound("error.member.not-found", handle));
		return new Profile(summary(m), m.bio(), Markdown.toSafeHtml(m.bio()), m.links(), m.createdAt());
	}

	/** The full account of the signed-in member (for settings and {@code /api/v1/me}). */
	public Account account(long id) {
		Member m = members.findById(id).orElseThrow(() -> DomainException.notFound("error.member.not-found"));
		return new Account(summary(m), m.email(), m.verified(), m.locale(), m.bio(), m.links(), m.platformAdmin(), m.createdAt());
	}

	public Map<Long, MemberSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SUMMARY + " where id in (:ids)")
			.param("ids", ids)
			.query(MemberSummary.class)
			.stream()
			.collect(Collectors.toMap(MemberSummary::id, Function.identity()));
	}

	/** Verified members by handle, a page at a time (keyset on the lower-cased handle). */
	public PageOf<MemberSummary> list(String after, int size) {
		int limit = Math.clamp(size, 1, 100);
		List<MemberSummary> rows = jdbc.sql(SUMMARY + """
				 where email_verified_at is not null and lower(handle) > lower(:after)
				 order by lower(handle) limit :limit""")
			.param("after", after == null ? "" : after)
			.param("limit", limit + 1)
			.query(MemberSummary.class)
			.list();
		return page(rows, limit);
	}

	/** Members whose handle or name starts with or contains the query, for pickers and search. */
	public List<MemberSummary> search(String query, int limit) {
		String q = query == null ? "" : query.strip().toLowerCase();
		return jdbc.sql(SUMMARY + """
				 where email_verified_at is not null
				   and (lower(handle) like :prefix or lower(display_name) like :contains)
				 order by lower(handle) limit :limit""")
			.param("prefix", escapeLike(q) + "%")
			.param("contains", "%" + escapeLike(q) + "%")
			.param("limit", Math.clamp(limit, 1, 50))
			.query(MemberSummary.class)
			.list();
	}

	/** When each member joined, for signals that weigh new accounts (vote fraud, spam). */
	public Map<Long, java.time.Instant> joined(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, created_at from member where id in (:ids)")
			.param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public long count() {
		return members.count();
	}

	private static PageOf<MemberSummary> page(List<MemberSummary> rows, int limit) {
		if (rows.size() <= limit) {
			return new PageOf<>(rows, null);
		}
		var items = rows.subList(0, limit);
		return new PageOf<>(items, items.getLast().handle());
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
