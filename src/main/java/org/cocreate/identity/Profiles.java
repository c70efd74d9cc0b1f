package org.cocreate.identity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.shared.DomainException;
import org.cocreate.shared.Errors;
import org.cocreate.shared.InvalidCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing one's public profile: name, Markdown bio, links and avatar. */
@Service
public class Profiles {

	public record UpdateProfile(String displayName, String bio, List<String> links) {
	}

	static final int MAX_BIO = 5000;

	private final MemberRepository members;

	private final JdbcClient jdbc;

	Profiles(MemberRepository members, JdbcClient jdbc) {
		this.members = members;
		this.jdbc = jdbc;
	}

	@Transactional
	public void update(long memberId, UpdateProfile command) {
		var errors = Errors.none();
		errors.checkLength("displayName", command.displayName(), 1, 80);
		errors.checkLength("bio", command.bio() == null ? "" : command.bio(), 0, MAX_BIO);
		List<String> links = new ArrayList<>();
		for (String link : command.links() == null ? List.<String>of() : command.links()) {
			if (link == null || link.isBlank()) {
				continue;
			}
			if (!validLink(link.strip())) {
				errors.reject("links", "error.link.url", link.strip().length() > 60 ? link.strip().substring(0, 60) + "…" : link.strip());
			}
			links.add(link.strip());
		}
		if (links.size() > Member.MAX_LINKS) {
			errors.reject("links", "error.links.too-many", Member.MAX_LINKS);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommand(errors);
		}
		Member member = load(memberId);
		member.updateProfile(command.displayName(), command.bio() == null ? "" : command.bio(), links);
		members.save(member);
	}

	/** Replaces the avatar with a re-encoded, resized copy of the upload (no metadata survives). */
	@Transactional
	public void changeAvatar(long memberId, byte[] upload) {
		StoredImage avatar = AvatarImages.normalise(upload);
		Member member = load(memberId);
		jdbc.sql("""
				insert into member_avatar (member_id, image, content_type) values (?, ?, ?)
				on conflict (member_id) do update set image = excluded.image, content_type = excluded.content_type, updated_at = now()""")
			.params(memberId, avatar.bytes(), avatar.contentType())
			.update();
		member.avatarChanged();
		members.save(member);
	}

	@Transactional
	public void removeAvatar(long memberId) {
		Member member = load(memberId);
		jdbc.sql("delete from member_avatar where member_id = ?").param(memberId).update();
		member.avatarRemoved();
		members.save(member);
	}

	/** The stored avatar of a member, if they have one. */
	@Transactional(readOnly = true)
	public java.util.Optional<StoredImage> avatar(String handle) {
		return jdbc.sql("""
				select a.image, a.content_type from member_avatar a join member m on m.id = a.member_id
				where lower(m.handle) = lower(?)""")
			.param(handle)
			.query((rs, i) -> new StoredImage(rs.getBytes(1), rs.getString(2)))
			.optional();
	}

	static boolean validLink(String link) {
		if (link.length() > 300) {
			return false;
		}
		try {
			URI uri = URI.create(link);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private Member load(long memberId) {
		return members.findById(memberId).orElseThrow(() -> DomainException.notFound("error.member.not-found"));
	}
}
