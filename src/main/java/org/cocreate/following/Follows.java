package org.cocreate.following;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.following.TargetDirectory.TargetInfo;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Following and unfollowing; both are idempotent. */
@Service
public class Follows {

	/** Published when someone follows something, for notifications. */
	public record Followed(long followerId, Target target) {
	}

	private final JdbcClient jdbc;

	private final Map<Target.Kind, TargetDirectory> directories;

	private final Members members;

	private final ApplicationEventPublisher events;

	Follows(JdbcClient jdbc, List<TargetDirectory> directories, Members members, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directories = directories.stream().collect(Collectors.toMap(TargetDirectory::kind, Function.identity()));
		this.members = members;
		this.events = events;
	}

	/** The target's name and page, or "not found" when it does not exist (or may not be seen). */
	public TargetInfo describe(Target target) {
		if (target.kind() == Target.Kind.MEMBER) {
			return members.byHandle(target.key())
				.map(m -> new TargetInfo(Target.member(m.handle()), m.displayName(), m.profilePath()))
				.orElseThrow(() -> DomainException.notFound("error.follow.target-not-found"));
		}
		TargetDirectory directory = directories.get(target.kind());
		if (directory == null) {
			throw DomainException.notFound("error.follow.target-not-found");
		}
		return directory.find(target.key()).orElseThrow(() -> DomainException.notFound("error.follow.target-not-found"));
	}

	@Transactional
	public void follow(long memberId, Target target) {
		TargetInfo info = describe(target);
		if (target.kind() == Target.Kind.MEMBER && members.byId(memberId).handle().equalsIgnoreCase(target.key())) {
			throw DomainException.conflict("error.follow.self");
		}
		int added = jdbc.sql("""
				insert into follow (follower_id, target_kind, target_key) values (?, ?, ?)
				on conflict do nothing""")
			.params(memberId, info.target().kind().name(), info.target().key())
			.update();
		if (added == 1) {
			events.publishEvent(new Followed(memberId, info.target()));
		}
	}

	@Transactional
	public void unfollow(long memberId, Target target) {
		jdbc.sql("delete from follow where follower_id = ? and target_kind = ? and target_key = ?")
			.params(memberId, target.kind().name(), target.key())
			.update();
	}

	@Transactional(readOnly = true)
	public boolean follows(long memberId, Target target) {
		return jdbc.sql("select exists (select 1 from follow where follower_id = ? and target_kind = ? and target_key = ?)")
			.params(memberId, target.kind().name(), target.key())
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public long followers(Target target) {
		return jdbc.sql("select count(*) from follow where target_kind = ? and target_key = ?")
			.params(target.kind().name(), target.key())
			.query(Long.class)
			.single();
	}

	/** What a member follows, newest first, with names (targets that no longer exist are left out). */
	@Transactional(readOnly = true)
	public List<TargetInfo> following(long memberId) {
		return jdbc.sql("select target_kind, target_key from follow where follower_id = ? order by created_at desc")
			.param(memberId)
			.query((rs, i) -> new Target(Target.Kind.valueOf(rs.getString(1)), rs.getString(2)))
			.list()
			.stream()
			.flatMap(t -> {
				try {
					return java.util.stream.Stream.of(describe(t));
				}
				catch (DomainException gone) {
					return java.util.stream.Stream.empty();
				}
			})
			.toList();
	}
}
