package be.clusterpact.approval;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.negotiation.AgencyCatalogue;
import be.clusterpact.negotiation.PolicyDomains;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two tables in bpmn/ that process owners adapt per government term: agency → policy domain and
 * policy domain → competent cabinet. Every agency and every domain the forms know has its row.
 */
class ApprovingMinistersDecisionTest {

  static DmnEngine engine;
  static DmnDecision agencyDomain;
  static DmnDecision domainCabinet;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = new FileInputStream("bpmn/agency-policy-domains.dmn")) {
      agencyDomain = engine.parseDecision("Decision_AgencyPolicyDomain", model);
    }
    try (InputStream model = new FileInputStream("bpmn/approving-ministers.dmn")) {
      domainCabinet = engine.parseDecision("Decision_ApprovingMinisters", model);
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      FIT  | IV
      WSE  | WSE
      VDAB | WSE
      OVAM | OMG
      VEKA | OMG
      MOW  | MOW
      MDK  | MOW
      LV   | LV
      EWI  | EWI
      """)
  void agencyFallsUnderItsPolicyDomain(String agency, String domain) {
    assertThat(domainOf(agency)).isEqualTo(domain);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      EWI | economy
      FB  | budget
      WSE | work
      IV  | foreign-trade
      OMG | environment
      MOW | mobility
      LV  | agriculture
      ONW | education
      """)
  void policyDomainHasItsMinister(String domain, String cabinet) {
    assertThat(cabinetOf(domain)).isEqualTo(cabinet);
  }

  @Test
  void everyAgencyAndEveryDomainOfTheFormsIsCovered() {
    for (String agency : AgencyCatalogue.codes()) {
      assertThat(PolicyDomains.isKnown(domainOf(agency))).as(agency).isTrue();
    }
    for (String domain : PolicyDomains.codes()) {
      assertThat(CabinetCatalogue.isKnown(cabinetOf(domain))).as(domain).isTrue();
    }
    assertThat(domainOf("NASA")).isNull();
  }

  private static String domainOf(String agency) {
    return engine.evaluateDecisionTable(agencyDomain, Variables.createVariables().putValue(AGENCY, agency))
        .getSingleResult() == null ? null : engine.evaluateDecisionTable(agencyDomain,
        Variables.createVariables().putValue(AGENCY, agency)).getSingleEntry();
  }

  private static String cabinetOf(String domain) {
    return engine.evaluateDecisionTable(domainCabinet, Variables.createVariables().putValue(POLICY_DOMAIN, domain))
        .getSingleEntry();
  }
}
