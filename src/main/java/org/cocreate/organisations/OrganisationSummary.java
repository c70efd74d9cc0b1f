package org.cocreate.organisations;

import java.time.Instant;

/** An organisation as pages, the API and other modules show it. */
public record OrganisationSummary(long id, String slug, String name, OrganisationKind kind, String description,
		String descriptionHtml, String website, boolean verified, Instant createdAt) {

	public String path() {
		return "/o/" + slug;
	}
}
