/**
 * Who someone is on Cocreate: sign-up with a verified e-mail address, log-in (throttled),
 * remember-me, password reset, change of e-mail and password, locale, the public profile with
 * its avatar, and personal access tokens for the API. Other modules see members through
 * {@link org.cocreate.identity.Members} and the signed-in {@link org.cocreate.identity.MemberPrincipal}.
 */
@NullMarked
package org.cocreate.identity;

import org.jspecify.annotations.NullMarked;
