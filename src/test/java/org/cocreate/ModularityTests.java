package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The module boundaries hold: each module uses only the other modules' base packages (their
 * API), and there are no cycles. Writes the module diagrams and canvases to {@code docs/modules/},
 * which docs/architecture.md shows; commit them when a module or a dependency changes.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CocreateApplication.class);

	static final Path OUTPUT = Path.of("docs/modules");

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramsIntoDocs() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			// a module nothing depends on (a command-line tool, say) still belongs in the overview
			.writeModulesAsPlantUml(DiagramOptions.defaults()
				.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".puml") || p.toString().endsWith(".adoc")).toList()) {
				Files.write(file, sortedDeclarations(Files.readAllLines(file)));
			}
		}
		assertThat(OUTPUT.resolve("components.puml")).exists();
		assertThat(modules.stream())
			.allSatisfy(m -> assertThat(OUTPUT.resolve("module-" + m.getIdentifier() + ".puml")).exists());
	}

	/** PlantUML declarations, and the bullets of the canvases' lists (a table cell's first one starts with |). */
	static final Pattern DECLARATION = Pattern.compile("^\\s*(Rel\\(|Component\\(|Container\\(|Person\\(|\\|?\\* )");

	/**
	 * The Documenter lists relations and a canvas's types in the order the class path yields them,
	 * which differs from one checkout to another. Runs of the same declaration or bullets do not
	 * depend on their order, so they are sorted: the files change only when the modules do.
	 */
	static List<String> sortedDeclarations(List<String> lines) {
		var out = new ArrayList<String>();
		var run = new ArrayList<String>();
		String runKind = null;
		for (String line : lines) {
			Matcher m = DECLARATION.matcher(line);
			String kind = m.find() ? m.group(1).replace("|", "") : null;
			boolean cellStart = line.startsWith("|* ");
			if (runKind != null && (!runKind.equals(kind) || cellStart)) {
				flush(run, out);
			}
			runKind = kind;
			if (kind != null) {
				run.add(line);
			}
			else {
				out.add(line);
			}
		}
		flush(run, out);
		return out;
	}

	private static void flush(List<String> run, List<String> out) {
		if (run.isEmpty()) {
			return;
		}
		boolean cell = run.getFirst().startsWith("|");
		var sorted = new ArrayList<>(run.stream().map(l -> cell && l.startsWith("|") ? l.substring(1) : l).sorted().toList());
		if (cell) {
			sorted.set(0, "|" + sorted.getFirst());
		}
		out.addAll(sorted);
		run.clear();
	}
}
