package org.cocreate.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data is still being seeded. The web server answers before the application is
 * ready, and the demo is seeded when it becomes ready (on the first start, for half a minute):
 * until then a visitor would see an empty site. While seeding may be going on, pages say the
 * demo data is on its way ({@code PageModel}), and this health indicator, part of the readiness
 * group ({@code management.endpoint.health.group.readiness}), keeps
 * {@code /actuator/health/readiness} at {@code OUT_OF_SERVICE} (503).
 * <p>
 * In demo mode, seeding counts as going on from the start until Spring Boot declares the
 * application ready (after every ready-event listener, the seeder among them, has returned); a
 * seeder that runs elsewhere (another thread) wraps its work in {@link #during}.
 */
@Component
public class DemoSeeding implements HealthIndicator {

	private volatile boolean starting;

	private final AtomicInteger running = new AtomicInteger();

	DemoSeeding(DemoMode demo) {
		this.starting = demo.enabled();
	}

	/** Runs the seeding work, counted as in progress until it returns. */
	public void during(Runnable seeding) {
		running.incrementAndGet();
		try {
			seeding.run();
		}
		finally {
			running.decrementAndGet();
		}
	}

	public boolean inProgress() {
		return starting || running.get() > 0;
	}

	@EventListener
	void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			starting = false;
		}
	}

	@Override
	public Health health() {
		return inProgress() ? Health.outOfService().withDetail("demoData", "seeding").build() : Health.up().build();
	}
}
