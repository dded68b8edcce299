package be.clusterpact.demo;

import be.clusterpact.process.GroupIds;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.access.AccessRules;
import be.clusterpact.access.ClusterGroups;
import be.clusterpact.access.Roles;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.budget.YearBalance;
import be.clusterpact.negotiation.PactDossiers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty installation with demo users and demo pacts ({@code clusterpact.demo.enabled}, on in
 * the demo profile). Runs once the application has started and before the job executor does; does
 * nothing for what exists already (users by ID, pacts by the cluster of their business key).
 *
 * <p>Pacts are driven as people would in Tasklist: the VLAIO cluster team's demo user starts them, and
 * each task is claimed and completed by the demo user of its candidate group, with the authorizations
 * of that group.
 */
@Component
@ConditionalOnProperty(name = "clusterpact.demo.enabled", havingValue = "true")
class DemoSeeder {

  static final String STARTER = DemoUsers.ofGroup(GroupIds.VLAIO_CLUSTER_TEAM).id();
  private static final long DEMO_ANNUAL_MAXIMUM_CENTS = 1_500_000_000L;
  private static final int MAX_STEPS = 200;
  /** More completions of one task than any multi-instance step has: the pact keeps coming back to it. */
  private static final int MAX_COMPLETIONS_PER_TASK = 10;
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

  private final ProcessEngine engine;
  private final HermesLedger ledger;

  DemoSeeder(ProcessEngine engine, HermesLedger ledger) {
    this.engine = engine;
    this.ledger = ledger;
  }

  @EventListener(ApplicationStartedEvent.class)
  void seed() {
    LocalDate today = Dates.today();
    createMissingUsers(today);
    for (DemoPacts.DemoPact pact : DemoPacts.all(today)) {
      if (exists(pact)) {
        continue;
      }
      ensureAnnualMaxima(pact, today);
      ProcessInstance instance = drive(pact, today);
      LOG.info("Demo pact {} stands at {}", instance.getBusinessKey(),
          engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
              .map(Task::getTaskDefinitionKey).distinct().toList());
    }
    seedExpertGroupCall();
  }

  /**
   * The 2019 EU call with its applications, entered on the engine's clock at the dates they came in (then
   * the clock runs on as before); its deadline and mandate timers fire once the job executor runs.
   */
  private void seedExpertGroupCall() {
    if (engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(DemoExpertGroupCall.KEY).count() > 0) {
      return;
    }
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    String desk = DemoUsers.ofGroup(GroupIds.EU_CLUSTER_DESK).id();
    try {
      setClock(DemoExpertGroupCall.REGISTERED);
      as(desk, GroupIds.EU_CLUSTER_DESK, () -> engine.getRuntimeService()
          .startProcessInstanceByKey(DemoExpertGroupCall.CALL_PROCESS, DemoExpertGroupCall.call()));
      setClock(DemoExpertGroupCall.APPLICATIONS_RECEIVED);
      for (DemoExpertGroupCall.DemoApplication application : DemoExpertGroupCall.applications()) {
        ProcessInstance instance = as(desk, GroupIds.EU_CLUSTER_DESK, () -> engine.getRuntimeService()
            .startProcessInstanceByKey(DemoExpertGroupCall.APPLICATION_PROCESS, application.start()));
        if (application.step() != DemoExpertGroupCall.Step.RECEIVED) {
          completeOpen(instance, EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS, Map.of(EuExpertGroupApplicationProcess.APPLICATION_COMPLETE, true));
        }
        if (application.step() == DemoExpertGroupCall.Step.SELECTED_AND_TOLD) {
          completeOpen(instance, EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION, Map.of(EuExpertGroupApplicationProcess.SELECTION_DECISION, "SELECT"));
          completeOpen(instance, EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME, Map.of(EuExpertGroupApplicationProcess.OUTCOME_NOTIFIED_ON, "2019-08-20",
              EuExpertGroupApplicationProcess.OUTCOME_NOTIFICATION_NOTE, "Brief per e-mail"));
        }
      }
    } finally {
      ClockUtil.offset(offset);
    }
    LOG.info("Demo EU call {} registered with {} applications", DemoExpertGroupCall.KEY, DemoExpertGroupCall.applications().size());
  }

  private void setClock(LocalDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(Dates.BRUSSELS).toInstant()));
  }

  private void completeOpen(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult(), new HashMap<>(variables));
  }

  private void createMissingUsers(LocalDate today) {
    // The demo clusters' groups exist before their pacts start, so their demo users can join them.
    DemoPacts.all(today).forEach(pact -> ClusterGroups.ensure(engine, pact.cluster()));
    IdentityService identity = engine.getIdentityService();
    for (DemoUsers.DemoUser demo : DemoUsers.all()) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.email());
      user.setPassword(DemoUsers.PASSWORD);
      identity.saveUser(user);
      identity.createMembership(demo.id(), demo.groupId());
      LOG.info("Created demo user {} in group {}", demo.id(), demo.groupId());
    }
  }

  /** A demo pact of this cluster was started before (whatever the year in its business key). */
  private boolean exists(DemoPacts.DemoPact pact) {
    String key = PactDossiers.businessKey(pact.cluster(), pact.supportDecision());
    String cluster = key.substring(0, key.lastIndexOf('-') + 1);
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(AccessRules.CLUSTERPACT).startedBy(STARTER)
        .processInstanceBusinessKeyLike(cluster + "%").count() > 0;
  }

  /**
   * The demo profile's migration sets maxima up to next year; elsewhere (opted in) the pacts' years up
   * to next year get one here. Later years stay without maximum: the pacts hold them conditionally.
   */
  private void ensureAnnualMaxima(DemoPacts.DemoPact pact, LocalDate today) {
    int lastYearWithMaximum = Math.min(today.getYear() + 1, pact.firstEarmarkYear() + pact.earmarkEuroPerYear().size() - 1);
    for (int year = pact.firstEarmarkYear(); year <= lastYearWithMaximum; year++) {
      if (ledger.balance(year).map(YearBalance::conditional).orElse(true)) {
        ledger.setMaximum(new LedgerStep(null, null, "demo-maximum", "demo"), year, DEMO_ANNUAL_MAXIMUM_CENTS);
      }
    }
  }

  private ProcessInstance drive(DemoPacts.DemoPact pact, LocalDate today) {
    Map<String, Object> start = new HashMap<>();
    start.put(ClusterpactProcess.CLUSTER_NAME, pact.cluster());
    start.put(ClusterpactProcess.CLUSTER_ORGANISATION, pact.organisation());
    start.put(ClusterpactProcess.CLUSTER_CONTACT_NAME, pact.contactName());
    start.put(ClusterpactProcess.CLUSTER_CONTACT_EMAIL, pact.contactName().toLowerCase().replace(' ', '.') + "@clusterpact.example");
    start.put(ClusterpactProcess.SUPPORT_DECISION_DATE, pact.supportDecision().toString());
    start.put(ClusterpactProcess.LONG_TERM_STRATEGY, pact.strategy());
    ProcessInstance instance = as(STARTER, GroupIds.VLAIO_CLUSTER_TEAM,
        () -> engine.getRuntimeService().startProcessInstanceByKey(AccessRules.CLUSTERPACT, start));
    Map<String, Integer> completions = new HashMap<>();
    for (int step = 0; step < MAX_STEPS; step++) {
      runAsyncContinuations(instance);
      Optional<Task> next = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .orderByTaskCreateTime().asc().list().stream()
          .filter(task -> !pact.waitsAt().contains(task.getTaskDefinitionKey())).findFirst();
      if (next.isEmpty()) {
        return instance;
      }
      Optional<DemoTaskAnswers.Answer> answer = DemoTaskAnswers.forTask(next.get().getTaskDefinitionKey());
      if (answer.isEmpty()) {
        LOG.warn("Demo pact {} left at {}: DemoTaskAnswers has no entry for this task",
            instance.getBusinessKey(), next.get().getTaskDefinitionKey());
        return instance;
      }
      String key = next.get().getTaskDefinitionKey();
      if (completions.merge(key, 1, Integer::sum) > MAX_COMPLETIONS_PER_TASK) {
        LOG.warn("Demo pact {} left at {}: it keeps coming back there ({})", instance.getBusinessKey(), key,
            engine.getRuntimeService().getVariable(instance.getId(), ClusterpactProcess.BUDGET_CHECK_MESSAGE));
        return instance;
      }
      complete(next.get(), answer.get().variables(pact, engine.getTaskService().getVariables(next.get().getId()), today));
    }
    throw new IllegalStateException("Demo pact " + instance.getBusinessKey() + " does not come to rest in " + MAX_STEPS + " steps");
  }

  /** Claims and completes a task as the demo user of its candidate group. */
  private void complete(Task task, Map<String, Object> variables) {
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst()
        .orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no candidate group"));
    String user = DemoUsers.ofGroup(group).id();
    as(user, group, () -> {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  /** Executes the pact's asynchronous continuations, as the job executor would; timers wait for it. */
  private void runAsyncContinuations(ProcessInstance instance) {
    for (int round = 0; round < MAX_STEPS; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Asynchronous jobs keep coming for demo pact " + instance.getBusinessKey());
  }

  private <T> T as(String userId, String groupId, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(userId, List.of(groupId));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
