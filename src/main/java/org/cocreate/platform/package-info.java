/**
 * How Cocreate runs: the database it talks to (an embedded PostgreSQL it starts itself, or an
 * external server), the checks that keep the production profile honest, and the web plumbing
 * every page shares (locale, security headers, static assets).
 */
@NullMarked
package org.cocreate.platform;

import org.jspecify.annotations.NullMarked;
