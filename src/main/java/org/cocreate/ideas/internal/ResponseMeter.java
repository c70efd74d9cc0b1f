package org.cocreate.ideas.internal;

import java.time.Duration;
import org.cocreate.organisations.OrganisationSummary;
import org.cocreate.organisations.Organisations;
import org.cocreate.spaces.SpaceSummary;
import org.cocreate.spaces.Spaces;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well an organisation keeps its spaces' promise, in public: of the ideas in its public
 * spaces that reached their space's support threshold, how many were answered within the
 * promised days, answered late, are overdue, or still within time; and the median time from
 * reaching the threshold to the first answer.
 */
@Service
public class ResponseMeter {

	/** The meter of one organisation. {@code medianToFirstAnswer} is null when nothing was answered yet. */
	public record Reading(OrganisationSummary organisation, long reached, long answeredOnTime, long answeredLate,
			long overdue, long waiting, @Nullable Duration medianToFirstAnswer) {

		/** Answered on time, as a whole percentage of those whose time is up or that were answered. */
		public int onTimePercent() {
			long judged = answeredOnTime + answeredLate + overdue;
			return judged == 0 ? 100 : (int) Math.round(100.0 * answeredOnTime / judged);
		}
	}

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final Spaces spaces;

	ResponseMeter(JdbcClient jdbc, Organisations organisations, Spaces spaces) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.spaces = spaces;
	}

	@Transactional(readOnly = true)
	public Reading of(String organisationSlug) {
		OrganisationSummary organisation = organisations.bySlug(organisationSlug);
		// public spaces only: what anyone may see is what the meter counts
		Long[] spaceIds = spaces.ofOrganisation(organisationSlug, null).stream().map(SpaceSummary::id).toArray(Long[]::new);
		return jdbc.sql("""
				select count(*) as reached,
				       count(*) filter (where i.first_answered_at <= i.answer_due_at) as on_time,
				       count(*) filter (where i.first_answered_at > i.answer_due_at) as late,
				       count(*) filter (where i.first_answered_at is null and i.answer_due_at < now()) as overdue,
				       count(*) filter (where i.first_answered_at is null and i.answer_due_at >= now()) as waiting,
				       extract(epoch from percentile_cont(0.5) within group (order by i.first_answered_at - i.threshold_reached_at)
				           filter (where i.first_answered_at is not null)) as median_seconds
				from idea i
				where i.space_id = any(?) and i.deleted_at is null and i.threshold_reached_at is not null""")
			.param(spaceIds)
			.query((rs, n) -> {
				double median = rs.getDouble("median_seconds");
				boolean none = rs.wasNull();
				return new Reading(organisation, rs.getLong("reached"), rs.getLong("on_time"), rs.getLong("late"),
						rs.getLong("overdue"), rs.getLong("waiting"), none ? null : Duration.ofSeconds(Math.max(0, (long) median)));
			})
			.single();
	}
}
