package be.clusterpact.dossier;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.access.ClusterGroups;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.PactsOverRest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/pacts/{businessKey}/audit} on PostgreSQL: a pact driven over REST, 13 months after its
 * support decision (so the 9- and 12-month timers fire), through approval, signature and its tranche
 * follow-up to its end. Its trail lists every completed task with the user who completed it, when, and the
 * values entered as the form labelled them; the timers, the ledger bookings and how each process ended.
 */
@PostgresDemoApplicationTest
class PactAuditApiIT {

  static final String CLUSTER = "VIL Dossier";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;

  /** Task ID → the user who completed it over REST. */
  final Map<String, String> completedBy = new HashMap<>();

  @Test
  void aFinishedPactDrivenOverRestListsEveryStepWithUserTimeAndLabelledValuesForItsReadersOnly() {
    EngineRest rest = new EngineRest(port);
    Pacts pacts = new Pacts(engine);
    int firstYear = LocalDate.now().getYear() + 1;
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), firstYear, 1_500_000_000L);

    HttpResponse<String> started = rest.post("/engine-rest/process-definition/key/" + KEY + "/start", "cluster.demo",
        PactsOverRest.variables(ClusterpactAnswers.start(CLUSTER, LocalDate.now().minusMonths(13))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance pact = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(Spin.JSON(started.body()).prop("id").stringValue()).singleResult();
    String key = pact.getBusinessKey();
    pacts.runAsyncJobs(pact); // the long-due reminder and deadline fire
    User contact = engine.getIdentityService().newUser("vil.dossier");
    contact.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(contact);
    engine.getIdentityService().createMembership("vil.dossier", ClusterGroups.groupId(CLUSTER));

    PactsOverRest overRest = new PactsOverRest(rest, pacts);
    completedBy.putAll(overRest.negotiateWithoutAgencies(pact, "vil.dossier", false));
    complete(overRest, pact, TASK_DRAFT_CLUSTERPACT, "cluster.demo",
        ClusterpactAnswers.draft(firstYear, "400.000", "0", "0", "0", false, null));
    pacts.runAsyncJobs(pact);
    complete(overRest, pact, TASK_APPROVE_AS_MINISTER, "economie.demo", ClusterpactAnswers.ministerDecision("APPROVE", null));
    pacts.runAsyncJobs(pact);
    complete(overRest, pact, TASK_SIGN_CLUSTERPACT, "cluster.demo", ClusterpactAnswers.signature(LocalDate.now(), "VIL Dossier vzw"));
    ProcessInstance tranches = pacts.tranches(pact);
    pacts.startBudgetYear(tranches);
    pacts.endBudgetYear(tranches);
    complete(overRest, tranches, HermesTrancheReleaseProcess.TASK_ASSESS_ANNUAL_REPORT, "cluster.demo",
        Map.of(HermesTrancheReleaseProcess.ANNUAL_REPORT_SUMMARY, "12 projecten lopen, 3 afgerond",
            HermesTrancheReleaseProcess.REPORT_DECISION, "APPROVE"));
    pacts.runAsyncJobs(tranches);
    pacts.runAsyncJobs(pact);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pact.getId())
        .singleResult().getEndTime()).as("the pact has ended").isNotNull();

    SpinJsonNode trail = rest.json("/api/pacts/" + key + "/audit", "comite.demo");
    List<SpinJsonNode> steps = trail.prop("steps").elements();

    // Every completed task of the pact and of its tranche follow-up, with who completed it and when.
    List<HistoricTaskInstance> completed = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(pact.getId()).taskDeleteReason("completed").list();
    assertThat(completed).hasSize(completedBy.size());
    for (HistoricTaskInstance task : completed) {
      assertThat(steps).as(task.getName()).anySatisfy(step -> {
        assertThat(step.prop("title").stringValue()).isEqualTo(task.getName());
        assertThat(step.prop("actor").stringValue()).isEqualTo(completedBy.get(task.getId()));
        assertThat(step.prop("when").stringValue()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(step.prop("at").stringValue()).isEqualTo(task.getEndTime().toInstant().toString());
      });
    }
    // The values as the form labelled them; the ministers' decision by its choice's label.
    assertThat(step(steps, "MINISTER_DECISION").prop("values").toString()).contains("{\"label\":\"Beslissing\",\"value\":\"Goedkeuren\"}");
    SpinJsonNode start = step(steps, "PROCESS_STARTED");
    assertThat(start.prop("actor").stringValue()).isEqualTo("cluster.demo");
    assertThat(start.prop("values").toString()).contains("{\"label\":\"Naam van de speerpuntcluster\",\"value\":\"" + CLUSTER + "\"}");
    assertThat(stepTitled(steps, "Thema's en agentschappen").prop("values").toString())
        .contains("{\"label\":\"Clusterspecifieke thema's (één per regel)\",\"value\":\"Slimme logistiek\"}");
    assertThat(stepTitled(steps, "Clusterpact opstellen").prop("values").toString())
        .as("the earmark typed 400.000, in Belgian notation").contains("\"value\":\"€ 400.000,00\"");
    // Timers that fired, the deadline decision the approval ended, the ledger, the ends of both processes.
    assertThat(kinds(steps)).contains("TIMER_FIRED", "TASK_ENDED_UNFINISHED", "LEDGER_BOOKING", "PROCESS_ENDED", "DOCUMENT")
        .doesNotContain("TASK_OPEN");
    assertThat(steps.stream().filter(s -> s.prop("kind").stringValue().equals("LEDGER_BOOKING"))
        .map(s -> s.prop("title").stringValue()).toList())
        .containsExactly("Voorlopig gereserveerd", "Voorwaardelijk vastgelegd", "Tranche vrijgegeven");
    assertThat(steps.stream().filter(s -> s.prop("kind").stringValue().equals("PROCESS_ENDED")).count()).isEqualTo(2);
    List<String> times = steps.stream().map(s -> s.prop("at").stringValue()).toList();
    assertThat(times).as("in time order").isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));

    // Who worked on it reads it (also the cluster's own contact); the fund manager too; others not.
    assertThat(rest.get("/api/pacts/" + key + "/audit", "fit.demo").statusCode()).isEqualTo(200);
    assertThat(rest.get("/api/pacts/" + key + "/audit", "vil.dossier").statusCode()).isEqualTo(200);
    assertThat(rest.get("/api/pacts/" + key + "/audit", "fonds.demo").statusCode()).isEqualTo(200);
    HttpResponse<String> outsider = rest.get("/api/pacts/" + key + "/audit", "mow.demo");
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(outsider.body()).contains("\"type\":\"Forbidden\"").contains("Geen toegang tot het dossier van " + key);
    assertThat(rest.get("/api/pacts/" + key + "/audit", "flux50.demo").statusCode()).isEqualTo(403);
    HttpResponse<String> unknown = rest.get("/api/pacts/CP-BESTAAT-NIET-2026/audit", "comite.demo");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"type\":\"NotFound\"");
    assertThat(rest.get("/api/pacts/CP-BESTAAT-NIET-2026/audit", "fit.demo").statusCode())
        .as("an outsider does not learn which dossier numbers exist").isEqualTo(403);
    assertThat(rest.get("/api/pacts/" + key + "/audit", null).statusCode()).isEqualTo(401);
  }

  private void complete(PactsOverRest overRest, ProcessInstance process, String taskKey, String user, Map<String, Object> answers) {
    completedBy.put(overRest.complete(process, taskKey, user, answers, false), user);
  }

  private static SpinJsonNode step(List<SpinJsonNode> steps, String kind) {
    return steps.stream().filter(s -> s.prop("kind").stringValue().equals(kind)).findFirst().orElseThrow();
  }

  private static SpinJsonNode stepTitled(List<SpinJsonNode> steps, String titleStart) {
    return steps.stream().filter(s -> s.prop("title").stringValue().startsWith(titleStart)).findFirst().orElseThrow();
  }

  private static List<String> kinds(List<SpinJsonNode> steps) {
    return steps.stream().map(s -> s.prop("kind").stringValue()).toList();
  }
}
