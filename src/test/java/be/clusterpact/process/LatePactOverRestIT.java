package be.clusterpact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.clusterpact.access.ClusterGroups;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerEntryKind;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-through, as an outside REST client does it: a pact started 13 months after its
 * support decision, the committee's deadline decision left open, negotiated, drafted, approved and
 * signed. After the ministers' approval no deadline step is left; the commitment and the yearly
 * tranche follow-up stay.
 */
@PostgresDemoApplicationTest
class LatePactOverRestIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;

  @Test
  void aLatePactDrivenOverRestReachesSignatureWithNoDeadlineStepLeft() {
    EngineRest rest = new EngineRest(port);
    Pacts pacts = new Pacts(engine);
    LocalDate decision = LocalDate.now().minusMonths(13);
    int firstYear = LocalDate.now().getYear() + 1;
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), firstYear, 1_500_000_000L);

    HttpResponse<String> started = rest.post("/engine-rest/process-definition/key/Process_Clusterpact/start", "cluster.demo",
        variables(Map.of("clusterName", "VIL Laat", "clusterOrganisation", "VIL vzw", "clusterContactName", "An Peeters",
            "clusterContactEmail", "an.peeters@example.be", "supportDecisionDate", decision.toString(),
            "longTermStrategy", "Slimme logistiek in Vlaanderen tegen 2030.")));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance pact = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(org.camunda.spin.Spin.JSON(started.body()).prop("id").stringValue()).singleResult();
    pacts.runAsyncJobs(pact); // the job executor fires the long-due reminder and deadline
    assertThat(pacts.activeActivities(pact))
        .containsExactly("Task_DecideOnDeadlineExtension", "Task_FollowUpNineMonthReminder", "Task_SelectThemesAndAgencies");

    // An administrator gives the cluster organisation's contact an account in its new group.
    User contact = engine.getIdentityService().newUser("vil.laat");
    contact.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(contact);
    engine.getIdentityService().createMembership("vil.laat", ClusterGroups.groupId("VIL Laat"));

    complete(rest, pact, "Task_SelectThemesAndAgencies", "comite.demo", Map.of("clusterSpecificThemes", "Slimme logistiek",
        "selectionMotivation", "FIT en WSE volstaan"), "\"selectedAgencies\":{\"value\":\"[]\",\"type\":\"Json\"}");
    complete(rest, pact, "Task_AlignWithFit", "fit.demo", Map.of("fitInternationalisationAgreements", "Handelsmissie",
        "fitBudgetEuro", "0"), "\"fitCommitment\":{\"value\":false,\"type\":\"Boolean\"}");
    complete(rest, pact, "Task_AlignWithWse", "wse.demo", Map.of("wseTrainingAgreements", "Opleidingstraject",
        "wseBudgetEuro", "0"), null);
    complete(rest, pact, "Task_AgreeWithResearchGroups", "cluster.demo", Map.of("researchGroups", "KU Leuven",
        "researchAgendaAgreements", "Gedeelde agenda"), null);
    complete(rest, pact, "Task_RecordTransitionContribution", "cluster.demo", Map.of("industry40Contribution",
        "Digitale tweelingen", "circularEconomyContribution", "Herbruikbare verpakkingen"), null);
    complete(rest, pact, "Task_RecordClusterCommitments", "vil.laat", Map.of("clusterCompetitivenessProgramme",
        "Programma slimme logistiek", "clusterPartnerCommitments", Pacts.CLUSTER_PARTNERS.replace("\n", "\\n")), null);
    pacts.runAsyncJobs(pact);
    complete(rest, pact, "Task_DraftClusterpact", "cluster.demo", Map.of("earmarkYear1Euro", "400.000",
        "earmarkYear2Euro", "0", "earmarkYear3Euro", "0", "projectMeansEuro", "0"),
        "\"firstEarmarkYear\":{\"value\":" + firstYear + ",\"type\":\"Long\"},\"permitsOrStandards\":{\"value\":false,\"type\":\"Boolean\"}");
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact))
        .containsExactly("Task_ApproveAsMinister", "Task_DecideOnDeadlineExtension", "Task_FollowUpNineMonthReminder");

    complete(rest, pact, "Task_ApproveAsMinister", "economie.demo", Map.of("ministerDecision", "APPROVE"), null);
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact)).containsExactly("Task_SignClusterpact");
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    // The committee's open decision is gone: there is nothing left to stop.
    assertThat(rest.json("/engine-rest/task?processInstanceId=" + pact.getId(), "comite.demo").elements()).isEmpty();

    complete(rest, pact, "Task_SignClusterpact", "cluster.demo", Map.of("signedOn", LocalDate.now().toString(),
        "signatories", "Minister van Economie\\nVoorzitter VIL"), null);
    assertThat(pacts.activeActivities(pact)).containsExactly("CallActivity_FollowUpYearlyTranches");
    // Typed in Belgian notation, 400.000 is four hundred thousand euro.
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind, LedgerEntry::amountCents)
        .containsExactly(tuple(LedgerEntryKind.RESERVATION, 40_000_000L), tuple(LedgerEntryKind.COMMITMENT, 40_000_000L));
    assertThat(pacts.tranches(pact)).isNotNull();
  }

  private static void complete(EngineRest rest, ProcessInstance pact, String taskKey, String user, Map<String, String> texts,
      String extra) {
    SpinJsonNode tasks = rest.json("/engine-rest/task?processInstanceId=" + pact.getId() + "&taskDefinitionKey=" + taskKey, user);
    assertThat(tasks.elements()).as(user + " sees " + taskKey).hasSize(1);
    String id = tasks.elements().get(0).prop("id").stringValue();
    assertThat(rest.post("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + user + "\"}").statusCode()).isEqualTo(204);
    String fields = texts.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\",\"type\":\"String\"}")
        .collect(Collectors.joining(","));
    HttpResponse<String> done = rest.post("/engine-rest/task/" + id + "/complete", user,
        "{\"variables\":{" + fields + (extra == null ? "" : "," + extra) + "}}");
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private static String variables(Map<String, String> texts) {
    return "{\"variables\":{" + texts.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\",\"type\":\"String\"}")
        .collect(Collectors.joining(",")) + "}}";
  }
}
