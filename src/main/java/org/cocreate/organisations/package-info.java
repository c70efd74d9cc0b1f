/**
 * Organisations — brands, cities, NGOs — and their staff: OWNER, ADMIN, MODERATOR, RESPONDER.
 * Staff join by invitation (by handle or e-mail) which they accept or decline; a platform admin
 * marks an organisation verified. Other modules ask {@link org.cocreate.organisations.Organisations}
 * for a member's role.
 */
@NullMarked
package org.cocreate.organisations;

import org.jspecify.annotations.NullMarked;
