/**
 * Outgoing mail. With {@code COCREATE_SMTP_*} set, mail goes to that SMTP server; without, it is
 * kept in a development mailbox page ({@code /dev/mailbox}) that exists only in that mode.
 */
@NullMarked
package org.cocreate.mail;

import org.jspecify.annotations.NullMarked;
