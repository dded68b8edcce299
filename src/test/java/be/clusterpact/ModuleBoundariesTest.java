package be.clusterpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules, the process contracts and the shared kernel depend on each other without cycles
 * and without reaching into another module's internals (its subpackages); the module diagram in
 * {@code docs/modules/} is written from the code, and the README's code layout names every module.
 */
class ModuleBoundariesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(ClusterpactApplication.class);
  static final Path DOCS = Path.of("docs/modules");

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void theModuleDiagramIsWrittenFromTheCode() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeModulesAsPlantUml();
    Path plantUml = DOCS.resolve("components.puml");
    Files.write(plantUml, inStableOrder(Files.readAllLines(plantUml)));
    String source = Files.readString(plantUml).replace("@startuml", "@startuml\n!pragma layout smetana");
    try (OutputStream svg = Files.newOutputStream(DOCS.resolve("components.svg"))) {
      new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
    }
    // every module that depends on another or is used by one (the contracts in `process` are compile-time
    // constants, inlined by the compiler, so no module depends on them in the byte code)
    assertThat(Files.readString(DOCS.resolve("components.svg"), StandardCharsets.UTF_8)).contains("<svg")
        .contains("Negotiation", "Approval", "Budget", "Tranche", "Expertgroup", "Access", "Operations", "Demo",
            "Kernel", "Engine", "Web", "Notification", "Dossier");
  }

  /** The Documenter lists modules and relations in hash order; sorted, the file only changes with the code. */
  static List<String> inStableOrder(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    for (String kind : List.of("  Component(", "Rel(")) {
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        if (sorted.get(i).startsWith(kind)) {
          at.add(i);
        }
      }
      List<String> block = at.stream().map(sorted::get).sorted().toList();
      for (int i = 0; i < at.size(); i++) {
        sorted.set(at.get(i), block.get(i));
      }
    }
    return sorted;
  }

  @Test
  void theReadmesCodeLayoutNamesEveryModule() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String codeLayout = readme.substring(readme.indexOf("## Code layout"));
    for (ApplicationModule module : MODULES) {
      assertThat(codeLayout).as("README, Code layout").contains("`" + module.getBasePackage().getLocalName() + "`");
    }
  }
}
