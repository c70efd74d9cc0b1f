package org.cocreate.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.moderation.spam.CsvFormatException;
import org.cocreate.moderation.spam.CsvReader;
import org.cocreate.moderation.spam.SpamClassifier;

/**
 * The {@code spam} command line tool.
 *
 * <pre>
 * spam classify FILE.csv
 * </pre>
 *
 * reads a UTF-8 CSV file whose header row names a {@code CONTENT} column (other columns may be
 * anything, and a {@code label} column is ignored), trains the classifier on the comments shipped
 * with the application, and prints for each record, in order, {@code 1} if its content is spam
 * and {@code 0} if not, one per line and nothing else. Problems are reported as one line on
 * standard error with a non-zero exit code and nothing on standard output: 2 for wrong usage, 1
 * for a file that cannot be read or is not well-formed CSV with a {@code CONTENT} column.
 */
public final class SpamCommand {

	static final String USAGE = "usage: spam classify FILE.csv";

	static final String CONTENT = "CONTENT";

	private SpamCommand() {
	}

	/**
	 * Runs the tool.
	 *
	 * @param rest the arguments after {@code spam}
	 * @return the process exit code
	 */
	public static int run(String[] rest, PrintStream out, PrintStream err) {
		if (rest.length == 1 && (rest[0].equals("--help") || rest[0].equals("-h") || rest[0].equals("help"))) {
			out.println(USAGE);
			return 0;
		}
		if (rest.length != 2 || !rest[0].equals("classify")) {
			err.println(USAGE);
			return 2;
		}
		String file = rest[1];
		List<String> contents;
		try {
			contents = readContents(Path.of(file));
		}
		catch (NoSuchFileException e) {
			err.println("spam: no such file: " + file);
			return 1;
		}
		catch (CsvFormatException e) {
			err.println("spam: " + file + ": " + e.getMessage());
			return 1;
		}
		catch (IOException | InvalidPathException e) {
			err.println("spam: cannot read " + file + ": " + e);
			return 1;
		}
		SpamClassifier classifier;
		try {
			classifier = SpamClassifier.trainedOnShippedData();
		}
		catch (RuntimeException e) {
			err.println("spam: cannot train the classifier: " + e);
			return 1;
		}
		var answer = new StringBuilder(contents.size() * 2);
		for (String content : contents) {
			answer.append(classifier.isSpam(content) ? '1' : '0').append('\n');
		}
		out.print(answer);
		out.flush();
		return 0;
	}

	/** The CONTENT field of every record after the header, in order; reads the whole file first. */
	static List<String> readContents(Path file) throws IOException {
		if (Files.isDirectory(file)) {
			throw new IOException("is a directory");
		}
		try (InputStream in = Files.newInputStream(file); var csv = CsvReader.utf8(in)) {
			List<String> header = csv.next();
			if (header == null) {
				throw new CsvFormatException(1, "empty file, expected a header row with a " + CONTENT + " column");
			}
			int column = -1;
			for (int i = 0; i < header.size() && column < 0; i++) {
				if (header.get(i).strip().equals(CONTENT)) {
					column = i;
				}
			}
			if (column < 0) {
				throw new CsvFormatException(1, "the header row has no " + CONTENT + " column");
			}
			var contents = new ArrayList<String>();
			for (long line = csv.line(); true; line = csv.line()) {
				List<String> record = csv.next();
				if (record == null) {
					return contents;
				}
				if (record.size() != header.size()) {
					throw new CsvFormatException(line, "the record has " + record.size() + " field"
							+ (record.size() == 1 ? "" : "s") + " but the header has " + header.size());
				}
				contents.add(record.get(column));
			}
		}
	}
}
