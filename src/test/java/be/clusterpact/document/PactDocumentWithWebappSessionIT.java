package be.clusterpact.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.demo.DemoUsers;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.testing.WebappSession;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The link in the signing form opens the document in the browser that is logged in to Tasklist: the
 * session reads it, with the user's own rights (the demo pact SIM is approved and signed).
 */
@WebappsOnPostgresTest
class PactDocumentWithWebappSessionIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theClusterOrganisationReadsItsSignedPactFromTasklistAndAnOutsiderDoesNot() {
    String sim = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ClusterpactProcess.KEY).processInstanceBusinessKeyLike("CP-SIM-%").singleResult().getBusinessKey();

    HttpResponse<String> own = WebappSession.logIn(port, "tasklist", "sim.demo", DemoUsers.PASSWORD)
        .app("GET", "/api/pacts/" + sim + "/document");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.body()).startsWith("%PDF-");

    HttpResponse<String> outsider = WebappSession.logIn(port, "tasklist", "eu.demo", DemoUsers.PASSWORD)
        .app("GET", "/api/pacts/" + sim + "/document");
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(outsider.body()).contains("Geen toegang");
  }
}
