package org.cocreate.budgets.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class PbReaderTest {

	private static final String META = """
			META
			key;value
			description;test
			num_projects;3
			num_votes;3
			budget;1000
			vote_type;approval
			rule;greedy
			""";

	private static final String PROJECTS = """
			PROJECTS
			project_id;cost;votes;name
			1;500;2;First
			2;400;2;"Second; with ""quotes""\"
			3;300;1;Third
			""";

	private static final String VOTES = """
			VOTES
			voter_id;vote;age
			v1;1,2;30
			v2;2,1;
			v3;3;51
			""";

	private static final String VALID = META + PROJECTS + VOTES;

	private final PbReader reader = new PbReader();

	@Test
	void readsSectionsQuotesAndOptionalColumns() throws Exception {
		PbInstance instance = this.reader.read(VALID);
		assertThat(instance.meta()).containsEntry("budget", "1000").containsEntry("rule", "greedy");
		assertThat(instance.budget()).isEqualByComparingTo("1000");
		assertThat(instance.projectColumns()).containsExactly("project_id", "cost", "votes", "name");
		assertThat(instance.projects()).extracting(PbProject::id).containsExactly("1", "2", "3");
		assertThat(instance.projectValue(instance.projects().get(1), "name")).isEqualTo("Second; with \"quotes\"");
		assertThat(instance.votes()).hasSize(3);
		assertThat(instance.votes().get(1).projectIds()).containsExactly("2", "1");
		assertThat(instance.votes().get(1).values()).containsExactly("v2", "2,1", "");
		assertThat(instance.votes().get(0).points()).isNull();
	}

	@Test
	void acceptsCrlfByteOrderMarkBlankLinesAndBlanksAroundFields() throws Exception {
		String text = "\uFEFF" + VALID.replace("\n", "\r\n").replace("budget;1000", "budget; 1000 ") + "\r\n\r\n";
		PbInstance instance = this.reader.read(text);
		assertThat(instance.budget()).isEqualByComparingTo("1000");
		assertThat(instance.votes()).hasSize(3);
		assertThat(instance).isEqualTo(this.reader.read(VALID.replace("budget;1000", "budget;1000")));
	}

	@Test
	void quotedFieldsMaySpanLines() throws Exception {
		PbInstance instance = this.reader.read(VALID.replace("3;300;1;Third", "3;300;1;\"Third\nline\""));
		assertThat(instance.projectValue(instance.projects().get(2), "name")).isEqualTo("Third\nline");
	}

	@Test
	void readsPointsForCumulativeBallots() throws Exception {
		String text = META.replace("vote_type;approval", "vote_type;cumulative") + PROJECTS + """
				VOTES
				voter_id;vote;points
				v1;1,2;3,2
				v2;3;5
				""";
		PbInstance instance = this.reader.read(text);
		assertThat(instance.votes().get(0).points()).containsExactly(new BigDecimal("3"), new BigDecimal("2"));
	}

	@Test
	void readsUtf8Bytes() throws Exception {
		byte[] bytes = VALID.replace("First", "Zielony skwerek – Łódź").getBytes(StandardCharsets.UTF_8);
		PbInstance instance = this.reader.read(new ByteArrayInputStream(bytes));
		assertThat(instance.projectValue(instance.projects().get(0), "name")).isEqualTo("Zielony skwerek – Łódź");
	}

	// ---- malformed input: one exception type, naming line and field ----

	@Test
	void missingMetaSection() {
		assertFails(PROJECTS + VOTES, 1, "META", "expected section META");
		assertFails("", 1, "META", "missing section META");
	}

	@Test
	void missingProjectsSection() {
		assertFails(META + VOTES, 9, "PROJECTS", "expected section PROJECTS");
		assertFails(META, 9, "PROJECTS", "missing section PROJECTS");
	}

	@Test
	void missingVotesSection() {
		assertFails(META + PROJECTS, 14, "VOTES", "missing section VOTES");
	}

	@Test
	void sectionTwice() {
		assertFails(VALID + "META\n", 19, null, "each section may appear only once");
	}

	@Test
	void missingHeader() {
		assertFails(META + "PROJECTS\nVOTES\nvoter_id;vote\n", 10, "PROJECTS", "missing header");
		assertFails("META\nkey;val\nbudget;1\n" + PROJECTS + VOTES, 2, "META", "key;value");
	}

	@Test
	void requiredColumnsAndMetaKeys() {
		assertFails(VALID.replace("project_id;cost;votes;name", "project_id;price;votes;name"), 10, "cost",
				"required column");
		assertFails(VALID.replace("voter_id;vote;age", "voter;vote;age"), 15, "voter_id", "required column");
		assertFails(VALID.replace("budget;1000\n", ""), 8, "budget", "required META key");
		assertFails(VALID.replace("vote_type;approval\n", ""), 8, "vote_type", "required META key");
	}

	@Test
	void unknownProjectInVote() {
		assertFails(VALID.replace("v3;3;51", "v3;3,9;51"), 18, "vote", "unknown project id \"9\"");
	}

	@Test
	void aProjectTwiceInOneVoteCountsOnceWithAWarning() throws Exception {
		PbInstance clean = this.reader.read(VALID);
		assertThat(clean.warnings()).isEmpty();
		PbInstance instance = this.reader.read(VALID.replace("v2;2,1;", "v2;2,1,2;").replace("v3;3;51", "v3;3,3;51"));
		assertThat(instance.votes().get(1).projectIds()).containsExactly("2", "1");
		assertThat(instance.votes().get(2).projectIds()).containsExactly("3");
		assertThat(instance.warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo(PbWarning.REPEATED_PROJECT);
			assertThat(w.count()).isEqualTo(2);
			assertThat(w.firstLine()).isEqualTo(17);
			assertThat(w.example()).isEqualTo("2");
			assertThat(w.describe()).contains("2 ballots", "line 17", "project \"2\"", "counted once");
		});
		// points: the first mention's points count
		String cumulative = VALID.replace("approval", "cumulative")
			.replace("voter_id;vote;age\nv1;1,2;30\nv2;2,1;\nv3;3;51",
					"voter_id;vote;points\nv1;1,2,1;3,2,5\nv2;2;1\nv3;3;1");
		PbVote vote = this.reader.read(cumulative).votes().get(0);
		assertThat(vote.projectIds()).containsExactly("1", "2");
		assertThat(vote.points()).containsExactly(new BigDecimal("3"), new BigDecimal("2"));
		// what cannot be read is still refused
		assertFails(VALID.replace("v3;3;51", "v3;3,3,9;51"), 18, "vote", "unknown project id \"9\"");
	}

	@Test
	void limitsOnProjectsAndVotersAreCheckedAsTheFileIsRead() throws Exception {
		assertThat(new PbReader(1 << 20, 3, 3).read(VALID).votes()).hasSize(3);
		assertThatThrownBy(() -> new PbReader(1 << 20, 2, 3).read(VALID)).isInstanceOfSatisfying(
				PabulibLimitException.class, ex -> {
					assertThat(ex.what()).isEqualTo(PabulibLimitException.What.PROJECTS);
					assertThat(ex.limit()).isEqualTo(2);
					assertThat(ex.line()).isEqualTo(13);
					assertThat(ex.getMessage()).contains("more than 2 projects");
				});
		List<String> seen = new java.util.ArrayList<>();
		assertThatThrownBy(() -> new PbReader(1 << 20, 3, 2).stream(
				new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)), new PbReader.Handler() {

					@Override
					public void header(PbInstance header) {
						seen.add("header " + header.projects().size() + " " + header.votes().size());
					}

					@Override
					public void vote(PbVote vote) {
						seen.add(vote.voterId());
					}
				})).isInstanceOfSatisfying(PabulibLimitException.class, ex -> {
					assertThat(ex.what()).isEqualTo(PabulibLimitException.What.VOTERS);
					assertThat(ex.line()).isEqualTo(18);
				});
		// the header first, then the votes one by one until the limit is crossed
		assertThat(seen).containsExactly("header 3 0", "v1", "v2");
	}

	@Test
	void negativeCost() {
		assertFails(VALID.replace("3;300;1;Third", "3;-300;1;Third"), 13, "cost", "negative cost -300");
	}

	@Test
	void negativeBudget() {
		assertFails(VALID.replace("budget;1000", "budget;-1"), 6, "budget", "negative budget");
	}

	@Test
	void duplicateVoterId() {
		assertFails(VALID.replace("v3;3;51", "v1;3;51"), 18, "voter_id", "duplicate voter id \"v1\"");
	}

	@Test
	void duplicateProjectId() {
		assertFails(VALID.replace("3;300;1;Third", "1;300;1;Third"), 13, "project_id", "duplicate project id \"1\"");
	}

	@Test
	void duplicateMetaKeyAndColumn() {
		assertFails(VALID.replace("rule;greedy", "budget;5"), 8, "budget", "appears twice");
		assertFails(VALID.replace("project_id;cost;votes;name", "project_id;cost;votes;cost"), 10, "cost",
				"appears twice");
	}

	@Test
	void nonNumericNumbers() {
		assertFails(VALID.replace("3;300;1;Third", "3;3OO;1;Third"), 13, "cost", "not a number: \"3OO\"");
		assertFails(VALID.replace("3;300;1;Third", "3;300,5;1;Third"), 13, "cost", "not a number");
		assertFails(VALID.replace("budget;1000", "budget;1e3"), 6, "budget", "not a number");
		assertFails(VALID.replace("num_votes;3", "num_votes;three"), 5, "num_votes", "not a number");
		assertFails(VALID.replace("1;500;2;First", "1;500;two;First"), 11, "votes", "not a number");
		String cumulative = META.replace("vote_type;approval", "vote_type;cumulative") + PROJECTS
				+ "VOTES\nvoter_id;vote;points\nv1;1,2;3,x\n";
		assertFails(cumulative, 16, "points", "not a number: \"x\"");
	}

	@Test
	void pointsMustMatchVotes() {
		String head = META.replace("vote_type;approval", "vote_type;cumulative") + PROJECTS;
		assertFails(head + "VOTES\nvoter_id;vote;points\nv1;1,2;3\n", 16, "points", "1 points for 2 projects");
		assertFails(head + "VOTES\nvoter_id;vote\nv1;1,2\n", 16, "points", "needs points");
		assertFails(head + "VOTES\nvoter_id;vote;points\nv1;1,2;3,-1\n", 16, "points", "negative points");
	}

	@Test
	void wrongColumnCounts() {
		assertFails(VALID.replace("3;300;1;Third", "3;300;1"), 13, "PROJECTS", "expected 4 fields but found 3");
		assertFails(VALID.replace("v3;3;51", "v3;3;51;extra"), 18, "VOTES", "expected 3 fields but found 4");
		assertFails(VALID.replace("rule;greedy", "rule;greedy;x"), 8, "META", "expected 2 fields but found 3");
	}

	@Test
	void unterminatedQuote() {
		assertFails(VALID.replace("3;300;1;Third", "3;300;1;\"Third"), 13, null, "quoted field is not closed");
	}

	@Test
	void garbageAfterClosingQuote() {
		assertFails(VALID.replace("3;300;1;Third", "3;300;1;\"Third\"x"), 13, null, "after a closing quote");
	}

	@Test
	void invalidUtf8() {
		byte[] head = VALID.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 2];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0xC3;
		bytes[head.length + 1] = (byte) 0x28;
		assertThatThrownBy(() -> this.reader.read(new ByteArrayInputStream(bytes)))
			.isInstanceOf(PabulibFormatException.class)
			.hasMessageContaining("not valid UTF-8");
	}

	@Test
	void hugeLineIsRefusedQuicklyWithoutReadingIt() {
		long hundredMegabytes = 100L * 1024 * 1024;
		CountingEndlessLine endless = new CountingEndlessLine(hundredMegabytes);
		InputStream in = new SequenceInputStream(new ByteArrayInputStream("META\nkey;value\ndescription;".getBytes()),
				endless);
		long start = System.nanoTime();
		assertThatThrownBy(() -> this.reader.read(in)).isInstanceOf(PabulibFormatException.class)
			.hasMessage("line 3: line is longer than 1048576 characters");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		// the reader stopped right after the limit: buffers are far below the 100 MB offered
		assertThat(endless.served).isLessThan(4L * 1024 * 1024);
	}

	@Test
	void lineLimitIsConfigurable() {
		PbReader strict = new PbReader(64);
		assertThatThrownBy(() -> strict.read(VALID.replace("First", "x".repeat(100))))
			.isInstanceOf(PabulibFormatException.class)
			.hasMessage("line 11: line is longer than 64 characters");
	}

	@Test
	void exceptionExposesLineAndField() {
		PabulibFormatException ex = parseError(VALID.replace("3;300;1;Third", "3;-300;1;Third"));
		assertThat(ex.line()).isEqualTo(13);
		assertThat(ex.field()).isEqualTo("cost");
		assertThat(ex.reason()).isEqualTo("negative cost -300");
		assertThat(ex.getMessage()).isEqualTo("line 13, field \"cost\": negative cost -300");
	}

	@Test
	void allVoteTypesParse() throws Exception {
		for (String type : List.of("approval", "choose-1", "ordinal")) {
			assertThat(this.reader.read(VALID.replace("vote_type;approval", "vote_type;" + type)).voteType())
				.isEqualTo(type);
		}
		String scoring = META.replace("vote_type;approval", "vote_type;scoring") + PROJECTS
				+ "VOTES\nvoter_id;vote;points\nv1;1,2;-1,2.5\n";
		assertThat(this.reader.read(scoring).votes().get(0).points()).containsExactly(new BigDecimal("-1"),
				new BigDecimal("2.5"));
	}

	private PabulibFormatException parseError(String text) {
		try {
			this.reader.read(text);
		}
		catch (PabulibFormatException ex) {
			return ex;
		}
		throw new AssertionError("no parse error for:\n" + text);
	}

	private void assertFails(String text, long line, String field, String reasonPart) {
		PabulibFormatException ex = parseError(text);
		assertThat(ex.line()).as(ex.getMessage()).isEqualTo(line);
		assertThat(ex.field()).as(ex.getMessage()).isEqualTo(field);
		assertThat(ex.getMessage()).startsWith("line " + line).contains(reasonPart);
		if (field != null) {
			assertThat(ex.getMessage()).contains("field \"" + field + "\"");
		}
	}

	/** An endless line of letters, counting how much of it was read. */
	private static final class CountingEndlessLine extends InputStream {

		private final long length;

		long served;

		CountingEndlessLine(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (this.served >= this.length) {
				return -1;
			}
			this.served++;
			return 'a';
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.served >= this.length) {
				return -1;
			}
			int n = (int) Math.min(len, this.length - this.served);
			java.util.Arrays.fill(b, off, off + n, (byte) 'a');
			this.served += n;
			return n;
		}
	}
}
