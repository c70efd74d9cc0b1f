package org.cocreate.budgets.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cocreate.budgets.PabulibData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Read, write, read again: the two instances must be equal. */
class PbRoundTripTest {

	static Stream<Path> realInstances() {
		List<Path> files = PabulibData.files();
		assertThat(files).as("real pabulib instances in src/test/resources/pabulib").hasSizeGreaterThanOrEqualTo(11);
		return files.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("realInstances")
	void realInstanceSurvivesRoundTrip(Path file) throws Exception {
		PbReader reader = new PbReader();
		PbInstance first = reader.read(file);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new PbWriter().write(first, bytes);
		PbInstance second = reader.read(new ByteArrayInputStream(bytes.toByteArray()));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void awkwardValuesAreQuoted() throws Exception {
		String text = """
				META
				key;value
				description;" padded ; with ""quotes"" "
				budget;10.50
				vote_type;cumulative
				PROJECTS
				project_id;cost;name
				a;1.25;"two
				lines"
				b;0;
				c;3;"PROJECTS"
				VOTES
				voter_id;vote;points
				1;a,b;1.5,2
				2;;
				""";
		PbReader reader = new PbReader();
		PbInstance first = reader.read(text);
		String written = new PbWriter().toString(first);
		assertThat(written).contains("\" padded ; with \"\"quotes\"\" \"");
		assertThat(reader.read(written)).isEqualTo(first);
		assertThat(new PbWriter().toString(reader.read(written))).isEqualTo(written);
	}
}
