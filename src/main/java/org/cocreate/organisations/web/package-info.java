/** Pages and API of organisations, staff and invitations. */
@NullMarked
package org.cocreate.organisations.web;

import org.jspecify.annotations.NullMarked;
