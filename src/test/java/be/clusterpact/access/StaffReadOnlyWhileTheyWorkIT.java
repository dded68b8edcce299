package be.clusterpact.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16.9: staff read a pact while they have work in it, and not after. An agency that completed
 * its negotiation no longer reads the pact (other agencies' agreements, the earmark plan, contact
 * data); an agency still negotiating does; the VLAIO cluster team, with more work in the pact, does.
 */
@PostgresDemoApplicationTest
class StaffReadOnlyWhileTheyWorkIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void anAgencyStopsReadingThePactWhenItsNegotiationIsDone() {
    AbstractAssertions.init(engine);
    EngineRest rest = new EngineRest(port);
    Pacts pacts = new Pacts(engine);
    ProcessInstance pact = pacts.start("VIL Leesrecht", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM", "VDAB"));
    String variable = "/engine-rest/process-instance/" + pact.getId() + "/variables/clusterName";
    assertThat(rest.get(variable, "ovam.demo").statusCode()).isEqualTo(200);
    assertThat(rest.get(variable, "vdab.demo").statusCode()).isEqualTo(200);

    String ovamTask = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskCandidateGroup(Roles.agency("OVAM")).singleResult().getId();
    assertThat(rest.post("/engine-rest/task/" + ovamTask + "/claim", "ovam.demo", "{\"userId\":\"ovam.demo\"}").statusCode())
        .isEqualTo(204);
    assertThat(rest.post("/engine-rest/task/" + ovamTask + "/complete", "ovam.demo", """
        {"variables": {"agencyAgreementSummary": {"value": "Twee pilootprojecten", "type": "String"},
                       "agencyProjectMeansEuro": {"value": "100.000", "type": "String"},
                       "agencyNonFinancialKinds": {"value": "[]", "type": "Json"}}}""").statusCode()).isEqualTo(204);

    assertThat(rest.get(variable, "ovam.demo").statusCode()).isEqualTo(403);
    assertThat(rest.get("/engine-rest/process-instance/" + pact.getId() + "/variables/agencyAgreement_OVAM", "ovam.demo")
        .statusCode()).isEqualTo(403);
    assertThat(rest.json("/engine-rest/process-instance?processInstanceIds=" + pact.getId(), "ovam.demo").elements()).isEmpty();
    assertThat(rest.get(variable, "vdab.demo").statusCode()).isEqualTo(200);
    assertThat(rest.get(variable, "cluster.demo").statusCode()).isEqualTo(200);
    assertThat(rest.get(variable, "eigenaar.demo").statusCode()).isEqualTo(200);
  }
}
