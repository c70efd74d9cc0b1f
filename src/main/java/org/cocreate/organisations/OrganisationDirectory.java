package org.cocreate.organisations;

import java.util.Optional;
import org.cocreate.following.Target;
import org.cocreate.following.TargetDirectory;
import org.springframework.stereotype.Component;

/** Lets members follow organisations. */
@Component
class OrganisationDirectory implements TargetDirectory {

	private final Organisations organisations;

	OrganisationDirectory(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public Target.Kind kind() {
		return Target.Kind.ORGANISATION;
	}

	@Override
	public Optional<TargetInfo> find(String key) {
		return organisations.find(key).map(o -> new TargetInfo(Target.organisation(o.slug()), o.name(), o.path()));
	}
}
