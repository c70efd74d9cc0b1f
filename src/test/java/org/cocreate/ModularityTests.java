package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramsIntoDocs() {
		Path output = Path.of("docs/modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		assertThat(output.resolve("components.puml")).exists();
		assertThat(modules.stream()).allSatisfy(m -> assertThat(output.resolve("module-" + m.getIdentifier() + ".puml")).exists());
	}
}
