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
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path puml : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
				Files.write(puml, sortedDeclarations(Files.readAllLines(puml)));
			}
		}
		assertThat(OUTPUT.resolve("components.puml")).exists();
		assertThat(modules.stream())
			.allSatisfy(m -> assertThat(OUTPUT.resolve("module-" + m.getIdentifier() + ".puml")).exists());
	}

	static final Pattern DECLARATION = Pattern.compile("^\\s*(Rel|Component|Container|Person)\\(");

	/**
	 * The Documenter lists relations in the order the class path yields them, which differs from
	 * one checkout to another. Runs of the same declaration do not depend on their order, so they
	 * are sorted: the files change only when a module or a dependency does.
	 */
	static List<String> sortedDeclarations(List<String> lines) {
		var out = new ArrayList<String>();
		var run = new ArrayList<String>();
		String runKind = null;
		for (String line : lines) {
			Matcher m = DECLARATION.matcher(line);
			String kind = m.find() ? m.group(1) : null;
			if (runKind != null && !runKind.equals(kind)) {
				run.sort(null);
				out.addAll(run);
				run.clear();
			}
			runKind = kind;
			if (kind != null) {
				run.add(line);
			}
			else {
				out.add(line);
			}
		}
		run.sort(null);
		out.addAll(run);
		return out;
	}
}
