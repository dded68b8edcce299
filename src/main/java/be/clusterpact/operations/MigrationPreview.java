package be.clusterpact.operations;

import be.clusterpact.kernel.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before a changed diagram is deployed: which activities of the running versions would have no
 * counterpart in it, and how many instances wait there. The new files are deployed in a transaction
 * that is always rolled back (so the deployment validator and the engine's parser judge them exactly
 * as a real deployment; nothing stays in the database), and from every version with running instances
 * the plan {@link InstanceMigration} would use is built to the new version.
 */
@Service
class MigrationPreview {

  private static final Logger log = LoggerFactory.getLogger(MigrationPreview.class);

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;

  MigrationPreview(ProcessEngine engine, TransactionTemplate transactions) {
    this.engine = engine;
    this.transactions = transactions;
  }

  /** One activity of a running version where instances wait; {@code mappedTo} is null when they cannot move. */
  record Waiting(String activityId, String name, int instances, boolean mapped, String mappedTo) {}

  /**
   * One running version against the new one: where its instances wait, the flow nodes the new diagram
   * no longer has, and why no plan could be built (null when it could).
   */
  record Version(String source, int version, long running, List<Waiting> waiting, List<String> withoutCounterpart,
                 String planProblem) {}

  record Process(String processDefinitionKey, int newVersion, List<Version> runningVersions) {}

  record Preview(List<Process> processes, boolean deployed) {}

  Preview preview(Map<String, byte[]> files) {
    if (files.isEmpty()) {
      throw new InvalidInputException("files", "geen bestanden: stuur de nieuwe .bpmn-, .dmn- en .form-bestanden mee");
    }
    List<String> processIds = new ArrayList<>();
    List<String> decisionIds = new ArrayList<>();
    List<String> requirementsIds = new ArrayList<>();
    try {
      Preview preview = transactions.execute(status -> {
        status.setRollbackOnly();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("migration-preview")
            .source("migration-preview");
        files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        Deployment deployment = builder.deploy();
        RepositoryService repository = engine.getRepositoryService();
        repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list()
            .forEach(decision -> decisionIds.add(decision.getId()));
        repository.createDecisionRequirementsDefinitionQuery().deploymentId(deployment.getId()).list()
            .forEach(requirements -> requirementsIds.add(requirements.getId()));
        List<ProcessDefinition> targets = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
            .orderByProcessDefinitionKey().asc().list();
        targets.forEach(target -> processIds.add(target.getId()));
        return new Preview(targets.stream().map(this::against).toList(), false);
      });
      log.info("Migration preview of {} file(s), nothing deployed: {}", files.size(), preview.processes().stream()
          .map(process -> process.processDefinitionKey() + " v" + process.newVersion() + " against "
              + process.runningVersions().size() + " running version(s)").toList());
      return preview;
    } finally {
      // the rolled-back definitions must not linger in the engine's cache
      DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
      processIds.forEach(cache::removeProcessDefinition);
      decisionIds.forEach(cache::removeDecisionDefinition);
      requirementsIds.forEach(cache::removeDecisionRequirementsDefinition);
    }
  }

  private Process against(ProcessDefinition target) {
    List<Version> versions = new ArrayList<>();
    for (ProcessDefinition source : engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(target.getKey()).orderByProcessDefinitionVersion().asc().list()) {
      long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(source.getId()).count();
      if (!source.getId().equals(target.getId()) && running > 0) {
        versions.add(version(source, target, running));
      }
    }
    return new Process(target.getKey(), target.getVersion(), versions);
  }

  private Version version(ProcessDefinition source, ProcessDefinition target, long running) {
    Map<String, String> mapping = new TreeMap<>();
    String planProblem = null;
    try {
      MigrationPlan plan = InstanceMigration.plan(engine, source.getId(), target.getId());
      for (MigrationInstruction instruction : plan.getInstructions()) {
        mapping.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
      }
    } catch (MigrationPlanValidationException e) {
      planProblem = e.getMessage();
    }
    BpmnModelInstance sourceModel = engine.getRepositoryService().getBpmnModelInstance(source.getId());
    Set<String> targetNodes = flowNodes(engine.getRepositoryService().getBpmnModelInstance(target.getId())).keySet();
    Map<String, String> sourceNodes = flowNodes(sourceModel);
    List<Waiting> waiting = engine.getManagementService().createActivityStatisticsQuery(source.getId()).list().stream()
        .filter(statistics -> statistics.getInstances() > 0)
        .sorted(Comparator.comparing(ActivityStatistics::getId))
        .map(statistics -> new Waiting(statistics.getId(), sourceNodes.get(statistics.getId()), statistics.getInstances(),
            mapping.containsKey(statistics.getId()), mapping.get(statistics.getId())))
        .toList();
    List<String> withoutCounterpart = sourceNodes.keySet().stream().filter(id -> !targetNodes.contains(id)).toList();
    return new Version(source.getId(), source.getVersion(), running, waiting, withoutCounterpart, planProblem);
  }

  /** ID → name of every flow node (tasks, events, gateways, sub-processes), in ID order. */
  private static Map<String, String> flowNodes(BpmnModelInstance model) {
    return model.getModelElementsByType(FlowNode.class).stream()
        .collect(Collectors.toMap(FlowNode::getId, node -> node.getName() == null ? "" : node.getName(),
            (a, b) -> a, TreeMap::new));
  }
}
