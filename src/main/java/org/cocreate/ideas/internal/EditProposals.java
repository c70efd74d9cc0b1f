package org.cocreate.ideas.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.ideas.internal.IdeaPermissions.Action;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Members;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other members propose edits to an idea; its author accepts one (it becomes a new revision by
 * the proposer, who is credited as co-author) or rejects it. A proposal made on an older text than
 * the current one cannot be accepted — it would silently undo the edits made since.
 */
@Service
public class EditProposals {

	/** A proposed new text with a short note for the author. */
	public record ProposeEdit(@Nullable String title, @Nullable String body, @Nullable String note) {
	}

	/** A proposal as the idea page and the API show it. */
	public record ProposalView(long id, long ideaId, MemberSummary proposer, int baseRevision, String title, String body,
			String note, String status, Instant createdAt) {
	}

	private record Row(long id, long ideaId, long proposerId, int baseRevision, String title, String body, String note,
			String status, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final IdeaRepository ideas;

	private final Ideas editing;

	private final IdeaPermissions permissions;

	private final Members members;

	EditProposals(JdbcClient jdbc, IdeaRepository ideas, Ideas editing, IdeaPermissions permissions, Members members) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.editing = editing;
		this.permissions = permissions;
		this.members = members;
	}

	@Transactional
	public long propose(long memberId, long ideaId, ProposeEdit command) {
		Idea idea = ideas.get(ideaId);
		permissions.require(Action.PARTICIPATE, permissions.space(idea, memberId), memberId);
		idea.requireLive();
		if (idea.authorId() == memberId) {
			throw DomainException.conflict("error.proposal.own-idea");
		}
		Errors errors = Idea.validate(command.title(), command.body(), idea.tags());
		String note = command.note() == null ? "" : command.note().strip();
		if (note.length() > 500) {
			errors.reject("note", "error.too-long", 500);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		if (idea.title().equals(command.title().strip()) && idea.body().equals(Objects.requireNonNullElse(command.body(), "").strip())) {
			throw new InvalidCommand(Errors.of("body", "error.proposal.unchanged"));
		}
		return jdbc.sql("""
				insert into idea_edit_proposal (idea_id, proposer_id, base_revision, title, body, note)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(ideaId, memberId, idea.revision(), command.title().strip(), Objects.requireNonNullElse(command.body(), "").strip(), note)
			.query(Long.class)
			.single();
	}

	/** The author accepts: the proposal becomes the next revision, by the proposer, now a co-author. */
	@Transactional
	public void accept(long authorId, long proposalId) {
		Row proposal = pending(proposalId);
		Idea idea = ideas.lock(proposal.ideaId()).getFirst();
		requireAuthor(idea, authorId);
		if (idea.revision() != proposal.baseRevision()) {
			throw DomainException.conflict("error.proposal.stale", String.valueOf(proposal.baseRevision()),
					String.valueOf(idea.revision()));
		}
		List<String> tags = Ideas.tags(proposal.title(), proposal.body(), idea.tags());
		editing.revise(idea, proposal.proposerId(), proposal.title(), proposal.body(), tags);
		decide(proposalId, "ACCEPTED");
		jdbc.sql("insert into idea_coauthor (idea_id, member_id) values (?, ?) on conflict do nothing")
			.params(idea.id(), proposal.proposerId())
			.update();
	}

	@Transactional
	public void reject(long authorId, long proposalId) {
		Row proposal = pending(proposalId);
		requireAuthor(ideas.get(proposal.ideaId()), authorId);
		decide(proposalId, "REJECTED");
	}

	/** The proposals of an idea, newest first. */
	@Transactional(readOnly = true)
	public List<ProposalView> of(long ideaId, @Nullable Long viewerId) {
		permissions.space(ideas.get(ideaId), viewerId);
		List<Row> rows = jdbc.sql("""
				select id, idea_id, proposer_id, base_revision, title, body, note, status, created_at
				from idea_edit_proposal where idea_id = ? order by id desc""")
			.param(ideaId)
			.query((rs, i) -> row(rs))
			.list();
		Map<Long, MemberSummary> proposers = members.summaries(rows.stream().map(Row::proposerId).distinct().toList());
		return rows.stream()
			.map(r -> new ProposalView(r.id(), r.ideaId(), proposers.get(r.proposerId()), r.baseRevision(), r.title(), r.body(),
					r.note(), r.status(), r.createdAt()))
			.toList();
	}

	/** Members whose proposals the author accepted, in the order they were credited. */
	@Transactional(readOnly = true)
	public List<MemberSummary> coAuthors(long ideaId) {
		List<Long> ids = jdbc.sql("select member_id from idea_coauthor where idea_id = ? order by since")
			.param(ideaId)
			.query(Long.class)
			.list();
		Map<Long, MemberSummary> found = members.summaries(ids);
		return ids.stream().filter(found::containsKey).map(found::get).toList();
	}

	private void requireAuthor(Idea idea, long memberId) {
		permissions.space(idea, memberId);
		if (idea.authorId() != memberId) {
			throw DomainException.forbidden("error.proposal.author-only");
		}
		idea.requireLive();
	}

	private Row pending(long proposalId) {
		Row row = jdbc.sql("""
				select id, idea_id, proposer_id, base_revision, title, body, note, status, created_at
				from idea_edit_proposal where id = ? for update""")
			.param(proposalId)
			.query((rs, i) -> row(rs))
			.optional()
			.orElseThrow(() -> DomainException.notFound("error.proposal.not-found", String.valueOf(proposalId)));
		if (!"PENDING".equals(row.status())) {
			throw DomainException.conflict("error.proposal.decided");
		}
		return row;
	}

	private void decide(long proposalId, String status) {
		jdbc.sql("update idea_edit_proposal set status = ?, decided_at = now() where id = ?").params(status, proposalId).update();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
	}
}
