/**
 * Moderation: keeping the conversations on Cocreate worth having. This module will host member
 * reports, the moderators' review queues and the appeals against their decisions; for now it holds
 * the spam classifier ({@link org.cocreate.moderation.SpamCommand} on the command line), a small
 * text model trained at start-up from labelled comments shipped with the application, to which
 * moderators' decisions can later be fed back as further labelled examples.
 */
@org.jspecify.annotations.NullMarked
package org.cocreate.moderation;
