package be.clusterpact.document;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.access.ClusterGroups;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.kernel.Dates;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.RestVariables;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17.1 over REST on PostgreSQL: a pact driven to the ministers' approval by the demo users has
 * its PDF at {@code /api/pacts/{businessKey}/document} — the cluster named, its amounts in Belgian
 * notation, fonts embedded, the SHA-256 in the process history equal to the stored bytes — for the
 * people who worked on it and the always-readers, 403 for others, 404 for an unknown or not yet
 * approved pact; signing adds the signed version with signatories and date. The database refuses to
 * change or delete a stored document.
 */
@PostgresDemoApplicationTest
class PactDocumentRestIT {

  private static final String CLUSTER = "Document Cluster";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theApprovedPactIsAPdfForThoseWhoWorkedOnItThenTheSignedOne() throws IOException {
    EngineRest rest = new EngineRest(port);
    Pacts pacts = new Pacts(engine);
    int firstYear = LocalDate.now().getYear() + 1;
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), firstYear, 1_500_000_000L);

    HttpResponse<String> started = rest.post("/engine-rest/process-definition/key/Process_Clusterpact/start", "cluster.demo",
        variables(ClusterpactAnswers.start(CLUSTER, LocalDate.now().minusMonths(1))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance pact = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(Spin.JSON(started.body()).prop("id").stringValue()).singleResult();
    String key = pact.getBusinessKey();
    User contact = engine.getIdentityService().newUser("document.cluster");
    contact.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(contact);
    engine.getIdentityService().createMembership("document.cluster", ClusterGroups.groupId(CLUSTER));

    complete(rest, pact, TASK_SELECT_THEMES_AND_AGENCIES, "comite.demo",
        ClusterpactAnswers.themesAndAgencies("Digitale fabriek", List.of()));
    complete(rest, pact, TASK_ALIGN_WITH_FIT, "fit.demo", ClusterpactAnswers.fitAlignment(false, "0"));
    complete(rest, pact, TASK_ALIGN_WITH_WSE, "wse.demo", ClusterpactAnswers.wseAlignment("0"));
    complete(rest, pact, TASK_AGREE_WITH_RESEARCH_GROUPS, "cluster.demo", ClusterpactAnswers.researchGroups());
    complete(rest, pact, TASK_RECORD_TRANSITION_CONTRIBUTION, "cluster.demo", ClusterpactAnswers.transitionContribution());
    complete(rest, pact, TASK_RECORD_CLUSTER_COMMITMENTS, "document.cluster", ClusterpactAnswers.clusterCommitments());
    pacts.runAsyncJobs(pact);
    complete(rest, pact, TASK_DRAFT_CLUSTERPACT, "cluster.demo",
        ClusterpactAnswers.draft(firstYear, "1.250.000,50", "0", "0", "0", false, null));
    pacts.runAsyncJobs(pact);

    HttpResponse<String> notYet = rest.get(document(key), "cluster.demo");
    assertThat(notYet.statusCode()).isEqualTo(404);
    assertThat(Spin.JSON(notYet.body()).prop("message").stringValue()).contains("nog niet door alle ministers goedgekeurd");

    complete(rest, pact, TASK_APPROVE_AS_MINISTER, "economie.demo", ClusterpactAnswers.ministerDecision("APPROVE", null));
    pacts.runAsyncJobs(pact);
    assertThat(pacts.activeActivities(pact)).containsExactly(TASK_SIGN_CLUSTERPACT);

    // Those who worked on the pact, the committee, the fund manager, the administrator read it.
    for (String reader : List.of("cluster.demo", "fit.demo", "wse.demo", "economie.demo", "document.cluster",
        "comite.demo", "fonds.demo", "admin")) {
      assertThat(pdf(rest, document(key), reader).statusCode()).as(reader).isEqualTo(200);
    }
    HttpResponse<byte[]> approved = pdf(rest, document(key), "cluster.demo");
    assertThat(approved.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String sha = PactDocumentStore.sha256(approved.body());
    assertThat(historic(pact, CLUSTERPACT_DOCUMENT_SHA256)).isEqualTo(sha);
    assertThat(jdbc.queryForObject("select sha256 from cp_pact_document where business_key = ? and kind = 'APPROVED'",
        String.class, key)).isEqualTo(sha);
    try (PDDocument pdf = Loader.loadPDF(approved.body())) {
      assertThat(PactDocumentRendererTest.text(pdf)).contains("Clusterpact " + CLUSTER, key, CLUSTER + " vzw",
          "€ 1.250.000,50", "Chemco nv", "€ 150.000,00", "€ 240.000,50", "Digitale fabriek", "Goedgekeurd",
          Dates.dutch(LocalDate.now()), "Naam, functie, datum en handtekening");
      assertThat(PactDocumentRendererTest.fonts(pdf)).isNotEmpty()
          .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }

    // Others: 403 in the one error shape; unknown pact 404; an unknown version 400 naming the field.
    for (String outsider : List.of("mow.demo", "eu.demo", "catalisti.demo", "begroting.demo")) {
      HttpResponse<String> refused = rest.get(document(key), outsider);
      assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
      assertThat(Spin.JSON(refused.body()).prop("type").stringValue()).isEqualTo("Forbidden");
    }
    assertThat(rest.get(document(key), null).statusCode()).isEqualTo(401);
    HttpResponse<String> unknown = rest.get(document("CP-ONBEKEND-2026"), "admin");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Spin.JSON(unknown.body()).prop("message").stringValue()).contains("Geen clusterpact");
    // Others do not learn whether a pact exists: the same 403 as for a pact they did not work on.
    assertThat(rest.get(document("CP-ONBEKEND-2026"), "fit.demo").statusCode()).isEqualTo(403);
    assertThat(rest.get(document(key) + "?version=signed", "cluster.demo").statusCode()).isEqualTo(404);
    HttpResponse<String> badVersion = rest.get(document(key) + "?version=final", "cluster.demo");
    assertThat(badVersion.statusCode()).isEqualTo(400);
    assertThat(Spin.JSON(badVersion.body()).prop("field").stringValue()).isEqualTo("version");

    complete(rest, pact, TASK_SIGN_CLUSTERPACT, "cluster.demo", Map.of(SIGNED_ON, Dates.typed(LocalDate.now()),
        SIGNATORIES, "Jo Brouns, Vlaams minister van Economie\nAn Peeters, voorzitter " + CLUSTER + " vzw"));
    HttpResponse<byte[]> signed = pdf(rest, document(key), "fit.demo");
    assertThat(signed.statusCode()).isEqualTo(200);
    assertThat(historic(pact, SIGNED_CLUSTERPACT_DOCUMENT_SHA256)).isEqualTo(PactDocumentStore.sha256(signed.body()));
    try (PDDocument pdf = Loader.loadPDF(signed.body())) {
      assertThat(PactDocumentRendererTest.text(pdf)).contains("Clusterpact " + CLUSTER, "€ 1.250.000,50",
          "Ondertekend op " + Dates.dutch(LocalDate.now()), "Jo Brouns, Vlaams minister van Economie",
          "An Peeters, voorzitter " + CLUSTER + " vzw", "Ondertekening geregistreerd door cluster.demo");
    }
    assertThat(pdf(rest, document(key) + "?version=approved", "fit.demo").body()).isEqualTo(approved.body());
    // Both versions are steps of the pact's audit trail, with their SHA-256.
    assertThat(rest.get("/api/pacts/" + key + "/audit", "cluster.demo").body())
        .contains("Goedgekeurd clusterpact als document (PDF) bewaard", sha,
            "Ondertekend clusterpact als document (PDF) bewaard", PactDocumentStore.sha256(signed.body()));

    // Stored once, never changed: the database refuses an update and a delete.
    assertThatThrownBy(() -> jdbc.update("update cp_pact_document set recorded_by = 'x' where business_key = ?", key))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from cp_pact_document where business_key = ?", key))
        .hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("select count(*) from cp_pact_document where business_key = ?", Integer.class, key))
        .isEqualTo(2);
  }

  private String historic(ProcessInstance pact, String variable) {
    HistoricVariableInstance value = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pact.getId()).variableName(variable).singleResult();
    assertThat(value).as(variable + " in history").isNotNull();
    return (String) value.getValue();
  }

  private static String document(String businessKey) {
    return "/api/pacts/" + businessKey + "/document";
  }

  private static HttpResponse<byte[]> pdf(EngineRest rest, String path, String user) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(rest.request(path, user).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void complete(EngineRest rest, ProcessInstance pact, String taskKey, String user, Map<String, Object> answers) {
    SpinJsonNode tasks = rest.json("/engine-rest/task?processInstanceId=" + pact.getId() + "&taskDefinitionKey=" + taskKey, user);
    assertThat(tasks.elements()).as(user + " sees " + taskKey).hasSize(1);
    String id = tasks.elements().get(0).prop("id").stringValue();
    assertThat(rest.post("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + user + "\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> done = rest.post("/engine-rest/task/" + id + "/complete", user, variables(answers));
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private static String variables(Map<String, Object> answers) {
    return "{\"variables\":" + RestVariables.json(answers) + "}";
  }
}
