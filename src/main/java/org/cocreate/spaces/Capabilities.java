package org.cocreate.spaces;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The capabilities installed in this application, as their modules declared them. */
@Component
public class Capabilities {

	private final List<Capability> all;

	Capabilities(List<Capability> capabilities) {
		this.all = capabilities.stream().sorted(Comparator.comparing(Capability::id)).toList();
	}

	public List<Capability> all() {
		return all;
	}

	public Optional<Capability> find(String id) {
		return all.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** Only the known ids, in a stable order; unknown ids are what the caller reports as errors. */
	List<String> unknown(Collection<String> ids) {
		return ids.stream().filter(id -> find(id).filter(c -> c.scope() == Capability.Scope.SPACE).isEmpty()).toList();
	}

	List<String> defaults() {
		return inSpaces().stream().filter(Capability::onByDefault).map(Capability::id).toList();
	}

	/** The capabilities a space can switch on (not the platform-wide ones). */
	public List<Capability> inSpaces() {
		return all.stream().filter(c -> c.scope() == Capability.Scope.SPACE).toList();
	}
}
