package org.cocreate.mail;

/** A plain-text message to one recipient. */
public record OutgoingMail(String to, String subject, String body) {
}
