package org.cocreate.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpamCommandTest {

	@TempDir
	Path dir;

	private record Result(int exit, String out, String err) {

		/** The lines of standard output, each of which must end in a line feed. */
		List<String> lines() {
			assertThat(out).matches("([^\n]*\n)*");
			return out.lines().toList();
		}
	}

	private Result run(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int exit = SpamCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path csv(String content) throws IOException {
		Path file = Files.createTempFile(dir, "comments", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static void assertFailed(Result r, int exit) {
		assertThat(r.exit()).isEqualTo(exit);
		assertThat(r.out()).isEmpty();
		assertThat(r.err()).endsWith("\n");
		assertThat(r.err().strip()).doesNotContain("\n").isNotEmpty();
	}

	@Test
	void printsOneDigitPerRecordInOrder() throws IOException {
		Path file = csv("""
				COMMENT_ID,AUTHOR,DATE,CONTENT,label
				a1,Ann,2015-01-01,"Hey guys, check out my new channel and subscribe!!",0
				a2,Bob,2015-01-02,I love this song so much,1
				a3,"Cy, Jr.",,"She said ""wow""
				and I agree: best video ever",1
				a4,Di,2015-01-03,Please subscribe to me http://my-vids.example.com,0
				""");
		Result r = run("classify", file.toString());
		assertThat(r.exit()).isZero();
		assertThat(r.err()).isEmpty();
		// the label column says the opposite and is ignored
		assertThat(r.lines()).containsExactly("1", "0", "0", "1");
	}

	@Test
	void contentMayBeTheOnlyColumnOrAnyColumnWithBomAndCrlf() throws IOException {
		assertThat(run("classify", csv("CONTENT\r\nsubscribe to my channel please\r\nnice song\r\n").toString()).lines())
			.containsExactly("1", "0");
		assertThat(run("classify", csv("\uFEFFx,CONTENT,y\r\n1,nice song,2\r\n3,check out my channel,4").toString())
			.lines()).containsExactly("0", "1");
	}

	@Test
	void headerOnlyPrintsNothing() throws IOException {
		Result r = run("classify", csv("COMMENT_ID,CONTENT,label\n").toString());
		assertThat(r.exit()).isZero();
		assertThat(r.out()).isEmpty();
	}

	@Test
	void classifiesEveryShippedCommentWithOnlyZerosAndOnes() throws IOException {
		Path file = dir.resolve("psy.csv");
		try (var in = getClass().getResourceAsStream("/moderation/spam/Youtube01-Psy.csv")) {
			Files.copy(in, file);
		}
		Result r = run("classify", file.toString());
		assertThat(r.exit()).isZero();
		assertThat(r.lines()).hasSize(350).allMatch(l -> l.equals("0") || l.equals("1"));
	}

	@Test
	void missingFile() {
		assertFailed(run("classify", dir.resolve("nope.csv").toString()), 1);
	}

	@Test
	void directoryIsNotAFile() {
		assertFailed(run("classify", dir.toString()), 1);
	}

	@Test
	void noContentColumn() throws IOException {
		Result r = run("classify", csv("COMMENT_ID,content,label\n1,hello,0\n").toString());
		assertFailed(r, 1);
		assertThat(r.err()).contains("CONTENT");
	}

	@Test
	void emptyFile() throws IOException {
		assertFailed(run("classify", csv("").toString()), 1);
	}

	@Test
	void malformedCsvIsReportedWithItsLineAndNothingIsPrinted() throws IOException {
		Result r = run("classify", csv("CONTENT,label\nfine,0\n\"never closed,1\nmore,0\n").toString());
		assertFailed(r, 1);
		assertThat(r.err()).contains("line 3");
		assertFailed(run("classify", csv("CONTENT,label\n\"a\"b,0\n").toString()), 1);
	}

	@Test
	void recordWithTheWrongNumberOfFields() throws IOException {
		Result r = run("classify", csv("CONTENT,label\nfine,0\nshort\n").toString());
		assertFailed(r, 1);
		assertThat(r.err()).contains("line 3");
	}

	@Test
	void wrongUsage() {
		assertFailed(run(), 2);
		assertFailed(run("classify"), 2);
		assertFailed(run("classify", "a.csv", "b.csv"), 2);
		assertFailed(run("train", "a.csv"), 2);
	}

	@Test
	void help() {
		Result r = run("--help");
		assertThat(r.exit()).isZero();
		assertThat(r.out()).startsWith("usage: spam classify");
	}
}
