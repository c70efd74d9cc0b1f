package org.cocreate.spaces;

import java.util.Optional;
import java.util.Set;
import org.cocreate.content.SpaceAudience;
import org.cocreate.following.Target;
import org.cocreate.following.TargetDirectory;
import org.springframework.stereotype.Component;

/** Lets members follow public and unlisted spaces, and tells the feed who may see private ones. */
@Component
class SpaceDirectory implements TargetDirectory, SpaceAudience {

	private final Spaces spaces;

	SpaceDirectory(Spaces spaces) {
		this.spaces = spaces;
	}

	@Override
	public Target.Kind kind() {
		return Target.Kind.SPACE;
	}

	@Override
	public Optional<TargetInfo> find(String key) {
		return spaces.find(key, null)
			.map(s -> new TargetInfo(Target.space(s.slug()), s.name(), s.path()));
	}

	@Override
	public boolean canSee(long memberId, String spaceSlug) {
		return spaces.find(spaceSlug, memberId).isPresent();
	}

	@Override
	public Set<String> readableSpaces(long memberId) {
		return spaces.readableSlugs(memberId);
	}
}
