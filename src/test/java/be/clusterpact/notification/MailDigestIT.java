package be.clusterpact.notification;

import static be.clusterpact.process.ClusterpactProcess.TASK_ALIGN_WITH_FIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.clusterpact.access.Roles;
import be.clusterpact.kernel.Dates;
import be.clusterpact.testing.Http;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18: users choose how they hear about new tasks themselves ({@code /api/me/mail-preference}):
 * per task, a daily digest, or nothing — through a real SMTP server (GreenMail). The test users are FIT
 * members, so the digest sees only the FIT tasks of this test's pacts (the marker pacts that prove
 * earlier mails delivered only reach the committee).
 */
@PostgresDemoApplicationTest
// A context of its own (its mail server): closed after this class, not kept in the context cache.
@DirtiesContext
@TestPropertySource(properties = {"clusterpact.mail.tasklist-base-url=https://pacts.example",
    "clusterpact.mail.retry-delay=100ms", "clusterpact.mail.reminders-cron=-", "clusterpact.mail.digest-cron=-"})
class MailDigestIT {

  static final GreenMail SMTP = SmtpServers.started();
  static final ReceivedMails MAILS = new ReceivedMails(SMTP, "https://pacts.example");
  static final Duration WITHIN = Duration.ofSeconds(30);
  static final String PASSWORD = "Digest-Pass-1";
  static final String PER_TASK_USER = "pertaak.it";
  static final String DIGEST_USER = "overzicht.it";
  static final String OFF_USER = "geenmail.it";

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired ProcessEngine engine;
  @Autowired DigestSchedule digests;
  @LocalServerPort int port;
  Pacts pacts;
  ExpectedMails expected;

  @BeforeEach
  void fitMembers() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
    expected = new ExpectedMails(engine);
    for (String userId : List.of(PER_TASK_USER, DIGEST_USER, OFF_USER)) {
      fitMember(userId);
    }
  }

  @Test
  void aDigestUserGetsOneDigestAndNoMailPerTaskAnOffUserNothingAPerTaskUserHisMail() throws Exception {
    assertThat(put(PER_TASK_USER, "{\"mail\":\"per-task\"}").statusCode()).isEqualTo(200);
    assertThat(put(DIGEST_USER, "{\"mail\":\"digest\"}").statusCode()).isEqualTo(200);
    assertThat(put(OFF_USER, "{\"mail\":\"off\"}").statusCode()).isEqualTo(200);
    digests.digests().send(); // whatever was queued before this test
    everyEarlierMailDelivered();
    int digestsBefore = digestsTo(DIGEST_USER).size();

    String cluster = uniqueCluster("VIL Dagoverzicht");
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    pacts.runAsyncJobs(pact);
    Task fit = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_ALIGN_WITH_FIT).singleResult();
    everyEarlierMailDelivered();

    assertThat(MAILS.about(cluster).get(fit.getId())).contains(address(PER_TASK_USER), "fit.demo@clusterpact.example")
        .doesNotContain(address(DIGEST_USER), address(OFF_USER));
    assertThat(MAILS.about(cluster)).isEqualTo(expected.forOpenTasksAndTheCompletedSelection(pact));

    // two nodes running the digest at the same moment: the queue's rows are taken once
    CompletableFuture<Integer> node1 = CompletableFuture.supplyAsync(() -> digests.digests().send());
    CompletableFuture<Integer> node2 = CompletableFuture.supplyAsync(() -> digests.digests().send());
    assertThat(node1.get() + node2.get()).isEqualTo(1);
    await().atMost(WITHIN).until(() -> digestsTo(DIGEST_USER).size() == digestsBefore + 1);
    MimeMessage digest = digestsTo(DIGEST_USER).get(digestsBefore);
    assertThat(ReceivedMails.subject(digest)).isEqualTo("Dagoverzicht Camunda Tasklist: 1 nieuwe taak");
    assertThat(ReceivedMails.text(digest)).startsWith("Beste Olga,\n\nSinds je vorige dagoverzicht is er 1 nieuwe taak")
        .contains("1. Taak: " + fit.getName() + "\n", "   Cluster: " + cluster + "\n",
            "   Dossier: " + pact.getBusinessKey() + "\n",
            "   Uiterste datum: " + Dates.dutch(Dates.inBrussels(fit.getDueDate().toInstant())) + "\n",
            "   Open de taak: https://pacts.example/camunda/app/tasklist/default/#/?task=" + fit.getId() + "\n");

    // nothing arrived since: no digest
    assertThat(digests.digests().send()).isZero();
    everyEarlierMailDelivered();
    assertThat(digestsTo(DIGEST_USER)).hasSize(digestsBefore + 1);
    assertThat(MAILS.to(address(OFF_USER), "")).isEmpty();
  }

  @Test
  void aDigestListsOnlyTheTasksStillOpenAndNothingWhenAllAreDone() throws Exception {
    assertThat(put(DIGEST_USER, "{\"mail\":\"digest\"}").statusCode()).isEqualTo(200);
    digests.digests().send();
    everyEarlierMailDelivered();
    int digestsBefore = digestsTo(DIGEST_USER).size();
    ProcessInstance pact = pacts.start(uniqueCluster("VIL Al gedaan"), LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.runAsyncJobs(pact);
    pacts.alignWithFit(pact, true);

    assertThat(digests.digests().send()).isZero();
    everyEarlierMailDelivered();
    assertThat(digestsTo(DIGEST_USER)).hasSize(digestsBefore);
  }

  @Test
  void usersReadAndChangeTheirOwnPreferenceOnly() throws Exception {
    HttpResponse<String> own = Http.get(port, "/api/me/mail-preference", PER_TASK_USER + ":" + PASSWORD);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("\"userId\":\"" + PER_TASK_USER + "\"", "\"choices\":[\"per-task\",\"digest\",\"off\"]");

    HttpResponse<String> changed = put(PER_TASK_USER, "{\"mail\":\"digest\"}");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("\"mail\":\"digest\"");
    assertThat(preferenceOf(PER_TASK_USER)).isEqualTo("digest");
    assertThat(Http.get(port, "/api/me/mail-preference", PER_TASK_USER + ":" + PASSWORD).body())
        .contains("\"mail\":\"digest\"");

    HttpResponse<String> bad = put(PER_TASK_USER, "{\"mail\":\"weekly\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"mail\"", "\"message\":\"mail: kies per-task");
    HttpResponse<String> missing = put(PER_TASK_USER, "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"mail\"", "is verplicht");
    HttpResponse<String> unknown = put(PER_TASK_USER, "{\"mail\":\"off\",\"frequency\":\"daily\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"frequency\"");

    String before = preferenceOf(OFF_USER);
    HttpResponse<String> other = put(PER_TASK_USER, "{\"mail\":\"per-task\",\"userId\":\"" + OFF_USER + "\"}");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("alleen je eigen e-mailvoorkeur");
    assertThat(preferenceOf(OFF_USER)).isEqualTo(before);
    assertThat(preferenceOf(PER_TASK_USER)).as("a refused request changes nothing").isEqualTo("digest");

    assertThat(put(PER_TASK_USER, "{\"mail\":\"per-task\"}").statusCode()).isEqualTo(200);
    assertThat(Http.send(Http.request(port, "/api/me/mail-preference", null).GET()).statusCode()).isEqualTo(401);
    assertThat(Http.send(Http.request(port, "/api/me/mail-preference", "niemand.it:wrong")
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"mail\":\"digest\"}")))
        .statusCode()).isEqualTo(401);
    assertThat(preferenceOf(OFF_USER)).isEqualTo(before);
  }

  HttpResponse<String> put(String userId, String json) throws Exception {
    return Http.send(Http.request(port, "/api/me/mail-preference", userId + ":" + PASSWORD)
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  String preferenceOf(String userId) {
    return engine.getIdentityService().getUserInfo(userId, MailPreference.USER_INFO_KEY);
  }

  List<MimeMessage> digestsTo(String userId) {
    return MAILS.to(address(userId), DigestMails.SUBJECT_PREFIX);
  }

  void fitMember(String userId) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId.equals(DIGEST_USER) ? "Olga" : "Test");
      user.setLastName("Mailvoorkeur");
      user.setEmail(address(userId));
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, Roles.agency("FIT"));
    }
  }

  static String address(String userId) {
    return userId + "@clusterpact.example";
  }

  /** Starts one more pact and waits for its committee's e-mail: the outbox sends in order. */
  void everyEarlierMailDelivered() {
    String marker = uniqueCluster("VIL Markering");
    ProcessInstance pact = pacts.start(marker, LocalDate.now().minusMonths(1));
    await().atMost(WITHIN)
        .untilAsserted(() -> assertThat(MAILS.about(marker)).isEqualTo(expected.forOpenTasks(pact)));
  }

  static String uniqueCluster(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
