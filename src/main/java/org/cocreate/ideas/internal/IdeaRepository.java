package org.cocreate.ideas.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cocreate.ideas.IdeaStatus;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores the {@link Idea} aggregate with explicit SQL. Saving writes only what the
 * aggregate owns (text, status, merge, answer time, deletion) under an optimistic version check;
 * the support and comment counters are left to the statements that change them.
 */
@Repository
public class IdeaRepository {

	private static final String COLUMNS = """
			id, space_id, author_id, title, body, tags, status, merged_into, revision, first_answered_at, created_at,
			deleted_at, version""";

	private final JdbcClient jdbc;

	IdeaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Idea insert(Idea idea) {
		long id = jdbc.sql("""
				insert into idea (space_id, author_id, title, body, tags, status, hot, created_at)
				values (:space, :author, :title, :body, :tags, 'OPEN', idea_hot(0, cast(:created as timestamptz)), :created)
				returning id""")
			.param("space", idea.spaceId())
			.param("author", idea.authorId())
			.param("title", idea.title())
			.param("body", idea.body())
			.param("tags", idea.tags().toArray(String[]::new))
			.param("created", Timestamp.from(idea.createdAt()))
			.query(Long.class)
			.single();
		idea.assignId(id);
		jdbc.sql("insert into idea_revision (idea_id, number, title, body, author_id) values (?, 1, ?, ?, ?)")
			.params(id, idea.title(), idea.body(), idea.authorId())
			.update();
		return idea;
	}

	Optional<Idea> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from idea where id = ?").param(id).query(IdeaRepository::idea).optional();
	}

	public Idea get(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("error.idea.not-found", String.valueOf(id)));
	}

	/** Loads and locks ideas for a change, in id order so that two merges never deadlock. */
	List<Idea> lock(long... ids) {
		long[] sorted = Arrays.stream(ids).sorted().distinct().toArray();
		return Arrays.stream(sorted)
			.mapToObj(id -> jdbc.sql("select " + COLUMNS + " from idea where id = ? for update")
				.param(id)
				.query(IdeaRepository::idea)
				.optional()
				.orElseThrow(() -> DomainException.notFound("error.idea.not-found", String.valueOf(id))))
			.toList();
	}

	void update(Idea idea) {
		int updated = jdbc.sql("""
				update idea set title = :title, body = :body, tags = :tags, status = :status, merged_into = :merged,
				       revision = :revision, first_answered_at = :answered, deleted_at = :deleted, updated_at = now(),
				       version = version + 1
				where id = :id and version = :version""")
			.param("title", idea.title())
			.param("body", idea.body())
			.param("tags", idea.tags().toArray(String[]::new))
			.param("status", idea.status().name())
			.param("merged", idea.mergedInto())
			.param("revision", idea.revision())
			.param("answered", timestamp(idea.firstAnsweredAt()))
			.param("deleted", timestamp(idea.deletedAt()))
			.param("id", idea.id())
			.param("version", idea.version())
			.update();
		if (updated != 1) {
			throw DomainException.conflict("error.idea.changed-meanwhile");
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Idea idea(ResultSet rs, int row) throws SQLException {
		Array tags = rs.getArray("tags");
		long merged = rs.getLong("merged_into");
		Timestamp answered = rs.getTimestamp("first_answered_at");
		Timestamp deleted = rs.getTimestamp("deleted_at");
		return new Idea(rs.getLong("id"), rs.getLong("space_id"), rs.getLong("author_id"), rs.getString("title"),
				rs.getString("body"), tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
				IdeaStatus.valueOf(rs.getString("status")), merged == 0 ? null : merged,
				rs.getInt("revision"), answered == null ? null : answered.toInstant(), rs.getTimestamp("created_at").toInstant(),
				deleted == null ? null : deleted.toInstant(), rs.getInt("version"));
	}
}
