package org.cocreate.moderation.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

	private static List<LabelledText> read(String csv) throws IOException {
		return TrainingData.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
	}

	@Test
	void shipsThreeVideosOfLabelledComments() {
		assertThat(TrainingData.shipped()).hasSize(1138);
		assertThat(TrainingData.shipped("Youtube01-Psy.csv")).hasSize(350)
			.allSatisfy(e -> assertThat(e.source()).isEqualTo("Youtube01-Psy.csv"));
		assertThat(TrainingData.shipped("Youtube03-LMFAO.csv")).filteredOn(LabelledText::spam).hasSize(236);
	}

	@Test
	void readsContentAndLabelWhereverTheyAre() throws IOException {
		assertThat(read("label,x,CONTENT\n1,a,\"buy, now\"\n0,b,nice\n")).containsExactly(
				new LabelledText("buy, now", true, "test"), new LabelledText("nice", false, "test"));
		assertThat(read("CONTENT,CLASS\nhi,0\n")).containsExactly(new LabelledText("hi", false, "test"));
	}

	@Test
	void rejectsMissingColumnsBadLabelsAndRaggedRecords() {
		assertThatThrownBy(() -> read("")).isInstanceOf(CsvFormatException.class);
		assertThatThrownBy(() -> read("content,label\nx,1\n")).hasMessageContaining("CONTENT");
		assertThatThrownBy(() -> read("CONTENT,label\nx,spam\n")).hasMessageContaining("line 2");
		assertThatThrownBy(() -> read("CONTENT,label\nx,1\ny\n")).hasMessageContaining("line 3");
	}

	@Test
	void scores() {
		var s = Scores.of(new boolean[] {true, true, true, false, false}, new boolean[] {true, true, false, true, false});
		assertThat(s).isEqualTo(new Scores(2, 1, 1, 1));
		assertThat(s.precision()).isEqualTo(2.0 / 3);
		assertThat(s.recall()).isEqualTo(2.0 / 3);
		assertThat(s.f1()).isEqualTo(2.0 / 3);
		assertThat(s.accuracy()).isEqualTo(3.0 / 5);
		assertThat(Scores.of(new boolean[] {false}, new boolean[] {false}).f1()).isZero();
	}
}
