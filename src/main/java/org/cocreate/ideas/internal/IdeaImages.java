package org.cocreate.ideas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.Images;
import org.cocreate.shared.InvalidCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures on ideas: up to {@link #MAX_PER_IDEA}, each checked and re-encoded by {@link Images}
 * (bytes sniffed, dimensions checked before decoding, drawn anew as JPEG no larger than
 * {@link #MAX_SIDE} pixels), added and removed by the idea's author. Whoever may read the idea
 * may see them.
 */
@Service
public class IdeaImages {

	public static final int MAX_PER_IDEA = 4;

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_SIDE = 1600;

	static final Images.Rules RULES = new Images.Rules("images", "error.idea-image", MAX_BYTES, 8000);

	/** An image as pages and the API list it. */
	public record ImageRef(long id, int position, int width, int height, String alt, String url) {
	}

	/** An image's bytes, to serve. */
	public record ImageFile(byte[] bytes, String contentType) {
	}

	private final JdbcClient jdbc;

	private final IdeaRepository ideas;

	private final IdeaPermissions permissions;

	IdeaImages(JdbcClient jdbc, IdeaRepository ideas, IdeaPermissions permissions) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.permissions = permissions;
	}

	/**
	 * Checks and re-encodes uploads before anything is stored: all are refused if one is, with
	 * the position of the one that failed, and more than {@link #MAX_PER_IDEA} are refused.
	 */
	static List<Images.Encoded> prepare(List<byte[]> uploads, int alreadyThere) {
		if (alreadyThere + uploads.size() > MAX_PER_IDEA) {
			throw new InvalidCommand(Errors.of("images", "error.idea-image.too-many", MAX_PER_IDEA));
		}
		var prepared = new ArrayList<Images.Encoded>();
		for (byte[] upload : uploads) {
			prepared.add(Images.jpeg(Images.fit(Images.decode(upload, RULES), MAX_SIDE), 0.85f));
		}
		return prepared;
	}

	/** Stores prepared images after the ones the idea has; called inside the posting or adding transaction. */
	void store(long ideaId, long memberId, List<Images.Encoded> images, String alt) {
		int next = jdbc.sql("select coalesce(max(position), 0) + 1 from idea_image where idea_id = ?")
			.param(ideaId)
			.query(Integer.class)
			.single();
		for (Images.Encoded image : images) {
			jdbc.sql("""
					insert into idea_image (idea_id, position, bytes, content_type, width, height, alt, added_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(ideaId, next++, image.bytes(), image.contentType(), image.width(), image.height(),
						alt.length() > 300 ? alt.substring(0, 300) : alt, memberId)
				.update();
		}
	}

	/** The author adds pictures to their idea (up to four in all). */
	@Transactional
	public List<ImageRef> add(long memberId, long ideaId, List<byte[]> uploads, @Nullable String alt) {
		Idea idea = ideas.lock(ideaId).getFirst();
		permissions.space(idea, memberId);
		requireAuthor(idea, memberId);
		if (uploads.isEmpty()) {
			throw new InvalidCommand(Errors.of("images", "error.idea-image.empty"));
		}
		store(ideaId, memberId, prepare(uploads, count(ideaId)), alt == null ? "" : alt.strip());
		return of(ideaId);
	}

	/** The author removes one picture; the others keep their order. */
	@Transactional
	public void remove(long memberId, long ideaId, long imageId) {
		Idea idea = ideas.lock(ideaId).getFirst();
		permissions.space(idea, memberId);
		requireAuthor(idea, memberId);
		int removed = jdbc.sql("delete from idea_image where id = ? and idea_id = ?").params(imageId, ideaId).update();
		if (removed == 0) {
			throw DomainException.notFound("error.idea-image.not-found");
		}
	}

	/** The pictures of an idea, in order (for pages and the API, after the idea itself was checked visible). */
	@Transactional(readOnly = true)
	public List<ImageRef> of(long ideaId) {
		return jdbc.sql("select id, position, width, height, alt from idea_image where idea_id = ? order by position")
			.param(ideaId)
			.query((rs, i) -> new ImageRef(rs.getLong("id"), rs.getInt("position"), rs.getInt("width"),
					rs.getInt("height"), rs.getString("alt"), "/ideas/" + ideaId + "/images/" + rs.getLong("id")))
			.list();
	}

	/** One picture's bytes, if the viewer may read the idea. */
	@Transactional(readOnly = true)
	public ImageFile file(long ideaId, long imageId, @Nullable Long viewerId) {
		Idea idea = ideas.get(ideaId);
		permissions.space(idea, viewerId);
		if (idea.deleted()) {
			throw DomainException.notFound("error.idea-image.not-found");
		}
		Optional<ImageFile> file = jdbc.sql("select bytes, content_type from idea_image where id = ? and idea_id = ?")
			.params(imageId, ideaId)
			.query((rs, i) -> new ImageFile(rs.getBytes(1), rs.getString(2)))
			.optional();
		return file.orElseThrow(() -> DomainException.notFound("error.idea-image.not-found"));
	}

	private int count(long ideaId) {
		return jdbc.sql("select count(*) from idea_image where idea_id = ?").param(ideaId).query(Integer.class).single();
	}

	private static void requireAuthor(Idea idea, long memberId) {
		if (idea.deleted()) {
			throw DomainException.conflict("error.idea.deleted");
		}
		if (idea.authorId() != memberId) {
			throw DomainException.forbidden("error.idea-image.author-only");
		}
	}
}
