package be.clusterpact.negotiation;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.kernel.Dates;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.RestVariables;
import be.clusterpact.testing.WebappSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20: a date typed the Flemish way, day first, means what its user meant; a refusal names the
 * field by the label its user sees in the form, without engine prefixes, over /engine-rest and
 * Tasklist's own engine API.
 */
@PostgresDemoApplicationTest
class FlemishInputRestIT {

  static final String START = "/engine-rest/process-definition/key/Process_Clusterpact/start";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;

  @Test
  void aSupportDecisionTypedAs01_03_2026IsTheFirstOfMarchAndItsFirstYearDeadlineIsTheFirstOfMarch2027() {
    Map<String, Object> start = new LinkedHashMap<>(ClusterpactAnswers.start("VIL Dag Eerst", LocalDate.of(2026, 3, 1)));
    start.put(SUPPORT_DECISION_DATE, "01/03/2026");

    HttpResponse<String> started = new EngineRest(port).post(START, "cluster.demo", variables(start));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String pact = Spin.JSON(started.body()).prop("id").stringValue();
    var runtime = engine.getRuntimeService();
    assertThat(runtime.getVariable(pact, SUPPORT_DECISION_DATE)).isEqualTo("2026-03-01");
    assertThat(runtime.getVariable(pact, FIRST_YEAR_DEADLINE)).isEqualTo(Dates.startOfDay(LocalDate.of(2027, 3, 1)));
    assertThat(runtime.getVariable(pact, FIRST_YEAR_DEADLINE_LABEL)).isEqualTo("01/03/2027");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pact).singleResult().getBusinessKey())
        .endsWith("-2026");
  }

  @Test
  void anImpossibleDateIsRefusedNamingTheFieldByItsLabel() {
    Map<String, Object> start = new LinkedHashMap<>(ClusterpactAnswers.start("VIL Geen Datum", LocalDate.of(2026, 3, 1)));
    start.put(SUPPORT_DECISION_DATE, "31/02/2026");
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();

    HttpResponse<String> refused = new EngineRest(port).post(START, "cluster.demo", variables(start));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    SpinJsonNode error = Spin.JSON(refused.body());
    assertThat(error.prop("field").stringValue()).isEqualTo(SUPPORT_DECISION_DATE);
    assertThat(error.prop("message").stringValue())
        .isEqualTo("Datum van de beslissing tot steuntoekenning (dd/mm/jjjj): '31/02/2026' is geen bestaande datum (dd/mm/jjjj)");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aRejectionWithoutMotivationIsRefusedNamingTheMotivationByItsLabel() {
    Pacts pacts = new Pacts(engine);
    int firstYear = LocalDate.now().getYear() + 1;
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), firstYear, 1_500_000_000L);
    ProcessInstance pact = pacts.start("VIL Zonder Motivering", LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, firstYear, "400.000", "0", "0", false);
    Task approval = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_APPROVE_AS_MINISTER).singleResult();
    EngineRest rest = new EngineRest(port);
    assertThat(rest.post("/engine-rest/task/" + approval.getId() + "/claim", "economie.demo", "{\"userId\":\"economie.demo\"}")
        .statusCode()).isEqualTo(204);

    HttpResponse<String> refused = rest.post("/engine-rest/task/" + approval.getId() + "/submit-form", "economie.demo",
        variables(ClusterpactAnswers.ministerDecision("REJECT", null)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    SpinJsonNode error = Spin.JSON(refused.body());
    assertThat(error.prop("type").stringValue()).isEqualTo("InvalidInputException");
    assertThat(error.prop("field").stringValue()).isEqualTo(MINISTER_MOTIVATION);
    assertThat(error.prop("message").stringValue()).isEqualTo("Motivering van de afkeuring: is verplicht");
    assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).count()).as("the task stays").isEqualTo(1);

    // Tasklist's own engine API answers the same, and Tasklist shows the message as it is.
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "economie.demo", EngineRest.DEMO_PASSWORD);
    HttpResponse<String> inTasklist = tasklist.engine("POST", "/task/" + approval.getId() + "/submit-form",
        variables(ClusterpactAnswers.ministerDecision("REJECT", " ")));
    assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(400);
    SpinJsonNode shown = Spin.JSON(inTasklist.body());
    assertThat(shown.prop("field").stringValue()).isEqualTo(MINISTER_MOTIVATION);
    assertThat(shown.prop("message").stringValue()).isEqualTo("Motivering van de afkeuring: is verplicht");
  }

  private static String variables(Map<String, Object> answers) {
    return "{\"variables\":" + RestVariables.json(answers) + "}";
  }
}
