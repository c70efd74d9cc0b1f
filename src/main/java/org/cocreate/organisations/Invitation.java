package org.cocreate.organisations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation to join an organisation's staff, as the invitee and the organisation's admins see it. */
public record Invitation(long id, OrganisationSummary organisation, @Nullable String inviteeHandle,
		@Nullable String inviteeEmail, StaffRole role, String status, String invitedByHandle, Instant createdAt) {
}
