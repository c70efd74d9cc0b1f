package org.cocreate.identity;

import java.time.Instant;
import java.util.List;

/** A member's public profile, as the profile page and {@code /api/v1/members/{handle}} show it. */
public record Profile(MemberSummary member, String bio, String bioHtml, List<String> links, Instant memberSince) {
}
