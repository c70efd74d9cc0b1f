package org.cocreate.spaces;

import java.time.Instant;
import java.util.Set;
import org.cocreate.organisations.OrganisationSummary;
import org.jspecify.annotations.Nullable;

/** A space as pages, the API and other modules see it. */
public record SpaceSummary(long id, String slug, String name, String description, String descriptionHtml,
		Visibility visibility, @Nullable OrganisationSummary organisation, Set<String> capabilities, long members,
		Instant createdAt) {

	public boolean community() {
		return organisation == null;
	}

	public String path() {
		return "/s/" + slug;
	}
}
