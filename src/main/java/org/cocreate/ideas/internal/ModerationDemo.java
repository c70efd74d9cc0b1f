package org.cocreate.ideas.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.ideas.BoardQuery;
import org.cocreate.ideas.BoardSort;
import org.cocreate.ideas.IdeaBoard;
import org.cocreate.ideas.IdeaViews.IdeaCard;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.moderation.Appeals;
import org.cocreate.moderation.Appeals.Appeal;
import org.cocreate.moderation.Appeals.Decide;
import org.cocreate.moderation.ContentRef;
import org.cocreate.moderation.ModerationActions;
import org.cocreate.moderation.ModerationActions.Act;
import org.cocreate.moderation.ModerationQueue;
import org.cocreate.moderation.Reports;
import org.cocreate.moderation.Reports.Report;
import org.cocreate.moderation.VoteFraud;
import org.cocreate.spaces.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * Moderation in the demo: open reports, a spam comment held for review (a real comment-spam text),
 * a hidden comment with a warning and an appeal decided by another moderator, a suspended spammer,
 * and a ring of new accounts that support the same Acme ideas — all through the use cases.
 */
@Component
class ModerationDemo implements DemoSeeder {

	static final String SPAM = "You could be making $2,000 to $5,000 of extra income every month! I started last month "
			+ "and already earned $3,450 from home. Go to http://easy-income-today.example and click Start — limited places!";

	static final String MORE_SPAM = "Make money online!!! Check out my channel http://cash-fast.example and subscribe, "
			+ "I pay $50 for every friend you bring http://cash-fast.example/ref";

	private final Registration registration;

	private final IdeaBoard board;

	private final Comments comments;

	private final Supports supports;

	private final Reports reports;

	private final ModerationActions actions;

	private final Appeals appeals;

	private final ModerationQueue queue;

	private final VoteFraud voteFraud;

	ModerationDemo(Registration registration, IdeaBoard board, Comments comments, Supports supports, Reports reports,
			ModerationActions actions, Appeals appeals, ModerationQueue queue, VoteFraud voteFraud) {
		this.registration = registration;
		this.board = board;
		this.comments = comments;
		this.supports = supports;
		this.reports = reports;
		this.actions = actions;
		this.appeals = appeals;
		this.queue = queue;
		this.voteFraud = voteFraud;
	}

	/** {@code demo} owns Acme and is a platform admin; {@code acmeModerator} is Acme's MODERATOR. */
	@Override
	public String name() {
		return "moderation";
	}

	@Override
	public void seed(DemoSeeder.Cast cast) {
		seed(cast.admin(), cast.people().get(4), cast.people(), cast.password());
	}

	private void seed(MemberSummary demo, MemberSummary acmeModerator, List<MemberSummary> people, String password) {
		// The seeded supports were all cast seconds ago by accounts made seconds ago; they stand for
		// months of history, so they leave the fraud signals' window (as the ideas' dates were moved back).
		voteFraud.moveRecordedVotesBack(Duration.ofDays(200));

		List<IdeaCard> acme = board.board("acme-ideas", null, BoardQuery.of(BoardSort.NEW)).items();
		List<IdeaCard> transit = board.board("riverton-transit", null, BoardQuery.of(BoardSort.HOT)).items();

		// spam: one held comment waiting in Acme's queue, one rejected with its author suspended
		MemberSummary spammer = account("easy_income_jobs", "Jobs From Home", password);
		comments.comment(spammer.id(), acme.get(0).id(), null, SPAM);
		long rejected = comments.comment(spammer.id(), acme.get(1).id(), null, MORE_SPAM);
		long spamCase = caseOf(acmeModerator, rejected);
		actions.onCase(acmeModerator.id(), spamCase, new Act("REJECT", "Advertising a money scheme with referral links.", null));
		actions.onCase(acmeModerator.id(), spamCase, new Act("SUSPEND", "Two adverts within a minute of signing up.", 7));

		// a rude comment: reported by three members, hidden, its author warned; the author appeals
		MemberSummary rude = people.get(30);
		long comment = comments.comment(rude.id(), acme.get(2).id(), null,
				"Whoever thinks this is a good idea has clearly never left their sofa. Pathetic.");
		for (MemberSummary reporter : people.subList(31, 34)) {
			reports.report(reporter.id(), new Report("idea-comment:" + comment, "HARASSMENT", "Insulting people who agree."));
		}
		long rudeCase = caseOf(acmeModerator, comment);
		long hidden = actions.onCase(acmeModerator.id(), rudeCase,
				new Act("HIDE", "Insults other members instead of discussing the idea.", null));
		actions.onCase(acmeModerator.id(), rudeCase, new Act("WARN", "Please criticise ideas, not people.", null));
		long appeal = appeals.appeal(rude.id(), new Appeal(hidden,
				"It was a joke between friends, but I see how it reads. I would rather edit it than have it hidden."));
		appeals.decide(demo.id(), appeal, new Decide(false,
				"The comment stays hidden; you are welcome to post your criticism again without the insult."));

		// open reports for the queues
		List<MemberSummary> readers = people.subList(35, 45);
		reports.report(reader(readers, transit.get(3), 0), new Report("idea:" + transit.get(3).id(), "OFF_TOPIC",
				"This is about parking, not transit."));
		reports.report(reader(readers, acme.get(4), 1), new Report("idea:" + acme.get(4).id(), "MISINFORMATION",
				"The claimed price of the competitor’s tent is wrong."));
		reports.report(reader(readers, acme.get(4), 2), new Report("idea:" + acme.get(4).id(), "SPAM", ""));

		// a ring of new accounts that support the same six ideas, and two more joining one burst
		var ring = new ArrayList<MemberSummary>();
		for (String handle : List.of("tent_fan_2031", "outdoor_deals_77", "camp_lover_x", "pack_hunter_9", "trail_boost_1",
				"trail_boost_2")) {
			ring.add(account(handle, handle.replace('_', ' '), password));
		}
		for (IdeaCard idea : acme.subList(5, 11)) {
			for (MemberSummary sock : ring.subList(0, 4)) {
				supports.support(sock.id(), idea.id());
			}
		}
		for (MemberSummary sock : ring.subList(4, 6)) {
			supports.support(sock.id(), acme.get(5).id());
		}
	}

	/** The n-th of the readers who did not write the idea (nobody reports their own). */
	private static long reader(List<MemberSummary> readers, IdeaCard idea, int n) {
		return readers.stream().filter(r -> r.id() != idea.author().id()).skip(n).findFirst().orElseThrow().id();
	}

	private MemberSummary account(String handle, String name, String password) {
		return registration.createVerified(new SignUp(handle + "@cocreate.test", handle, name, password, "en"), false);
	}

	private long caseOf(MemberSummary moderator, long commentId) {
		return queue.caseOf(moderator.id(), new ContentRef(CommentModeration.KIND, commentId)).orElseThrow();
	}
}
