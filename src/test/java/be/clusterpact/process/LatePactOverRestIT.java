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
import be.clusterpact.testing.PactsOverRest;
import be.clusterpact.process.ClusterpactAnswers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
        PactsOverRest.variables(ClusterpactAnswers.start("VIL Laat", decision)));
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

    PactsOverRest overRest = new PactsOverRest(rest, pacts);
    overRest.negotiateWithoutAgencies(pact, "vil.laat", true);
    overRest.complete(pact, TASK_DRAFT_CLUSTERPACT, "cluster.demo",
        ClusterpactAnswers.draft(firstYear, "400.000", "0", "0", "0", false, null), true);
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact))
        .containsExactly(TASK_APPROVE_AS_MINISTER, TASK_DECIDE_ON_DEADLINE_EXTENSION, TASK_FOLLOW_UP_NINE_MONTH_REMINDER);

    overRest.complete(pact, TASK_APPROVE_AS_MINISTER, "economie.demo", ClusterpactAnswers.ministerDecision("APPROVE", null), true);
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact)).containsExactly(TASK_SIGN_CLUSTERPACT);
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    // The committee's open decision is gone: there is nothing left to stop.
    assertThat(rest.json("/engine-rest/task?processInstanceId=" + pact.getId(), "comite.demo").elements()).isEmpty();

    overRest.complete(pact, TASK_SIGN_CLUSTERPACT, "cluster.demo", ClusterpactAnswers.signature(LocalDate.now(), "VIL Laat vzw"), true);
    assertThat(pacts.activeActivities(pact)).containsExactly(CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
    // Typed in Belgian notation, 400.000 is four hundred thousand euro.
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind, LedgerEntry::amountCents)
        .containsExactly(tuple(LedgerEntryKind.RESERVATION, 40_000_000L), tuple(LedgerEntryKind.COMMITMENT, 40_000_000L));
    assertThat(pacts.tranches(pact)).isNotNull();
  }
}
