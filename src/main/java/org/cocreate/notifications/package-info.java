/**
 * In-app notifications. Any module publishes events implementing
 * {@link org.cocreate.notifications.Notice}; each named recipient finds them in their inbox at
 * {@code /notifications} (and {@code /api/v1/notifications}), with an unread count in the header.
 */
@NullMarked
package org.cocreate.notifications;

import org.jspecify.annotations.NullMarked;
