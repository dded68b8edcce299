package be.clusterpact.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Deploys everything in bpmn/ and forms/ as one deployment, as a process owner does from Modeler. */
final class ModelDeployments {

  static final String CLUSTERPACT = "bpmn/clusterpact.bpmn";

  private ModelDeployments() {}

  /** All models unchanged: a new version of each, the latest from now on. */
  static Deployment deployAll(ProcessEngine engine, String name) throws IOException {
    return deployAll(engine, name, UnaryOperator.identity());
  }

  /** All models, with the clusterpact diagram changed by {@code clusterpactChange}. */
  static Deployment deployAll(ProcessEngine engine, String name, UnaryOperator<BpmnModelInstance> clusterpactChange)
      throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name).source("clusterpact-engine");
    for (String folder : List.of("bpmn", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          String resource = folder + "/" + file.getFileName();
          if (resource.equals(CLUSTERPACT)) {
            deployment.addString(resource, Bpmn.convertToString(clusterpactChange.apply(Bpmn.readModelFromFile(file.toFile()))));
          } else {
            deployment.addString(resource, Files.readString(file));
          }
        }
      }
    }
    return deployment.deploy();
  }
}
