package be.clusterpact.process;

import static be.clusterpact.process.ClusterpactProcess.*;
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
        variables(Map.of(CLUSTER_NAME, "VIL Laat", CLUSTER_ORGANISATION, "VIL vzw", CLUSTER_CONTACT_NAME, "An Peeters",
            CLUSTER_CONTACT_EMAIL, "an.peeters@example.be", SUPPORT_DECISION_DATE, decision.toString(),
            LONG_TERM_STRATEGY, "Slimme logistiek in Vlaanderen tegen 2030.")));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance pact = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(org.camunda.spin.Spin.JSON(started.body()).prop("id").stringValue()).singleResult();
    pacts.runAsyncJobs(pact); // the job executor fires the long-due reminder and deadline
    assertThat(pacts.activeActivities(pact))
        .containsExactly(TASK_DECIDE_ON_DEADLINE_EXTENSION, TASK_FOLLOW_UP_NINE_MONTH_REMINDER, TASK_SELECT_THEMES_AND_AGENCIES);

    // An administrator gives the cluster organisation's contact an account in its new group.
    User contact = engine.getIdentityService().newUser("vil.laat");
    contact.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(contact);
    engine.getIdentityService().createMembership("vil.laat", ClusterGroups.groupId("VIL Laat"));

    complete(rest, pact, TASK_SELECT_THEMES_AND_AGENCIES, "comite.demo", Map.of(CLUSTER_SPECIFIC_THEMES, "Slimme logistiek",
        SELECTION_MOTIVATION, "FIT en WSE volstaan"), "\"selectedAgencies\":{\"value\":\"[]\",\"type\":\"Json\"}");
    complete(rest, pact, TASK_ALIGN_WITH_FIT, "fit.demo", Map.of(FIT_INTERNATIONALISATION_AGREEMENTS, "Handelsmissie",
        FIT_BUDGET_EURO, "0"), "\"fitCommitment\":{\"value\":false,\"type\":\"Boolean\"}");
    complete(rest, pact, TASK_ALIGN_WITH_WSE, "wse.demo", Map.of(WSE_TRAINING_AGREEMENTS, "Opleidingstraject",
        WSE_BUDGET_EURO, "0"), null);
    complete(rest, pact, TASK_AGREE_WITH_RESEARCH_GROUPS, "cluster.demo", Map.of(RESEARCH_GROUPS, "KU Leuven",
        RESEARCH_AGENDA_AGREEMENTS, "Gedeelde agenda"), null);
    complete(rest, pact, TASK_RECORD_TRANSITION_CONTRIBUTION, "cluster.demo", Map.of(INDUSTRY40_CONTRIBUTION,
        "Digitale tweelingen", CIRCULAR_ECONOMY_CONTRIBUTION, "Herbruikbare verpakkingen"), null);
    complete(rest, pact, TASK_RECORD_CLUSTER_COMMITMENTS, "vil.laat", Map.of(CLUSTER_COMPETITIVENESS_PROGRAMME,
        "Programma slimme logistiek", CLUSTER_PARTNER_COMMITMENTS, Pacts.CLUSTER_PARTNERS.replace("\n", "\\n")), null);
    pacts.runAsyncJobs(pact);
    complete(rest, pact, TASK_DRAFT_CLUSTERPACT, "cluster.demo", Map.of(EARMARK_YEAR1_EURO, "400.000",
        EARMARK_YEAR2_EURO, "0", EARMARK_YEAR3_EURO, "0", PROJECT_MEANS_EURO, "0"),
        "\"firstEarmarkYear\":{\"value\":" + firstYear + ",\"type\":\"Long\"},\"permitsOrStandards\":{\"value\":false,\"type\":\"Boolean\"}");
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact))
        .containsExactly(TASK_APPROVE_AS_MINISTER, TASK_DECIDE_ON_DEADLINE_EXTENSION, TASK_FOLLOW_UP_NINE_MONTH_REMINDER);

    complete(rest, pact, TASK_APPROVE_AS_MINISTER, "economie.demo", Map.of(MINISTER_DECISION, "APPROVE"), null);
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact)).containsExactly(TASK_SIGN_CLUSTERPACT);
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    // The committee's open decision is gone: there is nothing left to stop.
    assertThat(rest.json("/engine-rest/task?processInstanceId=" + pact.getId(), "comite.demo").elements()).isEmpty();

    complete(rest, pact, TASK_SIGN_CLUSTERPACT, "cluster.demo", Map.of(SIGNED_ON, LocalDate.now().toString(),
        SIGNATORIES, "Minister van Economie\\nVoorzitter VIL"), null);
    assertThat(pacts.activeActivities(pact)).containsExactly(CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
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
