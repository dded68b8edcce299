package be.clusterpact.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The benchmark's own small processes, deployed next to the product's models as deployment
 * {@value #DEPLOYMENT} (duplicate filtering: a rerun deploys nothing new).
 */
final class BenchModels {

  static final String DEPLOYMENT = "clusterpact-bench";
  /** Start, one user task for the group in {@link #GROUP_VARIABLE}, end: the engine floor. */
  static final String MINIMAL = "Process_BenchMinimal";
  /** The same shape, left open: the Tasklist backlog. */
  static final String BACKLOG = "Process_BenchBacklog";
  /** Start, end: the historic bulk. */
  static final String HISTORIC = "Process_BenchHistoric";
  static final String TASK = "Task_BenchWork";
  static final String GROUP_VARIABLE = "benchGroup";

  private BenchModels() {}

  static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name(DEPLOYMENT).enableDuplicateFiltering(false)
        .addModelInstance("bench-minimal.bpmn", oneTask(MINIMAL, "Minimaal proces"))
        .addModelInstance("bench-backlog.bpmn", oneTask(BACKLOG, "Openstaand werk"))
        .addModelInstance("bench-historic.bpmn", Bpmn.createExecutableProcess(HISTORIC).name("Afgehandeld werk")
            .camundaHistoryTimeToLive(3650).startEvent("StartEvent_Bench").endEvent("EndEvent_Bench").done())
        .deploy();
  }

  private static BpmnModelInstance oneTask(String key, String name) {
    return Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Bench")
        .userTask(TASK).name("Werk afhandelen").camundaCandidateGroups("${" + GROUP_VARIABLE + "}")
        .endEvent("EndEvent_Bench").done();
  }
}
