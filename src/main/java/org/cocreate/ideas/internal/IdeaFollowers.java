package org.cocreate.ideas.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows an idea. Posting, supporting and commenting follow it automatically; turning it
 * off is remembered, so a later support does not switch it back on.
 */
@Component
public class IdeaFollowers {

	private final JdbcClient jdbc;

	IdeaFollowers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void autoFollow(long ideaId, long memberId) {
		jdbc.sql("insert into idea_follower (idea_id, member_id) values (?, ?) on conflict do nothing")
			.params(ideaId, memberId)
			.update();
	}

	@Transactional
	void set(long ideaId, long memberId, boolean active) {
		jdbc.sql("""
				insert into idea_follower (idea_id, member_id, active) values (?, ?, ?)
				on conflict (idea_id, member_id) do update set active = excluded.active""")
			.params(ideaId, memberId, active)
			.update();
	}

	public boolean follows(long ideaId, long memberId) {
		return jdbc.sql("select exists (select 1 from idea_follower where idea_id = ? and member_id = ? and active)")
			.params(ideaId, memberId)
			.query(Boolean.class)
			.single();
	}

	/** The members who follow an idea and have not turned it off: they are told when it is answered. */
	List<Long> active(long ideaId) {
		return jdbc.sql("select member_id from idea_follower where idea_id = ? and active").param(ideaId).query(Long.class).list();
	}

	long count(long ideaId) {
		return jdbc.sql("select count(*) from idea_follower where idea_id = ? and active").param(ideaId).query(Long.class).single();
	}

	/** A merge: the duplicate's followers follow the target (a choice made on the target wins). */
	void moveAll(long fromIdea, long toIdea) {
		jdbc.sql("""
				insert into idea_follower (idea_id, member_id, active, since)
				select ?, member_id, active, since from idea_follower where idea_id = ?
				on conflict do nothing""")
			.params(toIdea, fromIdea)
			.update();
		jdbc.sql("delete from idea_follower where idea_id = ?").param(fromIdea).update();
	}
}
