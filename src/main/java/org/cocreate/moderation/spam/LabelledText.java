package org.cocreate.moderation.spam;

import java.util.Objects;

/**
 * A comment whose class is known, and where it came from. The source groups examples for
 * cross-validation: examples from one video (or one batch of moderators' decisions) resemble each
 * other more than they resemble the rest, so the threshold is chosen on sources held out whole.
 *
 * @param text the comment as written
 * @param spam whether it is spam
 * @param source where the example came from, such as a training file's name
 */
public record LabelledText(String text, boolean spam, String source) {

	public LabelledText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
	}
}
