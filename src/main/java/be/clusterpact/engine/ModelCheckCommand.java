package be.clusterpact.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The model check a process owner runs before committing or deploying ({@code tools/modeling/check.sh}),
 * without the application or its database: the models of {@code bpmn/} and the forms of {@code forms/}
 * as one deployment, through the {@link ModelCheck} the deployment validator runs (with the bean
 * allow-list {@link ModelBeans#scan scanned} from the compiled classes), then through the engine's own
 * BPMN, DMN and form parsers on a throw-away in-memory engine (H2 in memory, nothing written to disk).
 * One line per problem, {@code file, element ID: what is wrong — how to fix it}; exit code 1 when there
 * is any.
 */
public final class ModelCheckCommand {

  private static final String[] FOLDERS = {"bpmn", "forms"};

  private ModelCheckCommand() {}

  /** @param args the project folder holding {@code bpmn/} and {@code forms/} (default: the current folder) */
  public static void main(String[] args) {
    if (args.length > 1) {
      System.err.println("usage: ModelCheckCommand [project-folder]");
      System.exit(2);
    }
    Path project = Path.of(args.length == 0 ? "." : args[0]);
    System.exit(run(project, System.out) ? 0 : 1);
  }

  /** Checks {@code bpmn/} and {@code forms/} under the project folder; true when there is nothing wrong. */
  static boolean run(Path project, PrintStream out) {
    Map<String, byte[]> files = files(project);
    List<String> problems = new ArrayList<>();
    if (files.isEmpty()) {
      problems.add(project.toAbsolutePath().normalize() + ": geen .bpmn-, .dmn- of .form-bestanden in bpmn/ en forms/");
    } else {
      problems.addAll(new ModelCheck(ModelBeans.scan(ModelCheckCommand.class.getClassLoader())).problems(files));
      problems.addAll(engineParse(files));
    }
    problems.forEach(out::println);
    out.println(problems.isEmpty()
        ? "model check: " + files.size() + " file(s) in bpmn/ and forms/ clean"
        : "model check: FAILED, " + problems.size() + " problem(s)");
    return problems.isEmpty();
  }

  /** The files the application deploys at start-up, by the same resource names ({@code bpmn/…}, {@code forms/…}). */
  static Map<String, byte[]> files(Path project) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String folder : FOLDERS) {
      Path root = project.resolve(folder);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
          String name = folder + "/" + root.relativize(path).toString().replace('\\', '/');
          boolean model = folder.equals("bpmn") ? name.endsWith(".bpmn") || name.endsWith(".dmn") : name.endsWith(".form");
          if (model) {
            files.put(name, Files.readAllBytes(path));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + root, e);
      }
    }
    return files;
  }

  /** Deploys the files on a throw-away in-memory engine: what its BPMN, DMN and form parsers refuse. */
  static List<String> engineParse(Map<String, byte[]> files) {
    String name = "model-check-" + UUID.randomUUID();
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
        .setJobExecutorActivate(false);
    ((ProcessEngineConfigurationImpl) configuration).setMetricsEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("model-check");
      files.forEach((resource, content) -> deployment.addInputStream(resource, new ByteArrayInputStream(content)));
      deployment.deploy();
      return List.of();
    } catch (ParseException e) {
      List<String> problems = new ArrayList<>();
      for (ResourceReport report : e.getResorceReports()) {
        for (Problem problem : report.getErrors()) {
          String element = problem.getMainElementId() != null ? problem.getMainElementId() : "regel " + problem.getLine();
          problems.add(report.getResourceName() + ", " + element + ": de engine weigert het model: "
              + problem.getMessage());
        }
      }
      return problems.isEmpty() ? List.of("engine: de engine weigert de modellen: " + e.getMessage()) : problems;
    } catch (RuntimeException e) { // the DMN and form parsers' own exceptions
      return List.of("engine: de engine weigert de modellen: " + e.getMessage());
    } finally {
      engine.close();
    }
  }
}
