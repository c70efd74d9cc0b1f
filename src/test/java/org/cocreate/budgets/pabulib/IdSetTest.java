package org.cocreate.budgets.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IdSetTest {

	@Test
	void agreesWithAHashSetOnManyIdsIncludingEqualHashes() {
		IdSet ids = new IdSet();
		Set<String> reference = new HashSet<>();
		Random random = new Random(7);
		for (int i = 0; i < 200_000; i++) {
			// short ids from a small alphabet repeat often; "Aa" and "BB" have the same hashCode
			String id = random.nextInt(10) == 0 ? (random.nextBoolean() ? "Aa" : "BB")
					: Integer.toString(random.nextInt(150_000), 36) + (random.nextBoolean() ? "" : "é");
			assertThat(ids.add(id)).as(id).isEqualTo(reference.add(id));
		}
		assertThat(ids.size()).isEqualTo(reference.size());
		assertThat(ids.add("")).isTrue();
		assertThat(ids.add("")).isFalse();
	}
}
