package org.cocreate.tags;

import java.util.List;
import java.util.Optional;
import org.cocreate.content.ContentEvent;
import org.cocreate.following.Feed;
import org.cocreate.following.Target;
import org.cocreate.following.TargetDirectory;
import org.cocreate.shared.Hashtags;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Known tags, recorded as activities name them, and how often each is used. */
@Service
public class Tags implements TargetDirectory {

	/** A tag with the number of activities that concern it. */
	public record TagCount(String name, long uses) {
	}

	private final JdbcClient jdbc;

	private final Feed feed;

	Tags(JdbcClient jdbc, Feed feed) {
		this.jdbc = jdbc;
		this.feed = feed;
	}

	@ApplicationModuleListener
	void on(ContentEvent event) {
		if (event.sentence() != null) {
			event.tags().forEach(this::record);
		}
	}

	@Transactional
	public void record(String name) {
		String tag = Hashtags.normalise(name);
		if (Hashtags.isValid(tag)) {
			jdbc.sql("insert into tag (name) values (?) on conflict do nothing").param(tag).update();
		}
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return jdbc.sql("select exists (select 1 from tag where name = ?)").param(Hashtags.normalise(name)).query(Boolean.class).single();
	}

	/**
	 * The most used tags, for the tag directory, as the viewer may see them: a tag used only where
	 * the viewer cannot look (a private space, hidden content) is not listed, and counts include
	 * only the uses the viewer may see.
	 */
	@Transactional(readOnly = true)
	public List<TagCount> popular(@Nullable Long viewerId, int limit) {
		// The counts are the feed's: a tag is used once per activity that concerns it.
		return feed.busiest(Target.Kind.TAG, viewerId, limit).stream().map(c -> new TagCount(c.key(), c.activities())).toList();
	}

	/** Whether the tag has a page for this viewer: it exists and at least one of its uses may be seen. */
	@Transactional(readOnly = true)
	public boolean visible(String name, @Nullable Long viewerId) {
		String tag = Hashtags.normalise(name);
		return exists(tag) && feed.anyVisible(Target.tag(tag), viewerId);
	}

	@Override
	public Target.Kind kind() {
		return Target.Kind.TAG;
	}

	@Override
	public Optional<TargetInfo> find(String key) {
		// a tag used only where anonymous readers cannot look does not exist for following
		return visible(key, null)
				? Optional.of(new TargetInfo(Target.tag(key), "#" + Hashtags.normalise(key), "/tags/" + Hashtags.normalise(key)))
				: Optional.empty();
	}
}
