package org.cocreate.identity;

import java.time.Instant;
import java.util.List;

/** The signed-in member's own account, including what only they may see. */
public record Account(MemberSummary member, String email, boolean verified, String locale, String bio, List<String> links,
		boolean platformAdmin, Instant memberSince) {
}
