package org.cocreate.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PbCommandTest {

	private static final String ELECTION = """
			META
			key;value
			budget;10
			vote_type;approval
			rule;%s
			PROJECTS
			project_id;cost;votes;name
			a;6;3;"A; the big one"
			b;4;2;B
			c;4;2;C
			VOTES
			voter_id;vote
			1;a,b
			2;a,b
			3;a,c
			4;c
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return PbCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private Path file(String rule) throws IOException {
		Path file = this.dir.resolve("election.pb");
		Files.writeString(file, ELECTION.formatted(rule));
		return file;
	}

	@Test
	void printsTheFundedIdsOnlyOnePerLine() throws Exception {
		assertThat(run("outcome", "--rule=greedy", file("unknown").toString())).isZero();
		assertThat(out()).isEqualTo("a\nb\n");
		assertThat(err()).isEmpty();
	}

	@Test
	void aProjectListedTwiceOnABallotCountsOnceAndIsReportedOnTheErrorStream() throws Exception {
		// a and b cost 6 of 10: only one fits. Counted as written, voter 1's three a's would beat
		// b's two supporters; counted once, b wins.
		Path file = this.dir.resolve("repeated.pb");
		Files.writeString(file, """
				META
				key;value
				budget;10
				vote_type;approval
				rule;greedy
				PROJECTS
				project_id;cost
				a;6
				b;6
				VOTES
				voter_id;vote
				1;a,a,a
				2;b
				3;b
				""");
		assertThat(run("outcome", "--rule=auto", file.toString())).isZero();
		assertThat(out()).isEqualTo("b\n");
		assertThat(err()).isEqualTo("pb: " + file + ": warning: 1 ballot lists a project more than once (first on line 12: "
				+ "project \"a\"); it was counted once\n");
	}

	@Test
	void autoTakesTheRuleFromTheFile() throws Exception {
		assertThat(run("outcome", "--rule=auto", file("equalshares/add1").toString())).isZero();
		assertThat(out()).isEqualTo("a\nc\n");
		this.out.reset();
		assertThat(run("outcome", file("equalshares").toString())).isZero();
		assertThat(out()).isEqualTo("a\n");
	}

	@Test
	void explainPrintsEveryProject() throws Exception {
		assertThat(run("explain", "--rule=equalshares/add1", file("x").toString())).isZero();
		assertThat(out()).startsWith("a\tfunded\tfunded in round 1 at rho = 1/3")
			.contains("b\tnot-funded\tnot funded: outbid by project a in round 1")
			.contains("# Equal Shares endowment per voter: 3 (virtual budget 12)");
	}

	@Test
	void cardinalUtilitiesOnRequest() throws Exception {
		// with utility 1 per project a, b and c all cost 2 per voter: b (cheaper than a, declared
		// before c) goes first and leaves a unaffordable
		assertThat(run("outcome", "--rule=equalshares", "--utility=cardinality", file("x").toString())).isZero();
		assertThat(out()).isEqualTo("b\nc\n");
	}

	@Test
	void unsupportedRuleIsOneLineAndExitTwo() throws Exception {
		assertThat(run("outcome", "--rule=auto", file("greedy-custom").toString())).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).endsWith("rule \"greedy-custom\" is not supported (supported: greedy, greedy-no-skip, "
				+ "greedy-threshold, equalshares, equalshares-comparison, equalshares/add1, "
				+ "equalshares/add1-comparison, equalshares/add1u)\n");
		assertThat(err().lines()).hasSize(1);
	}

	@Test
	void unsupportedVoteTypeIsOneLineAndExitTwo() throws Exception {
		Path file = this.dir.resolve("ranked.pb");
		Files.writeString(file, ELECTION.formatted("equalshares").replace("vote_type;approval", "vote_type;ordinal"));
		assertThat(run("outcome", file.toString())).isEqualTo(2);
		assertThat(err()).isEqualTo("pb: " + file
				+ ": the Method of Equal Shares is not defined for ordinal ballots (vote_type ordinal)\n");
		this.err.reset();
		Files.writeString(file, ELECTION.formatted("greedy").replace("vote_type;approval", "vote_type;quadratic"));
		assertThat(run("outcome", file.toString())).isEqualTo(2);
		assertThat(err()).contains("vote_type \"quadratic\" is not supported").hasLineCount(1);
		assertThat(out()).isEmpty();
	}

	@Test
	void parseErrorNamesLineAndFieldAndExitsOne() throws Exception {
		Path file = this.dir.resolve("broken.pb");
		Files.writeString(file, ELECTION.formatted("greedy").replace("c;4;2;C", "c;-4;2;C"));
		assertThat(run("outcome", "--rule=greedy", file.toString())).isEqualTo(1);
		assertThat(err()).isEqualTo("pb: " + file + ": line 10, field \"cost\": negative cost -4\n");
		assertThat(out()).isEmpty();
	}

	@Test
	void missingFileAndBadUsage() throws Exception {
		assertThat(run("outcome", this.dir.resolve("nope.pb").toString())).isEqualTo(1);
		assertThat(err()).endsWith("nope.pb: no such file\n");
		this.err.reset();
		assertThat(run()).isEqualTo(2);
		assertThat(run("tally", "x.pb")).isEqualTo(2);
		assertThat(run("outcome")).isEqualTo(2);
		assertThat(run("outcome", "--colour=red", "x.pb")).isEqualTo(2);
		assertThat(run("outcome", "a.pb", "b.pb")).isEqualTo(2);
		assertThat(err().lines()).hasSize(5).allMatch(line -> line.startsWith("pb: "));
		assertThat(out()).isEmpty();
	}

	@Test
	void autoNeedsARuleInTheFile() throws Exception {
		Path file = this.dir.resolve("norule.pb");
		Files.writeString(file, ELECTION.formatted("x").replace("rule;x\n", ""));
		assertThat(run("outcome", file.toString())).isEqualTo(2);
		assertThat(err()).endsWith("--rule=auto but the file has no META rule\n");
	}
}
