package be.clusterpact.operations;

import be.clusterpact.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every running instance of one process version to another (by default the latest): a plan
 * mapping equal activity IDs (timers and other event triggers updated), validated; each instance is
 * tried in a transaction that is rolled back, so the report says which cannot move and why; the
 * others are migrated as a batch the job executor runs (failures become incidents in Cockpit).
 */
@Service
public class InstanceMigration {

  private static final Logger log = LoggerFactory.getLogger(InstanceMigration.class);

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;

  InstanceMigration(ProcessEngine engine, TransactionTemplate transactions) {
    this.engine = engine;
    this.transactions = transactions;
  }

  public record Refused(String processInstanceId, String businessKey, String reason) {}

  public record Report(String source, String target, List<String> instructions, int running,
                       List<String> migrated, List<Refused> notMigratable, String batchId, boolean dryRun) {}

  public Report migrate(String processDefinitionKey, Integer sourceVersion, Integer targetVersion, boolean dryRun) {
    if (processDefinitionKey == null || processDefinitionKey.isBlank()) {
      throw new InvalidInputException("processDefinitionKey", "is verplicht");
    }
    if (sourceVersion == null) {
      throw new InvalidInputException("sourceVersion", "is verplicht");
    }
    ProcessDefinition source = version(processDefinitionKey, sourceVersion, "sourceVersion");
    ProcessDefinition target = targetVersion == null
        ? engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
            .latestVersion().singleResult()
        : version(processDefinitionKey, targetVersion, "targetVersion");
    if (source.getId().equals(target.getId())) {
      throw new InvalidInputException("targetVersion", "bron- en doelversie zijn dezelfde (versie " + source.getVersion() + ")");
    }

    MigrationPlan plan;
    try {
      plan = plan(engine, source.getId(), target.getId());
    } catch (MigrationPlanValidationException e) {
      throw new InvalidInputException("targetVersion", "geen geldig migratieplan: " + e.getMessage());
    }
    List<String> instructions = plan.getInstructions().stream().map(InstanceMigration::describe).toList();

    List<ProcessInstance> running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionId(source.getId()).list();
    List<String> migratable = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    for (ProcessInstance instance : running) {
      String reason = trial(plan, instance.getId());
      if (reason == null) {
        migratable.add(instance.getId());
      } else {
        refused.add(new Refused(instance.getId(), instance.getBusinessKey(), reason));
      }
    }

    String batchId = null;
    if (!dryRun && !migratable.isEmpty()) {
      Batch batch = engine.getRuntimeService().newMigration(plan).processInstanceIds(migratable)
          .skipCustomListeners().executeAsync();
      batchId = batch.getId();
    }
    log.info("Migration {} v{} -> v{}: {} running, {} migratable, {} not (batch {}, dry run {})", processDefinitionKey,
        source.getVersion(), target.getVersion(), running.size(), migratable.size(), refused.size(), batchId, dryRun);
    return new Report(source.getId(), target.getId(), instructions, running.size(), migratable, refused, batchId, dryRun);
  }

  /** The plan from one version to another: equal activity IDs mapped, timers and other event triggers updated. */
  static MigrationPlan plan(ProcessEngine engine, String sourceDefinitionId, String targetDefinitionId) {
    return engine.getRuntimeService().createMigrationPlan(sourceDefinitionId, targetDefinitionId)
        .mapEqualActivities().updateEventTriggers().build();
  }

  /** Migrates one instance in a transaction that is always rolled back; the reason it cannot move, or null. */
  private String trial(MigrationPlan plan, String processInstanceId) {
    return transactions.execute(status -> {
      status.setRollbackOnly();
      try {
        engine.getRuntimeService().newMigration(plan).processInstanceIds(processInstanceId).skipCustomListeners().execute();
        return null;
      } catch (MigratingProcessInstanceValidationException e) {
        return reason(e.getValidationReport());
      }
    });
  }

  static String reason(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      activity.getFailures().forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      transition.getFailures().forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure));
    }
    return String.join("; ", reasons);
  }

  private ProcessDefinition version(String key, int version, String field) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw new InvalidInputException(field, "versie " + version + " van " + key + " bestaat niet");
    }
    return definition;
  }

  private static String describe(MigrationInstruction instruction) {
    return instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId()
        + (instruction.isUpdateEventTrigger() ? " (event trigger updated)" : "");
  }
}
