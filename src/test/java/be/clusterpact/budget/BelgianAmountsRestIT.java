package be.clusterpact.budget;

import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.clusterpact.testing.Http;
import be.clusterpact.testing.Pacts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Amounts sent over REST as a Flemish civil servant types them, on PostgreSQL: Belgian notation is
 * booked as meant; ambiguous, exotic or absurd text is refused at the form step with 400 naming the
 * field, and nothing changes — the task stays open, no ledger entry, no failed job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "test"})
class BelgianAmountsRestIT {

  static final String ADMIN = "admin:it-Beheer-Geheim-42";
  /** Budget years no other test uses, so their maximum and balance are this test's own. */
  static final int FIRST_YEAR = 2095;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  Pacts pacts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
  }

  @Test
  void aDraftTyped150Point000BooksOneHundredFiftyThousandEuroPerYear() throws Exception {
    for (int year = FIRST_YEAR; year < FIRST_YEAR + 3; year++) {
      ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), year, 1_000_000_000L);
    }
    ProcessInstance pact = pacts.start("Flux50 Bedragen", LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    pacts.negotiateEverything(pact, List.of("OVAM"), false, 0);
    Task draft = task(pact, TASK_DRAFT_CLUSTERPACT);

    String prefill = Spin.JSON(get("/engine-rest/task/" + draft.getId() + "/form-variables?variableNames=projectMeansEuro").body())
        .prop(PROJECT_MEANS_EURO).prop("value").stringValue();
    assertThat(prefill).as("the agency's 250 000 euro, prefilled in Belgian notation").isEqualTo("250.000,00");
    HttpResponse<String> completed = post("/engine-rest/task/" + draft.getId() + "/complete", """
        {"variables": {"firstEarmarkYear": {"value": %d}, "earmarkYear1Euro": {"value": "150.000"},
                       "earmarkYear2Euro": {"value": "€ 150\u00A0000"}, "earmarkYear3Euro": {"value": "150.000,00 EUR"},
                       "projectMeansEuro": {"value": "%s"}, "permitsOrStandards": {"value": false}}}"""
        .formatted(FIRST_YEAR, prefill));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    pacts.runAsyncJobs(pact);

    assertThat(ledger.entries(pact.getBusinessKey()))
        .extracting(LedgerEntry::year, LedgerEntry::kind, LedgerEntry::amountCents)
        .containsExactly(
            tuple(FIRST_YEAR, LedgerEntryKind.RESERVATION, 15_000_000L),
            tuple(FIRST_YEAR + 1, LedgerEntryKind.RESERVATION, 15_000_000L),
            tuple(FIRST_YEAR + 2, LedgerEntryKind.RESERVATION, 15_000_000L));
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), PROJECT_MEANS_CENTS)).isEqualTo(25_000_000L);
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), PACT_SUMMARY))
        .as("the ministers see the amounts formatted").contains(FIRST_YEAR + ": € 150.000,00")
        .contains("totaal: € 450.000,00").contains("Projectmiddelen: € 250.000,00");
  }

  @Test
  void anExponentIsRefusedAtTheFormStepAndNothingChanges() throws Exception {
    ProcessInstance pact = pacts.start("SIM Exponent", LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    Task fit = task(pact, TASK_ALIGN_WITH_FIT);

    HttpResponse<String> refused = post("/engine-rest/task/" + fit.getId() + "/complete", """
        {"variables": {"fitInternationalisationAgreements": {"value": "Handelsmissies"}, "fitCommitment": {"value": true},
                       "fitBudgetEuro": {"value": "1e10000000"}}}""");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"fitBudgetEuro\"").contains("exponent");

    Task wse = task(pact, TASK_ALIGN_WITH_WSE);
    HttpResponse<String> overflow = post("/engine-rest/task/" + wse.getId() + "/complete", """
        {"variables": {"wseTrainingAgreements": {"value": "Opleidingen"}, "wseBudgetEuro": {"value": "1e2147483647"}}}""");
    assertThat(overflow.statusCode()).isEqualTo(400);
    assertThat(overflow.body()).contains("\"field\":\"wseBudgetEuro\"");

    assertNothingChanged(pact, fit, FIT_BUDGET_EURO);
    assertNothingChanged(pact, wse, WSE_BUDGET_EURO);
  }

  @Test
  void englishNotationIsRefusedNamingTheField() throws Exception {
    ProcessInstance pact = pacts.start("VIL Engels", LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    Task agency = task(pact, TASK_NEGOTIATE_WITH_AGENCY);

    HttpResponse<String> refused = post("/engine-rest/task/" + agency.getId() + "/complete", """
        {"variables": {"agencyAgreementSummary": {"value": "Twee pilootprojecten"},
                       "agencyProjectMeansEuro": {"value": "150,000.50"},
                       "agencyNonFinancialKinds": {"value": "[]", "type": "Json"}}}""");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"agencyProjectMeansEuro\"").contains("punt na de komma");
    assertNothingChanged(pact, agency, AGENCY_PROJECT_MEANS_EURO);
  }

  @Test
  void anAnnualMaximumIsReadInBelgianNotationAndShownFormatted() throws Exception {
    String start = "/engine-rest/process-definition/key/Process_HermesAnnualMaximum/start";
    HttpResponse<String> refused = post(start, """
        {"variables": {"budgetYear": {"value": 2098}, "maximumEuro": {"value": "1e10000000"},
                       "proposalMotivation": {"value": "Begroting 2098"}}}""");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"maximumEuro\"");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("HERMES-MAX-2098").count()).isZero();

    HttpResponse<String> started = post(start, """
        {"variables": {"budgetYear": {"value": 2098}, "maximumEuro": {"value": "15.000.000"},
                       "proposalMotivation": {"value": "Begroting 2098"}}}""");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = Spin.JSON(started.body()).prop("id").stringValue();
    assertThat(engine.getRuntimeService().getVariables(instance)).containsEntry(HermesAnnualMaximumProcess.PROPOSED_MAXIMUM_CENTS, 1_500_000_000L)
        .containsEntry(HermesAnnualMaximumProcess.PROPOSED_MAXIMUM_LABEL, "€ 15.000.000,00").containsEntry(HermesAnnualMaximumProcess.MAXIMUM_EURO, "15.000.000,00");
    engine.getRuntimeService().deleteProcessInstance(instance, "test done");
  }

  /**
   * The draft's complete-listener {@code validateDraftAmounts} on a user task of its own, showing the
   * draft form: what it refuses is a 400 naming the field and the task stays open.
   */
  @Test
  void theDraftRefusesUnreadableAmountsAtTheFormStep() throws Exception {
    ProcessInstance pact = pacts.start("Flux50 Onleesbaar", LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    String instance = pact.getId();
    String taskId = task(pact, TASK_DRAFT_CLUSTERPACT).getId();
    String draft = """
        {"variables": {"firstEarmarkYear": {"value": %s}, "earmarkYear1Euro": {"value": "%s"},
                       "earmarkYear2Euro": {"value": "0"}, "earmarkYear3Euro": {"value": "0"},
                       "projectMeansEuro": {"value": "%s"}}}""";

    for (String[] bad : new String[][] {
        {"2095", "1e10000000", "0", EARMARK_YEAR1_EURO},
        {"2095", "1e2147483647", "0", EARMARK_YEAR1_EURO},
        {"2095", "150.000", "150,000.50", PROJECT_MEANS_EURO},
        {"\"twintig\"", "150.000", "0", FIRST_EARMARK_YEAR}}) {
      HttpResponse<String> refused = post("/engine-rest/task/" + taskId + "/complete",
          draft.formatted(bad[0], bad[1], bad[2]));
      assertThat(refused.statusCode()).as(String.join(" ", bad)).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"" + bad[3] + "\"");
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("task stays open").isEqualTo(1);
      assertThat(engine.getRuntimeService().getVariable(instance, EARMARK_YEAR1_EURO)).as("nothing stored").isNull();
    }
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).withException().count()).isZero();
  }

  private void assertNothingChanged(ProcessInstance pact, Task task, String field) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task stays open").isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), field)).as("nothing stored").isNull();
    assertThat(ledger.entries(pact.getBusinessKey())).isEmpty();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pact.getId()).withException().count()).isZero();
  }

  private Task task(ProcessInstance pact, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).taskDefinitionKey(key).singleResult();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return Http.get(port, path, ADMIN);
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return Http.send(Http.request(port, path, ADMIN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }
}
