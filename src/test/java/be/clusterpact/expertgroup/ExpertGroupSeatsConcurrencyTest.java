package be.clusterpact.expertgroup;

import static be.clusterpact.testing.EuExpertGroup.individual;
import static be.clusterpact.testing.EuExpertGroup.publicBody;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.EuExpertGroup;
import be.clusterpact.testing.ProcessEngineTest;
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

/**
 * Many desk members select candidates for one call at the same moment, each in their own
 * transaction on PostgreSQL: the call's row lock lets them take seats one after the other, so the
 * seats taken never exceed the quotas and every applicant gets an outcome.
 */
@ProcessEngineTest
class ExpertGroupSeatsConcurrencyTest {

  static final int TOTAL = 6;
  static final int PUBLIC_BODIES = 4;
  static final int INDIVIDUALS = 3;
  static final int APPLICANTS_PER_KIND = 10;

  @Autowired ProcessEngine engine;
  @Autowired ExpertGroupCallRepository calls;
  @Autowired JdbcTemplate jdbc;

  @Test
  void concurrentSelectionsNeverTakeMoreSeatsThanTheQuotas() throws Exception {
    EuExpertGroup desk = new EuExpertGroup(engine);
    LocalDate deadline = LocalDate.now().plusMonths(1);
    ProcessInstance callInstance = desk.registerCall("Gelijktijdige selecties", deadline, deadline.plusYears(2),
        TOTAL, PUBLIC_BODIES, INDIVIDUALS);
    String call = (String) engine.getRuntimeService().getVariable(callInstance.getId(), "callBusinessKey");

    List<ProcessInstance> applications = new ArrayList<>();
    for (int i = 1; i <= APPLICANTS_PER_KIND; i++) {
      applications.add(desk.apply(publicBody(call, "Regio " + i, "REGIONAL", "BE")));
      applications.add(desk.apply(individual(call, "Expert " + i, "CLUSTER_MANAGEMENT", "NL")));
    }
    List<Task> selections = new ArrayList<>();
    for (ProcessInstance application : applications) {
      desk.checkCompleteness(application, true, null);
      selections.add(engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
          .taskDefinitionKey("Task_DecideOnSelection").singleResult());
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(selections.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Task selection : selections) {
        Callable<Void> select = () -> {
          start.await();
          engine.getTaskService().complete(selection.getId(), Variables.putValue("selectionDecision", "SELECT"));
          return null;
        };
        done.add(pool.submit(select));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    ExpertGroupCall seats = calls.find(call).orElseThrow();
    List<Member> members = calls.members(call);
    long publicMembers = members.stream().filter(m -> m.kind() == ApplicantKind.PUBLIC_BODY).count();
    long individualMembers = members.stream().filter(m -> m.kind() == ApplicantKind.INDIVIDUAL).count();
    assertThat(members).hasSize(TOTAL);
    assertThat(publicMembers).isLessThanOrEqualTo(PUBLIC_BODIES).isEqualTo(seats.publicBodiesSelected());
    assertThat(individualMembers).isLessThanOrEqualTo(INDIVIDUALS).isEqualTo(seats.individualsSelected());
    assertThat(seats.selectedTotal()).isEqualTo(TOTAL);

    List<String> outcomes = applications.stream().map(desk::outcome).toList();
    assertThat(outcomes).filteredOn("SELECTED"::equals).hasSize(TOTAL);
    assertThat(outcomes).filteredOn("REFUSED"::equals).hasSize(applications.size() - TOTAL);
    for (ProcessInstance application : applications) {
      boolean holdsSeat = calls.holdsSeat(call, application.getId());
      assertThat(desk.outcome(application)).as(application.getId()).isEqualTo(holdsSeat ? "SELECTED" : "REFUSED");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).singleResult()
          .getTaskDefinitionKey()).isEqualTo("Task_NotifyApplicantOfOutcome");
    }
    Map<String, Object> row = jdbc.queryForMap(
        "select count(*) as members from cp_eu_expert_group_member where call_key = ?", call);
    assertThat(((Number) row.get("members")).intValue()).isEqualTo(TOTAL);
  }
}
