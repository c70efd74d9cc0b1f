package org.cocreate.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cocreate.identity.Members;
import org.cocreate.moderation.AuditLog.Subject;
import org.cocreate.moderation.ModerationEvents.ContentHeld;
import org.cocreate.moderation.spam.SpamClassifier;
import org.cocreate.moderation.spam.SpamTrainer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spam defence for content modules. Before storing a post, a module asks {@link #screen}; when
 * the answer is {@link Screening#held()}, it stores the post as held (not published: not listed,
 * not in feeds, shown to its author as "held for review") and then calls {@link #hold}, which puts
 * it in the moderators' queue and tells the author. Nothing is ever dropped silently.
 *
 * <p>The classifier's probability is combined with signals: two or more links, the same text
 * already posted by the member in the last 7 days, 10 or more posts in 10 minutes, and (weaker,
 * since every newcomer has it) an account younger than a day. A post is held when the probability
 * reaches {@code spam-sure-probability} (0.9); or {@code spam-hold-probability} (0.5) with one of
 * the first three signals; or halfway between the two (0.7) from a new account; or when it is at
 * least the third copy of the same text within 7 days and has a link or a
 * probability of at least 0.2 (copy-and-paste promotion; a member who says "+1, me too" on three
 * ideas is not held).
 */
@Service
public class SpamGuard {

	/** The verdict on one post: held or not, the classifier's probability and the signals seen. */
	public record Screening(boolean held, double score, List<String> signals) {
	}

	static final Duration REPEAT_WINDOW = Duration.ofDays(7);

	static final Duration RATE_WINDOW = Duration.ofMinutes(10);

	static final int FAST_POSTS = 10;

	/** From this probability, a third copy of the same text is held even below the usual threshold. */
	static final double COPY_PASTE_PROBABILITY = 0.2;

	private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)[^\\s)\\]]{1,300}");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final JdbcClient jdbc;

	private final Members members;

	private final ContentKinds kinds;

	private final Cases cases;

	private final AuditLog log;

	private final ModerationSettings settings;

	private final ApplicationEventPublisher events;

	private volatile @Nullable SpamClassifier classifier;

	SpamGuard(JdbcClient jdbc, Members members, ContentKinds kinds, Cases cases, AuditLog log,
			ModerationSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.members = members;
		this.kinds = kinds;
		this.cases = cases;
		this.log = log;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * Judges a post by {@code authorId} before it is stored, and remembers its fingerprint for the
	 * repetition and rate signals. Call it in the transaction that stores the post.
	 */
	@Transactional
	public Screening screen(long authorId, String text) {
		double score = classifier().spamProbability(text);
		String normal = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		boolean longText = normal.length() >= 20;
		String fingerprint = fingerprint(normal);
		var signals = new ArrayList<String>();
		long links = LINK.matcher(text).results().count();
		if (links >= 2) {
			signals.add("links:" + links);
		}
		// one read for both signals: copies of this text within REPEAT_WINDOW, and posts within RATE_WINDOW
		long[] seen = jdbc.sql("""
				select count(*) filter (where fingerprint = :fingerprint and long_text),
				       count(*) filter (where created_at > now() - make_interval(secs => :rate))
				from moderation_post where member_id = :member and created_at > now() - make_interval(secs => :repeat)""")
			.param("fingerprint", fingerprint)
			.param("member", authorId)
			.param("rate", RATE_WINDOW.toSeconds())
			.param("repeat", REPEAT_WINDOW.toSeconds())
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		long copies = longText ? seen[0] : 0;
		if (copies > 0) {
			signals.add("repeated:" + copies);
		}
		Duration age = Duration.between(members.account(authorId).memberSince(), Instant.now());
		boolean newAccount = age.compareTo(Duration.ofDays(1)) < 0;
		if (newAccount) {
			signals.add("new-account:" + age.toHours());
		}
		long recent = seen[1];
		if (recent >= FAST_POSTS) {
			signals.add("fast-posting:" + recent);
		}
		jdbc.sql("insert into moderation_post (member_id, fingerprint, long_text) values (?, ?, ?)")
			.params(authorId, fingerprint, longText)
			.update();
		// a new account alone is a weak signal (every newcomer has one): it needs a clearer score
		boolean strongSignal = signals.size() > (newAccount ? 1 : 0);
		double newcomerProbability = (settings.spamHoldProbability() + settings.spamSureProbability()) / 2;
		boolean copyPaste = copies >= 2 && (links > 0 || score >= COPY_PASTE_PROBABILITY);
		boolean held = score >= settings.spamSureProbability()
				|| score >= settings.spamHoldProbability() && strongSignal
				|| score >= newcomerProbability && newAccount || copyPaste;
		return new Screening(held, score, List.copyOf(signals));
	}

	/**
	 * Puts stored, held content in its space's queue, logs the hold and tells the author.
	 * Call it after storing the content as held, in the same transaction.
	 */
	@Transactional
	public void hold(ContentRef ref, Screening screening) {
		ContentSnapshot content = kinds.snapshot(ref);
		Cases.Case kase = cases.openAndLock(content);
		cases.assessed(kase.id(), screening.score(), screening.signals());
		String details = String.format(Locale.ROOT, "score=%.2f %s", screening.score(), String.join(" ", screening.signals()));
		long action = log.record(null, ActionType.HOLD, Subject.of(kase), "moderation.reason.held", null, details.strip());
		events.publishEvent(new ContentHeld(action, ref, content.authorId(), "moderation.reason.held", content.link(),
				Instant.now()));
	}

	/**
	 * Forgets posts older than the longest signal window ({@link #REPEAT_WINDOW}): no signal reads
	 * them, so the table holds about a week of posts rather than every post ever made.
	 */
	@Scheduled(fixedDelayString = "${cocreate.moderation.forget-posts-ms:3600000}", initialDelay = 60_000)
	@Transactional
	public int forgetOldPosts() {
		return jdbc.sql("delete from moderation_post where created_at < now() - make_interval(secs => ?)")
			.param(Math.max(REPEAT_WINDOW.toSeconds(), RATE_WINDOW.toSeconds()))
			.update();
	}

	/** The model, trained on first use from the shipped comments plus every example moderators labelled. */
	SpamClassifier classifier() {
		SpamClassifier current = classifier;
		if (current == null) {
			synchronized (this) {
				current = classifier;
				if (current == null) {
					SpamTrainer trainer = SpamTrainer.withShippedData();
					jdbc.sql("select text, spam from spam_example order by id")
						.query((rs, i) -> trainer.learn(rs.getString(1), rs.getBoolean(2)))
						.list();
					current = trainer.train();
					classifier = current;
				}
			}
		}
		return current;
	}

	/** Stores a moderator's decision on held content as a labelled example for the next training. */
	void label(ContentRef ref, String text, boolean spam, long actionId) {
		jdbc.sql("insert into spam_example (text, spam, content_kind, content_id, action_id) values (?, ?, ?, ?, ?)")
			.params(text, spam, ref.kind(), ref.id(), actionId)
			.update();
	}

	static String fingerprint(String normal) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(normal.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
