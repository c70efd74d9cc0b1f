package org.cocreate.moderation.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

	private static List<List<String>> read(String csv) throws IOException {
		return CsvReader.readAll(new StringReader(csv));
	}

	@Test
	void readsPlainRecords() throws IOException {
		assertThat(read("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
	}

	@Test
	void lastRecordNeedsNoLineBreak() throws IOException {
		assertThat(read("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

	@Test
	void keepsEmptyFieldsIncludingTrailingOnes() throws IOException {
		assertThat(read(",x,\n")).containsExactly(List.of("", "x", ""));
	}

	@Test
	void quotedFieldMayHoldCommas() throws IOException {
		assertThat(read("id,text\n1,\"Huh, anyway, hi\"\n")).containsExactly(List.of("id", "text"),
				List.of("1", "Huh, anyway, hi"));
	}

	@Test
	void doubledQuoteInsideQuotesIsOneQuote() throws IOException {
		assertThat(read("\"she said \"\"hi\"\"\",\"\"\"\"\n")).containsExactly(List.of("she said \"hi\"", "\""));
	}

	@Test
	void quotedFieldMayHoldLineBreaksOfAnyKind() throws IOException {
		assertThat(read("1,\"two\nlines\"\n2,\"crlf\r\ninside\"\r\n3,x\n")).containsExactly(
				List.of("1", "two\nlines"), List.of("2", "crlf\r\ninside"), List.of("3", "x"));
	}

	@Test
	void emptyQuotedFieldIsEmpty() throws IOException {
		assertThat(read("\"\",a\n")).containsExactly(List.of("", "a"));
	}

	@Test
	void crlfAndLoneCrEndRecords() throws IOException {
		assertThat(read("a,b\r\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
		assertThat(read("a,b\r1,2\r")).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

	@Test
	void skipsByteOrderMarkAtTheStartOnly() throws IOException {
		assertThat(read("\uFEFFCONTENT,label\nhi\uFEFF,0\n")).containsExactly(List.of("CONTENT", "label"),
				List.of("hi\uFEFF", "0"));
	}

	@Test
	void skipsByteOrderMarkInUtf8Bytes() throws IOException {
		byte[] bytes = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8);
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		try (var reader = CsvReader.utf8(new ByteArrayInputStream(bytes))) {
			assertThat(reader.next()).containsExactly("a", "b");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void malformedUtf8BecomesReplacementCharacter() throws IOException {
		byte[] bytes = {'a', ',', (byte) 0xC3, '\n'};
		try (var reader = CsvReader.utf8(new ByteArrayInputStream(bytes))) {
			assertThat(reader.next()).containsExactly("a", "\uFFFD");
		}
	}

	@Test
	void emptyLinesProduceNoRecord() throws IOException {
		assertThat(read("a\n\n\r\nb\n\n")).containsExactly(List.of("a"), List.of("b"));
		assertThat(read("")).isEmpty();
	}

	@Test
	void spacesAreData() throws IOException {
		assertThat(read(" a , b \n")).containsExactly(List.of(" a ", " b "));
	}

	@Test
	void quoteInsideUnquotedFieldIsKept() throws IOException {
		assertThat(read("a 5\" screen,b\n")).containsExactly(List.of("a 5\" screen", "b"));
	}

	@Test
	void unterminatedQuoteIsAnErrorNamingTheLineItOpened() {
		assertThatThrownBy(() -> read("a,b\n1,\"never\nclosed\n")).isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("line 2")
			.hasMessageContaining("never closed");
	}

	@Test
	void textAfterClosingQuoteIsAnError() {
		assertThatThrownBy(() -> read("a,b\n1,\"x\"y\n")).isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("line 2");
	}

	@Test
	void tracksLineNumbersAcrossQuotedLineBreaks() throws IOException {
		try (var reader = new CsvReader(new StringReader("h\n\"a\nb\nc\"\nlast\n"))) {
			reader.next();
			assertThat(reader.line()).isEqualTo(2);
			reader.next();
			assertThat(reader.line()).isEqualTo(5);
			assertThat(reader.next()).containsExactly("last");
		}
	}

	@Test
	void readsEveryShippedTrainingFileWithFiveFieldsPerRecord() throws IOException {
		for (String name : List.of("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv")) {
			try (var stream = getClass().getResourceAsStream("/moderation/spam/" + name);
					var reader = CsvReader.utf8(stream)) {
				var records = new ArrayList<List<String>>();
				for (var r = reader.next(); r != null; r = reader.next()) {
					records.add(r);
				}
				assertThat(records.get(0)).containsExactly("COMMENT_ID", "AUTHOR", "DATE", "CONTENT", "label");
				assertThat(records).allSatisfy(r -> assertThat(r).hasSize(5));
				assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(4)).isIn("0", "1"));
			}
		}
	}
}
