/** Pages and API of the identity module: sign-up, log-in, settings, profiles, tokens. */
@NullMarked
package org.cocreate.identity.web;

import org.jspecify.annotations.NullMarked;
