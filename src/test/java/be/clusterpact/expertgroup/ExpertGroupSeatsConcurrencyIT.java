package be.clusterpact.expertgroup;

import static be.clusterpact.process.EuExpertGroupApplicationProcess.*;
import static be.clusterpact.testing.EuExpertGroup.individual;
import static be.clusterpact.testing.EuExpertGroup.publicBody;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.EuExpertGroup;
import be.clusterpact.testing.PostgresEngineTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many desk members select candidates for one call at the same moment, each in their own
 * transaction on PostgreSQL: the call's row lock lets them take seats one after the other, so the
 * seats taken never exceed the quotas and every applicant gets an outcome. The same holds when members
 * withdraw and seats are filled from the waiting list while new selections come in.
 */
@PostgresEngineTest
class ExpertGroupSeatsConcurrencyIT {

  static final int TOTAL = 6;
  static final int PUBLIC_BODIES = 4;
  static final int INDIVIDUALS = 3;
  static final int APPLICANTS_PER_KIND = 10;

  @Autowired ProcessEngine engine;
  @Autowired ExpertGroupCallRepository calls;
  @Autowired JdbcTemplate jdbc;
  @Autowired ExpertGroupSeats seats;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void concurrentSelectionsNeverTakeMoreSeatsThanTheQuotas() throws Exception {
    EuExpertGroup desk = new EuExpertGroup(engine);
    LocalDate deadline = LocalDate.now().plusMonths(1);
    ProcessInstance callInstance = desk.registerCall("Gelijktijdige selecties", deadline, deadline.plusYears(2),
        TOTAL, PUBLIC_BODIES, INDIVIDUALS);
    String call = (String) engine.getRuntimeService().getVariable(callInstance.getId(), CALL_BUSINESS_KEY);

    List<ProcessInstance> applications = new ArrayList<>();
    for (int i = 1; i <= APPLICANTS_PER_KIND; i++) {
      applications.add(desk.apply(publicBody(call, "Regio " + i, "REGIONAL", "BE")));
      applications.add(desk.apply(individual(call, "Expert " + i, "CLUSTER_MANAGEMENT", "NL")));
    }
    List<Task> selections = new ArrayList<>();
    for (ProcessInstance application : applications) {
      desk.checkCompleteness(application, true, null);
      selections.add(engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
          .taskDefinitionKey(TASK_DECIDE_ON_SELECTION).singleResult());
    }

    List<Callable<Object>> work = new ArrayList<>();
    for (Task selection : selections) {
      work.add(() -> {
        engine.getTaskService().complete(selection.getId(), Variables.putValue(SELECTION_DECISION, "SELECT"));
        return null;
      });
    }
    runAtOnce(work);

    ExpertGroupCall taken = calls.find(call).orElseThrow();
    List<Member> members = calls.members(call);
    long publicMembers = members.stream().filter(m -> m.kind() == ApplicantKind.PUBLIC_BODY).count();
    long individualMembers = members.stream().filter(m -> m.kind() == ApplicantKind.INDIVIDUAL).count();
    assertThat(members).hasSize(TOTAL);
    assertThat(publicMembers).isLessThanOrEqualTo(PUBLIC_BODIES).isEqualTo(taken.publicBodiesSelected());
    assertThat(individualMembers).isLessThanOrEqualTo(INDIVIDUALS).isEqualTo(taken.individualsSelected());
    assertThat(taken.selectedTotal()).isEqualTo(TOTAL);

    List<String> outcomes = applications.stream().map(desk::outcome).toList();
    assertThat(outcomes).filteredOn("SELECTED"::equals).hasSize(TOTAL);
    assertThat(outcomes).filteredOn("REFUSED"::equals).hasSize(applications.size() - TOTAL);
    for (ProcessInstance application : applications) {
      boolean holdsSeat = calls.holdsSeat(call, application.getId());
      assertThat(desk.outcome(application)).as(application.getId()).isEqualTo(holdsSeat ? "SELECTED" : "REFUSED");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).singleResult()
          .getTaskDefinitionKey()).isEqualTo(TASK_NOTIFY_APPLICANT_OF_OUTCOME);
    }
    Map<String, Object> row = jdbc.queryForMap(
        "select count(*) as members from cp_eu_expert_group_member where call_key = ?", call);
    assertThat(((Number) row.get("members")).intValue()).isEqualTo(TOTAL);
  }
  @Test
  void withdrawalsRefillsAndNewSelectionsAtTheSameTimeKeepTheQuotasExact() throws Exception {
    EuExpertGroup desk = new EuExpertGroup(engine);
    LocalDate deadline = LocalDate.now().plusMonths(1);
    ProcessInstance callInstance = desk.registerCall("Terugtrekkingen en nieuwe selecties", deadline, deadline.plusYears(2),
        TOTAL, PUBLIC_BODIES, INDIVIDUALS);
    String call = (String) engine.getRuntimeService().getVariable(callInstance.getId(), CALL_BUSINESS_KEY);
    // Seated first: 4 public bodies and 2 individuals (the group is full); then 3 of each kind refused, waiting.
    List<ProcessInstance> seated = new ArrayList<>();
    for (int i = 1; i <= PUBLIC_BODIES; i++) {
      seated.add(desk.applyAndSelect(publicBody(call, "Zittende regio " + i, "REGIONAL", "BE")));
    }
    for (int i = 1; i <= TOTAL - PUBLIC_BODIES; i++) {
      seated.add(desk.applyAndSelect(individual(call, "Zittende expert " + i, "RESEARCH", "BE")));
    }
    for (int i = 1; i <= 3; i++) {
      assertThat(desk.outcome(desk.applyAndSelect(publicBody(call, "Wachtende regio " + i, "REGIONAL", "FR")))).isEqualTo("REFUSED");
      assertThat(desk.outcome(desk.applyAndSelect(individual(call, "Wachtende expert " + i, "RESEARCH", "FR")))).isEqualTo("REFUSED");
    }
    List<String> waitingBefore = new ArrayList<>();
    for (ApplicantKind kind : ApplicantKind.values()) {
      calls.waitingList(call, kind).forEach(applicant -> waitingBefore.add(applicant.applicationId()));
    }
    List<Task> newSelections = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      for (ProcessInstance application : List.of(desk.apply(publicBody(call, "Nieuwe regio " + i, "REGIONAL", "NL")),
          desk.apply(individual(call, "Nieuwe expert " + i, "CONSULTANCY", "NL")))) {
        desk.checkCompleteness(application, true, null);
        newSelections.add(engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
            .taskDefinitionKey(TASK_DECIDE_ON_SELECTION).singleResult());
      }
    }

    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    List<Callable<Object>> work = new ArrayList<>();
    // Two public bodies and one individual withdraw ...
    for (ProcessInstance member : List.of(seated.get(0), seated.get(1), seated.get(PUBLIC_BODIES))) {
      ApplicantKind kind = calls.members(call).stream().filter(m -> m.applicationId().equals(member.getId())).findFirst()
          .orElseThrow().kind();
      work.add(() -> inTransaction.execute(status -> seats.free(call, member.getId(), kind, Instant.now(), "Teruggetrokken")));
    }
    // ... while the secretariat fills seats from the waiting lists and new selections take seats.
    for (ApplicantKind kind : List.of(ApplicantKind.PUBLIC_BODY, ApplicantKind.PUBLIC_BODY, ApplicantKind.PUBLIC_BODY,
        ApplicantKind.INDIVIDUAL, ApplicantKind.INDIVIDUAL)) {
      work.add(() -> inTransaction.execute(status -> seats.refill(call, kind, Instant.now())));
    }
    for (Task selection : newSelections) {
      work.add(() -> {
        engine.getTaskService().complete(selection.getId(), Variables.putValue(SELECTION_DECISION, "SELECT"));
        return null;
      });
    }
    runAtOnce(work);

    ExpertGroupCall after = calls.find(call).orElseThrow();
    List<Member> members = calls.members(call);
    long publicMembers = members.stream().filter(m -> m.kind() == ApplicantKind.PUBLIC_BODY).count();
    long individualMembers = members.stream().filter(m -> m.kind() == ApplicantKind.INDIVIDUAL).count();
    assertThat(publicMembers).isEqualTo(after.publicBodiesSelected()).isLessThanOrEqualTo(PUBLIC_BODIES);
    assertThat(individualMembers).isEqualTo(after.individualsSelected()).isLessThanOrEqualTo(INDIVIDUALS);
    assertThat(members.size()).isEqualTo(after.selectedTotal()).isLessThanOrEqualTo(TOTAL);
    assertThat(members).extracting(Member::applicationId)
        .doesNotContain(seated.get(0).getId(), seated.get(1).getId(), seated.get(PUBLIC_BODIES).getId());
    // Nobody is both a member and waiting; whoever waited is still waiting or now holds a seat.
    List<String> waitingAfter = new ArrayList<>();
    for (ApplicantKind kind : ApplicantKind.values()) {
      calls.waitingList(call, kind).forEach(applicant -> waitingAfter.add(applicant.applicationId()));
    }
    assertThat(waitingAfter).doesNotContainAnyElementsOf(members.stream().map(Member::applicationId).toList());
    for (String waiting : waitingBefore) {
      assertThat(waitingAfter.contains(waiting) || calls.holdsSeat(call, waiting)).as(waiting).isTrue();
    }
    // Each new selection is decided: a seat, or refused and waiting.
    for (Task selection : newSelections) {
      String application = selection.getProcessInstanceId();
      boolean holdsSeat = calls.holdsSeat(call, application);
      assertThat(engine.getRuntimeService().getVariable(application, APPLICATION_OUTCOME)).isEqualTo(holdsSeat ? "SELECTED" : "REFUSED");
      assertThat(holdsSeat || waitingAfter.contains(application)).as(application).isTrue();
    }

    // Filling every free seat from the waiting lists afterwards reaches the quotas exactly, never beyond.
    for (ApplicantKind kind : ApplicantKind.values()) {
      while (inTransaction.execute(status -> seats.refill(call, kind, Instant.now())).isPresent()) {
        assertThat(calls.find(call).orElseThrow().selectedTotal()).isLessThanOrEqualTo(TOTAL);
      }
    }
    ExpertGroupCall full = calls.find(call).orElseThrow();
    assertThat(full.selectedTotal()).isEqualTo(TOTAL).isEqualTo(calls.members(call).size());
    assertThat(full.publicBodiesSelected()).isLessThanOrEqualTo(PUBLIC_BODIES);
    assertThat(full.individualsSelected()).isLessThanOrEqualTo(INDIVIDUALS);
  }

  private static void runAtOnce(List<Callable<Object>> work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      List<Future<Object>> done = new ArrayList<>();
      for (Callable<Object> job : work) {
        done.add(pool.submit(() -> {
          start.await();
          return job.call();
        }));
      }
      start.countDown();
      for (Future<Object> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
