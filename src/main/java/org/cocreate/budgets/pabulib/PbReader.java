package org.cocreate.budgets.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the pabulib {@code .pb} format (<a href="https://pabulib.org/format">pabulib.org/format</a>)
 * into a {@link PbInstance}.
 *
 * <p>What is accepted: UTF-8 text (an initial byte-order mark is skipped); the three sections
 * {@code META}, {@code PROJECTS}, {@code VOTES} in this order, each a title line, a header line
 * ({@code key;value} for META) and rows with exactly as many {@code ;}-separated fields as the
 * header; CSV quoting with doubled quotes; LF, CRLF or CR line ends; blank lines anywhere. Any
 * optional column may be present. Lists ({@code vote}, {@code points}) are comma-separated.
 *
 * <p>What is refused, always with one {@link PabulibFormatException} naming the line and the
 * field: a missing or misplaced section, header or required column ({@code project_id},
 * {@code cost}, {@code voter_id}, {@code vote}) or META key ({@code budget},
 * {@code vote_type}); a row with the wrong number of fields; a duplicate project id, voter id,
 * META key or column name; a negative cost or budget; a non-numeric number (cost, budget,
 * numeric META keys, votes, score, selected, points); a vote for an unknown project; a {@code points} list of the wrong length, missing where the vote type
 * needs it ({@code cumulative}, {@code scoring}) or negative for cumulative ballots; a line
 * longer than the limit (1 MiB characters by default), which is detected after reading only
 * that many characters; more projects or voters than the reader's limits
 * ({@link PabulibLimitException}, as soon as the limit is crossed).
 *
 * <p>What is accepted with a {@link PbWarning}: a ballot listing the same project more than once
 * (19 real pabulib elections do, and their official outcome counts it once). The project counts
 * once, at its first place and with its first points.
 *
 * <p>{@link #stream} hands each vote to a {@link Handler} as it is read and keeps none, so a
 * caller that needs only aggregates holds no more than the projects and the voter ids.
 */
public final class PbReader {

	/** Default limit on the length of one line (one record), in characters. */
	public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

	private static final Set<String> NON_NEGATIVE_INTEGER_META = Set.of("num_projects", "num_votes", "min_length",
			"max_length");

	private static final Set<String> NUMERIC_META = Set.of("min_sum_cost", "max_sum_cost", "min_points", "max_points",
			"min_sum_points", "max_sum_points", "default_score", "min_project_score_threshold", "min_project_cost",
			"max_project_cost");

	private final int maxLineLength;

	private final int maxProjects;

	private final int maxVoters;

	public PbReader() {
		this(DEFAULT_MAX_LINE_LENGTH);
	}

	/** A reader refusing lines longer than {@code maxLineLength} characters. */
	public PbReader(int maxLineLength) {
		this(maxLineLength, Integer.MAX_VALUE, Integer.MAX_VALUE);
	}

	/**
	 * A reader refusing lines longer than {@code maxLineLength} characters, more than
	 * {@code maxProjects} projects and more than {@code maxVoters} votes.
	 */
	public PbReader(int maxLineLength, int maxProjects, int maxVoters) {
		if (maxLineLength < 16) {
			throw new IllegalArgumentException("maxLineLength too small: " + maxLineLength);
		}
		if (maxProjects < 1 || maxVoters < 1) {
			throw new IllegalArgumentException("limits must be at least 1: " + maxProjects + ", " + maxVoters);
		}
		this.maxLineLength = maxLineLength;
		this.maxProjects = maxProjects;
		this.maxVoters = maxVoters;
	}

	/** What a streaming read hands over as it goes. */
	public interface Handler {

		/**
		 * The file's META, projects and both headers, with no votes yet; called once, before
		 * the first vote.
		 */
		void header(PbInstance header) throws PabulibFormatException;

		/** One row of VOTES, checked, in file order; not kept by the reader. */
		void vote(PbVote vote) throws PabulibFormatException;

	}

	/**
	 * Reads UTF-8 bytes, handing the header and then each vote to {@code handler} without
	 * keeping the votes; the stream is not closed.
	 * @return the warnings about quirks that were read anyway
	 */
	public List<PbWarning> stream(InputStream in, Handler handler) throws IOException, PabulibFormatException {
		Parser parser = new Parser(new RecordReader(new InputStreamReader(in, utf8()), this.maxLineLength), handler);
		parser.parse();
		return parser.warnings();
	}

	private static java.nio.charset.CharsetDecoder utf8() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	public PbInstance read(Path file) throws IOException, PabulibFormatException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	/** Reads UTF-8 bytes; the stream is not closed. */
	public PbInstance read(InputStream in) throws IOException, PabulibFormatException {
		return read(new InputStreamReader(in, utf8()));
	}

	public PbInstance read(Reader in) throws IOException, PabulibFormatException {
		List<PbVote> votes = new ArrayList<>();
		Parser parser = new Parser(new RecordReader(in, this.maxLineLength), new Handler() {

			@Override
			public void header(PbInstance header) {
			}

			@Override
			public void vote(PbVote vote) {
				votes.add(vote);
			}
		});
		PbInstance header = parser.parse();
		return new PbInstance(header.meta(), header.projectColumns(), header.projects(), header.voteColumns(), votes,
				parser.warnings());
	}

	/** Reads a whole file held in a string. */
	public PbInstance read(String text) throws PabulibFormatException {
		try {
			return read(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a StringReader does not fail", ex);
		}
	}

	/** One parse: the state of going through the records of one file. */
	private final class Parser {

		private final RecordReader records;

		private final Handler handler;

		private long voteCount;

		private long repeatedRows;

		private long repeatedLine;

		private String repeatedExample = "";

		private final Map<String, String> meta = new LinkedHashMap<>();

		private final List<PbProject> projects = new ArrayList<>();

		private final Map<String, String> projectIds = new HashMap<>();

		private final IdSet voterIds = new IdSet();

		private List<String> projectColumns = List.of();

		private List<String> voteColumns = List.of();

		Parser(RecordReader records, Handler handler) {
			this.records = records;
			this.handler = handler;
		}

		List<PbWarning> warnings() {
			return this.repeatedRows == 0 ? List.of()
					: List.of(new PbWarning(PbWarning.REPEATED_PROJECT, this.repeatedRows, this.repeatedLine,
							this.repeatedExample));
		}

		/** Reads the file; answers its header (no votes: they went to the handler). */
		PbInstance parse() throws IOException, PabulibFormatException {
			expectTitle("META");
			expectHeader("META", true);
			String title = readRows("META", this::metaRow);
			checkMeta();
			expectTitleFound(title, "PROJECTS");
			this.projectColumns = expectHeader("PROJECTS", false);
			require(this.projectColumns, "PROJECTS", "project_id", "cost");
			title = readRows("PROJECTS", this::projectRow);
			expectTitleFound(title, "VOTES");
			this.voteColumns = expectHeader("VOTES", false);
			require(this.voteColumns, "VOTES", "voter_id", "vote");
			PbInstance header = new PbInstance(this.meta, this.projectColumns, this.projects, this.voteColumns, List.of());
			this.handler.header(header);
			title = readRows("VOTES", this::voteRow);
			if (title != null) {
				throw new PabulibFormatException(this.records.recordLine(), null,
						"section " + title + " after VOTES; each section may appear only once");
			}
			return header;
		}

		private interface RowHandler {

			void row(List<String> fields, long line) throws PabulibFormatException;

		}

		private boolean nextNonBlank() throws IOException, PabulibFormatException {
			while (this.records.next()) {
				if (!this.records.isBlank()) {
					return true;
				}
			}
			return false;
		}

		private @Nullable String title() {
			if (!this.records.isSingleBareWord()) {
				return null;
			}
			String word = this.records.fields().get(0);
			return switch (word) {
				case "META", "PROJECTS", "VOTES" -> word;
				default -> null;
			};
		}

		private void expectTitle(String section) throws IOException, PabulibFormatException {
			if (!nextNonBlank()) {
				throw new PabulibFormatException(this.records.endLine(), section,
						"missing section " + section + " (the file is empty)");
			}
			expectTitleFound(title(), section);
		}

		private void expectTitleFound(@Nullable String found, String section) throws PabulibFormatException {
			if (found == null) {
				throw new PabulibFormatException(this.records.endLine(), section,
						"missing section " + section + " (end of file reached)");
			}
			if (!found.equals(section)) {
				throw new PabulibFormatException(this.records.recordLine(), section,
						"expected section " + section + " here but found " + found);
			}
		}

		private List<String> expectHeader(String section, boolean meta) throws IOException, PabulibFormatException {
			if (!nextNonBlank() || title() != null) {
				long line = title() != null ? this.records.recordLine() : this.records.endLine();
				throw new PabulibFormatException(line, section, "missing header line of section " + section);
			}
			List<String> header = List.copyOf(this.records.fields());
			long line = this.records.recordLine();
			if (meta) {
				if (header.size() != 2 || !header.get(0).equals("key") || !header.get(1).equals("value")) {
					throw new PabulibFormatException(line, "META",
							"the META header must be \"key;value\" but is \"" + String.join(";", header) + "\"");
				}
				return header;
			}
			Set<String> seen = new HashSet<>();
			for (String column : header) {
				if (column.isEmpty()) {
					throw new PabulibFormatException(line, section, "empty column name in the header");
				}
				if (!seen.add(column)) {
					throw new PabulibFormatException(line, column, "column appears twice in the " + section + " header");
				}
			}
			return header;
		}

		private void require(List<String> columns, String section, String... names) throws PabulibFormatException {
			for (String name : names) {
				if (!columns.contains(name)) {
					throw new PabulibFormatException(this.records.recordLine(), name,
							"required column missing from the " + section + " header");
				}
			}
		}

		/** Reads rows until a section title or the end; returns the title found, if any. */
		private @Nullable String readRows(String section, RowHandler handler) throws IOException, PabulibFormatException {
			int width = switch (section) {
				case "META" -> 2;
				case "PROJECTS" -> this.projectColumns.size();
				default -> this.voteColumns.size();
			};
			while (nextNonBlank()) {
				String title = title();
				if (title != null) {
					return title;
				}
				List<String> fields = this.records.fields();
				long line = this.records.recordLine();
				if (fields.size() != width) {
					throw new PabulibFormatException(line, section,
							"expected " + width + " fields but found " + fields.size());
				}
				handler.row(fields, line);
			}
			return null;
		}

		private void metaRow(List<String> fields, long line) throws PabulibFormatException {
			String key = fields.get(0);
			if (key.isEmpty()) {
				throw new PabulibFormatException(line, "key", "empty META key");
			}
			if (this.meta.putIfAbsent(key, fields.get(1)) != null) {
				throw new PabulibFormatException(line, key, "META key appears twice");
			}
			String value = fields.get(1);
			if (NON_NEGATIVE_INTEGER_META.contains(key) && !value.isEmpty()) {
				requireNonNegativeInteger(value, line, key);
			}
			else if (NUMERIC_META.contains(key) && !value.isEmpty()) {
				number(value, line, key);
			}
			else if (key.equals("budget")) {
				BigDecimal budget = number(value, line, key);
				if (budget.signum() < 0) {
					throw new PabulibFormatException(line, key, "negative budget " + value);
				}
			}
		}

		private void checkMeta() throws PabulibFormatException {
			for (String key : List.of("budget", "vote_type")) {
				String value = this.meta.get(key);
				if (value == null || value.isEmpty()) {
					throw new PabulibFormatException(this.records.recordLine(), key,
							"required META key missing before this line");
				}
			}
		}

		private void projectRow(List<String> fields, long line) throws PabulibFormatException {
			List<String> columns = this.projectColumns;
			String id = null;
			BigDecimal cost = null;
			for (int i = 0; i < columns.size(); i++) {
				String column = columns.get(i);
				String value = fields.get(i);
				switch (column) {
					case "project_id" -> {
						if (value.isEmpty()) {
							throw new PabulibFormatException(line, column, "empty project id");
						}
						if (value.indexOf(',') >= 0) {
							throw new PabulibFormatException(line, column,
									"project id \"" + value + "\" contains a comma, so no vote could name it");
						}
						id = value;
					}
					case "cost" -> {
						cost = number(value, line, column);
						if (cost.signum() < 0) {
							throw new PabulibFormatException(line, column, "negative cost " + value);
						}
					}
					case "votes", "selected" -> {
						if (!value.isEmpty()) {
							requireNonNegativeInteger(value, line, column);
						}
					}
					case "score" -> {
						if (!value.isEmpty()) {
							number(value, line, column);
						}
					}
					default -> {
						// free-form column
					}
				}
			}
			if (id == null || cost == null) {
				throw new IllegalStateException("header was checked for project_id and cost");
			}
			if (this.projectIds.putIfAbsent(id, id) != null) {
				throw new PabulibFormatException(line, "project_id", "duplicate project id \"" + id + "\"");
			}
			if (this.projects.size() >= PbReader.this.maxProjects) {
				throw new PabulibLimitException(line, PabulibLimitException.What.PROJECTS, PbReader.this.maxProjects);
			}
			this.projects.add(new PbProject(id, cost, fields));
		}

		private void voteRow(List<String> fields, long line) throws PabulibFormatException {
			List<String> columns = this.voteColumns;
			String voterId = null;
			List<String> ids = List.of();
			List<BigDecimal> points = null;
			String voteType = this.meta.getOrDefault("vote_type", "");
			for (int i = 0; i < columns.size(); i++) {
				String column = columns.get(i);
				String value = fields.get(i);
				switch (column) {
					case "voter_id" -> {
						if (value.isEmpty()) {
							throw new PabulibFormatException(line, column, "empty voter id");
						}
						voterId = value;
					}
					case "vote" -> ids = projectList(value, line);
					case "points" -> {
						if (!value.isEmpty()) {
							points = pointList(value, line, voteType.equals("cumulative"));
						}
					}
					default -> {
						// voter metadata (age, sex, ...)
					}
				}
			}
			if (voterId == null) {
				throw new IllegalStateException("header was checked for voter_id");
			}
			if (++this.voteCount > PbReader.this.maxVoters) {
				throw new PabulibLimitException(line, PabulibLimitException.What.VOTERS, PbReader.this.maxVoters);
			}
			if (!this.voterIds.add(voterId)) {
				throw new PabulibFormatException(line, "voter_id", "duplicate voter id \"" + voterId + "\"");
			}
			boolean needsPoints = voteType.equals("cumulative") || voteType.equals("scoring");
			if (points == null && needsPoints && !ids.isEmpty()) {
				throw new PabulibFormatException(line, "points", "vote_type " + voteType + " needs points for each project");
			}
			if (points != null && points.size() != ids.size()) {
				throw new PabulibFormatException(line, "points",
						points.size() + " points for " + ids.size() + " projects in the vote");
			}
			if (ids.size() > 1 && new HashSet<>(ids).size() != ids.size()) {
				List<String> once = new ArrayList<>(ids.size());
				List<BigDecimal> pointsOnce = points == null ? null : new ArrayList<>(ids.size());
				Set<String> seen = new HashSet<>();
				String repeated = null;
				for (int i = 0; i < ids.size(); i++) {
					if (seen.add(ids.get(i))) {
						once.add(ids.get(i));
						if (pointsOnce != null) {
							pointsOnce.add(points.get(i));
						}
					}
					else if (repeated == null) {
						repeated = ids.get(i);
					}
				}
				if (this.repeatedRows++ == 0) {
					this.repeatedLine = line;
					this.repeatedExample = String.valueOf(repeated);
				}
				ids = once;
				points = pointsOnce;
			}
			this.handler.vote(new PbVote(voterId, ids, points, fields));
		}

		private List<String> projectList(String value, long line) throws PabulibFormatException {
			if (value.isEmpty()) {
				return List.of();
			}
			List<String> ids = new ArrayList<>(8);
			int start = 0;
			while (start <= value.length()) {
				int comma = value.indexOf(',', start);
				int end = comma < 0 ? value.length() : comma;
				String item = value.substring(start, end).strip();
				if (!item.isEmpty()) {
					String id = this.projectIds.get(item);
					if (id == null) {
						throw new PabulibFormatException(line, "vote", "unknown project id \"" + item + "\"");
					}
					ids.add(id);
				}
				if (comma < 0) {
					break;
				}
				start = comma + 1;
			}
			return ids;
		}

		private List<BigDecimal> pointList(String value, long line, boolean nonNegative) throws PabulibFormatException {
			List<BigDecimal> points = new ArrayList<>(8);
			for (String item : value.split(",", -1)) {
				String trimmed = item.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				BigDecimal point = number(trimmed, line, "points");
				if (nonNegative && point.signum() < 0) {
					throw new PabulibFormatException(line, "points", "negative points " + trimmed + " in a cumulative vote");
				}
				points.add(point);
			}
			return points;
		}
	}

	/**
	 * Parses a plain decimal number: optional sign, digits, optional fraction. Exponents,
	 * thousands separators and decimal commas are refused.
	 */
	static BigDecimal number(String value, long line, String field) throws PabulibFormatException {
		int n = value.length();
		int i = 0;
		if (n > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) {
			i = 1;
		}
		int digits = 0;
		boolean dot = false;
		int fractionDigits = 0;
		for (; i < n; i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
				if (dot) {
					fractionDigits++;
				}
			}
			else if (c == '.' && !dot) {
				dot = true;
			}
			else {
				digits = -1;
				break;
			}
		}
		if (digits <= 0 || (dot && fractionDigits == 0) || n > 200) {
			throw new PabulibFormatException(line, field, "not a number: \"" + shorten(value) + "\"");
		}
		return new BigDecimal(value);
	}

	private static void requireNonNegativeInteger(String value, long line, String field) throws PabulibFormatException {
		BigDecimal number = number(value, line, field);
		if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
			throw new PabulibFormatException(line, field, "expected a whole number of at least 0 but found " + value);
		}
	}

	private static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}
}
