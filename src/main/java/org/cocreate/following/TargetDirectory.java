package org.cocreate.following;

import java.util.Optional;

/**
 * Implemented by the module that owns a kind of target, so following can check a target exists
 * and show its name without depending on that module.
 */
public interface TargetDirectory {

	/** A target's name and page. */
	record TargetInfo(Target target, String name, String link) {
	}

	Target.Kind kind();

	Optional<TargetInfo> find(String key);
}
