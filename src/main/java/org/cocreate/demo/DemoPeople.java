package org.cocreate.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Believable demo members, the same on every machine (a fixed seed). */
final class DemoPeople {

	record Person(String handle, String displayName, String bio, String link, String locale) {
	}

	private static final String[] FIRST = { "Ana", "Ben", "Chloé", "Daniel", "Elif", "Farah", "Gabriel", "Hana", "Ivan",
			"Jade", "Kofi", "Lucía", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samuel", "Tomás", "Uma",
			"Valentina", "Wei", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Carmen", "Diego", "Emma", "Felix", "Greta",
			"Hugo", "Inés", "Jonas", "Keiko", "Leon", "Marta", "Nico", "Olga", "Pablo", "Rania", "Sofia", "Theo", "Vera",
			"Yara", "Zainab", "Marco", "Lena", "Ravi", "Clara" };

	private static final String[] LAST = { "García", "Okafor", "Martin", "Novak", "Yilmaz", "Haddad", "Silva", "Sato",
			"Petrov", "Dubois", "Mensah", "Fernández", "Rossi", "Kowalski", "Nasser", "Sharma", "Lefèvre", "Moreno",
			"Adeyemi", "Ortega", "Iyer", "Romero", "Zhang", "Castillo", "Demir", "Walsh" };

	private static final String[] WHAT = { "Cyclist and weekend bike mechanic", "Primary-school teacher",
			"Retired engineer who fixes everything", "Community gardener", "Product designer", "Nurse on night shifts",
			"Student of urban planning", "Home baker", "Trail runner", "Parent of two, commuter by bus",
			"Small-business owner on Main Street", "Software developer", "Librarian", "Photographer", "Volunteer firefighter" };

	private static final String[] CARE = { "safer bike lanes #cycling", "more trees on every street #greenstreets",
			"repairable gear #repair", "playgrounds that include everyone #accessibility", "zero-waste shopping #zerowaste",
			"better night buses #transit", "local food #localfood", "quiet neighbourhoods #noise", "lighter hiking kit #outdoors",
			"open data from the city #opendata" };

	private DemoPeople() {
	}

	static List<Person> generate(int count) {
		var random = new Random(20271123L);
		var people = new ArrayList<Person>();
		var used = new java.util.HashSet<String>();
		int i = 0;
		while (people.size() < count) {
			String first = FIRST[i % FIRST.length];
			String last = LAST[(i * 7 + i / FIRST.length) % LAST.length];
			i++;
			String handle = ascii(first + "_" + last).toLowerCase(Locale.ROOT);
			if (handle.length() > 30 || !used.add(handle)) {
				continue;
			}
			String bio = "%s. I care about %s and %s.".formatted(WHAT[random.nextInt(WHAT.length)],
					CARE[random.nextInt(CARE.length)], CARE[random.nextInt(CARE.length)]);
			String link = "https://example.org/" + handle;
			people.add(new Person(handle, first + " " + last, bio, link, random.nextInt(4) == 0 ? "es" : "en"));
		}
		return people;
	}

	private static String ascii(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}
}
