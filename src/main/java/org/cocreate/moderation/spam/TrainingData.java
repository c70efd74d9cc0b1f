package org.cocreate.moderation.spam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled comments in CSV: the files shipped in {@code src/main/resources/moderation/spam/} (see
 * the LICENSE-DATA.md there) and any file in the same layout — a header row naming a
 * {@code CONTENT} column and a {@code label} (or {@code CLASS}) column holding 1 for spam and 0 for
 * legitimate; other columns are ignored.
 */
public final class TrainingData {

	/** The shipped training files, one per video, in the resources folder {@link #FOLDER}. */
	public static final List<String> SHIPPED_FILES = List.of("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv",
			"Youtube03-LMFAO.csv");

	static final String FOLDER = "/moderation/spam/";

	private TrainingData() {
	}

	/** Every shipped example; each file is its own source. */
	public static List<LabelledText> shipped() {
		var all = new ArrayList<LabelledText>();
		for (String file : SHIPPED_FILES) {
			all.addAll(shipped(file));
		}
		return all;
	}

	/** The examples of one shipped file, whose name is their source. */
	public static List<LabelledText> shipped(String file) {
		try (InputStream in = TrainingData.class.getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IllegalStateException("training file " + FOLDER + file + " is missing from the classpath");
			}
			return read(in, file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read training file " + file, e);
		}
	}

	/** Reads labelled comments from UTF-8 CSV; {@code source} names them all. */
	public static List<LabelledText> read(InputStream in, String source) throws IOException {
		try (var csv = CsvReader.utf8(in)) {
			List<String> header = csv.next();
			if (header == null) {
				throw new CsvFormatException(1, "no header row");
			}
			int content = header.indexOf("CONTENT");
			int label = header.indexOf("label") >= 0 ? header.indexOf("label") : header.indexOf("CLASS");
			if (content < 0 || label < 0) {
				throw new CsvFormatException(1, "header needs a CONTENT and a label column: " + header);
			}
			var examples = new ArrayList<LabelledText>();
			for (long line = csv.line(); true; line = csv.line()) {
				List<String> record = csv.next();
				if (record == null) {
					return examples;
				}
				if (record.size() != header.size()) {
					throw new CsvFormatException(line,
							"record has " + record.size() + " fields, the header " + header.size());
				}
				boolean spam = switch (record.get(label).strip()) {
					case "1" -> true;
					case "0" -> false;
					default -> throw new CsvFormatException(line, "label must be 0 or 1: " + record.get(label));
				};
				examples.add(new LabelledText(record.get(content), spam, source));
			}
		}
	}
}
