package org.cocreate.organisations;

import java.time.Instant;
import org.cocreate.identity.MemberSummary;

/** A member of an organisation's staff with their role. */
public record StaffMember(MemberSummary member, StaffRole role, Instant since) {
}
