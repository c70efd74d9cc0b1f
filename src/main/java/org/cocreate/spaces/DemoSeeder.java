package org.cocreate.spaces;

import java.util.List;
import java.util.Random;
import org.cocreate.identity.MemberSummary;

/**
 * Demo data of one module, seeded through its own use cases on the first start in demo mode. The
 * demo module seeds the cast (people, organisations, spaces, follows) and then every seeder, in
 * the order it keeps; each module owns what it adds.
 */
public interface DemoSeeder {

	/** The name the demo module orders seeders by, for example {@code ideas}. */
	String name();

	void seed(Cast cast);

	/**
	 * Who the demo has: its admin, its members (the first ones staff of the demo organisations, as
	 * {@code docs/} describe), one seeded random source so every start seeds the same data, and the
	 * shared demo password.
	 */
	record Cast(Random random, MemberSummary admin, List<MemberSummary> people, String password) {
	}
}
