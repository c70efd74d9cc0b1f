package org.cocreate.budgets.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves budgets on by their dates, every half minute. Each budget moves in its own transaction
 * with its row locked, so several application nodes doing this at once move it once. Ballots
 * check the voting end date themselves, so none is accepted after it even before this runs.
 */
@Component
class DueBudgets {

	private static final Logger log = LoggerFactory.getLogger(DueBudgets.class);

	private final Budgets budgets;

	DueBudgets(Budgets budgets) {
		this.budgets = budgets;
	}

	@Scheduled(fixedDelayString = "${cocreate.budgets.due-check-ms:30000}", initialDelay = 10_000)
	void moveDueBudgets() {
		Instant now = Instant.now();
		for (long id : budgets.due(now)) {
			try {
				budgets.catchUp(id, now);
			}
			catch (RuntimeException ex) {
				log.warn("Budget {} could not move on by its dates: {}", id, ex.toString());
			}
		}
	}
}
