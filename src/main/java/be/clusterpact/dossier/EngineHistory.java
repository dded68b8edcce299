package be.clusterpact.dossier;

import be.clusterpact.dossier.AuditSource.AuditedPact;
import be.clusterpact.dossier.AuditStep.LabelledValue;
import be.clusterpact.engine.FormFields;
import be.clusterpact.process.ClusterpactProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The pact as Camunda's history records it (history level full): its processes, their tasks with who
 * completed them and the values entered, the timers that fired, how each process ended; and who worked on it.
 * Read without the caller's authorizations: {@link PactAccess} decides who may read the dossier.
 */
@Component
class EngineHistory implements AuditSource {

  /** Activity types of timers; a finished, not cancelled instance of one is a timer that fired. */
  static final Set<String> TIMERS = Set.of("startTimerEvent", "boundaryTimer", "intermediateTimer");
  static final String COMPLETED = "completed";

  private final HistoryService history;
  private final IdentityService identity;
  private final DeployedForms forms;

  EngineHistory(HistoryService history, IdentityService identity, DeployedForms forms) {
    this.history = history;
    this.identity = identity;
    this.forms = forms;
  }

  /** The pact with this business key and its tranche follow-ups; empty when no clusterpact has it. */
  Optional<AuditedPact> find(String businessKey) {
    return unrestricted(() -> {
      List<HistoricProcessInstance> pacts = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ClusterpactProcess.KEY).processInstanceBusinessKey(businessKey)
          .orderByProcessInstanceStartTime().asc().list();
      if (pacts.isEmpty()) {
        return Optional.empty();
      }
      List<String> ids = new ArrayList<>();
      for (HistoricProcessInstance pact : pacts) {
        ids.add(pact.getId());
        history.createHistoricProcessInstanceQuery().rootProcessInstanceId(pact.getId())
            .orderByProcessInstanceStartTime().asc().list().stream()
            .map(HistoricProcessInstance::getId).filter(id -> !ids.contains(id)).forEach(ids::add);
      }
      return Optional.of(new AuditedPact(businessKey, ids));
    });
  }

  /** The candidate groups of the pact's tasks and the users who started it or claimed or completed a task. */
  PactReaders.Workers workers(AuditedPact pact) {
    return unrestricted(() -> {
      Set<String> groups = new HashSet<>();
      Set<String> users = new HashSet<>();
      for (String id : pact.processInstanceIds()) {
        Optional.ofNullable(instance(id).getStartUserId()).ifPresent(users::add);
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
          Optional.ofNullable(task.getAssignee()).ifPresent(users::add);
          for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
              .type(IdentityLinkType.CANDIDATE).list()) {
            Optional.ofNullable(link.getGroupId()).ifPresent(groups::add);
            Optional.ofNullable(link.getUserId()).ifPresent(users::add);
          }
        }
        completers(id).values().forEach(users::add);
      }
      return new PactReaders.Workers(groups, users);
    });
  }

  @Override
  public List<AuditStep> stepsOf(AuditedPact pact) {
    return unrestricted(() -> {
      List<AuditStep> steps = new ArrayList<>();
      for (String id : pact.processInstanceIds()) {
        steps.addAll(stepsOfProcess(instance(id)));
      }
      return steps;
    });
  }

  private List<AuditStep> stepsOfProcess(HistoricProcessInstance process) {
    String name = process.getProcessDefinitionName();
    List<AuditStep> steps = new ArrayList<>();
    Map<String, List<HistoricVariableUpdate>> updates = variableUpdates(process.getId());
    steps.add(new AuditStep(instant(process.getStartTime()), StepKind.PROCESS_STARTED, name, name,
        process.getStartUserId(), startValues(process, updates)));
    Map<String, String> completers = completers(process.getId());
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(process.getId()).list()) {
      steps.add(taskStep(name, process, task, completers, updates));
    }
    Map<String, String> activityNames = new HashMap<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(process.getId()).list()) {
      activityNames.putIfAbsent(activity.getActivityId(), activity.getActivityName());
      if (TIMERS.contains(activity.getActivityType()) && activity.getEndTime() != null && !activity.isCanceled()) {
        steps.add(new AuditStep(instant(activity.getEndTime()), StepKind.TIMER_FIRED, name,
            Optional.ofNullable(activity.getActivityName()).orElse(activity.getActivityId()), null, List.of()));
      }
    }
    if (process.getEndTime() != null) {
      String end = Optional.ofNullable(activityNames.get(process.getEndActivityId())).orElse(name);
      steps.add(new AuditStep(instant(process.getEndTime()), StepKind.PROCESS_ENDED, name, end, null,
          process.getDeleteReason() == null ? List.of() : List.of(new LabelledValue("Reden", process.getDeleteReason()))));
    }
    return steps;
  }

  private AuditStep taskStep(String processName, HistoricProcessInstance process, HistoricTaskInstance task,
      Map<String, String> completers, Map<String, List<HistoricVariableUpdate>> updates) {
    if (task.getEndTime() == null) {
      return new AuditStep(instant(task.getStartTime()), StepKind.TASK_OPEN, processName, task.getName(),
          task.getAssignee(), List.of());
    }
    if (!COMPLETED.equals(task.getDeleteReason())) {
      return new AuditStep(instant(task.getEndTime()), StepKind.TASK_ENDED_UNFINISHED, processName, task.getName(),
          null, List.of());
    }
    FormFields form = forms.ofTask(process.getProcessDefinitionId(), task.getTaskDefinitionKey());
    return new AuditStep(instant(task.getEndTime()), StepKinds.ofCompletedTask(task.getTaskDefinitionKey()), processName,
        task.getName(), Optional.ofNullable(completers.get(task.getId())).orElse(task.getAssignee()),
        EnteredValues.of(form, lastValues(updates.getOrDefault(task.getActivityInstanceId(), List.of()))));
  }

  /** What the start form asked, as the process started with it: each variable's first value. */
  private List<LabelledValue> startValues(HistoricProcessInstance process, Map<String, List<HistoricVariableUpdate>> updates) {
    FormFields form = forms.ofStart(process.getProcessDefinitionId());
    Map<String, Object> first = new LinkedHashMap<>();
    updates.values().stream().flatMap(List::stream)
        .sorted(Comparator.comparing((HistoricVariableUpdate update) -> update.getTime()).thenComparingInt(HistoricVariableUpdate::getRevision))
        .forEach(update -> first.putIfAbsent(update.getVariableName(), update.getValue()));
    return EnteredValues.of(form, first);
  }

  /** The variable updates of a process by the activity instance they were made in, in order. */
  private Map<String, List<HistoricVariableUpdate>> variableUpdates(String processInstanceId) {
    Map<String, List<HistoricVariableUpdate>> byActivity = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().orderPartiallyByOccurrence().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && detail.getActivityInstanceId() != null) {
        byActivity.computeIfAbsent(detail.getActivityInstanceId(), id -> new ArrayList<>()).add(update);
      }
    }
    return byActivity;
  }

  private static Map<String, Object> lastValues(List<HistoricVariableUpdate> updates) {
    Map<String, Object> last = new LinkedHashMap<>();
    updates.forEach(update -> last.put(update.getVariableName(), update.getValue()));
    return last;
  }

  /** Task ID → the user who completed it, as the user operation log records an authenticated completion. */
  private Map<String, String> completers(String processInstanceId) {
    Map<String, String> byTask = new HashMap<>();
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .entityType(org.camunda.bpm.engine.EntityTypes.TASK).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .list()) {
      if (entry.getTaskId() != null && entry.getUserId() != null) {
        byTask.putIfAbsent(entry.getTaskId(), entry.getUserId());
      }
    }
    return byTask;
  }

  private HistoricProcessInstance instance(String id) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static Instant instant(Date date) {
    return date.toInstant();
  }

  /** Reads the history as the application, whatever the caller's own authorizations on it. */
  private <T> T unrestricted(Supplier<T> read) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
