package be.clusterpact.expertgroup;

import static be.clusterpact.process.EuExpertGroupApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national-notification table in bpmn/, as process owners edit it: country → whom to inform. */
class NationalNotificationDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = new FileInputStream("bpmn/national-notification.dmn")) {
      decision = engine.parseDecision("Decision_NationalNotification", model);
    }
  }

  @ParameterizedTest(name = "{0} → requested={1} {2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      DE | true  | BMWi (Bundesministerium für Wirtschaft und Energie)
      BE | false | null
      NL | false | null
      AT | false | null
      """)
  void onlyGermanApplicantsAreAskedToInformTheirMinistry(String country, boolean requested, String authority) {
    var result = engine.evaluateDecisionTable(decision, Variables.createVariables().putValue(APPLICANT_COUNTRY, country))
        .getSingleResult();
    NationalNotifications.Request requirement = NationalNotifications.fromDecision(result.getEntryMap());
    assertThat(requirement.requested()).isEqualTo(requested);
    assertThat(requirement.authority()).isEqualTo(authority);
    if (requested) {
      assertThat(requirement.channel()).contains("info@clusterplattform.de");
    } else {
      assertThat(requirement.channel()).isNull();
    }
  }
}
