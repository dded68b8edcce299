package be.clusterpact.notification;

import static be.clusterpact.process.ClusterpactProcess.TASK_NEGOTIATE_WITH_AGENCY;
import static be.clusterpact.process.ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.clusterpact.access.Roles;
import be.clusterpact.demo.DemoUsers;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.GroupIds;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: people hear about new tasks by e-mail, through a real SMTP server (GreenMail) — after the
 * transaction commits, one e-mail per task and person, never for work that rolled back, never to a
 * user who switched e-mails off. Mails are recognised by the test pact's cluster name in the subject
 * and by the task link in the text; the outbox sends in the order mails were handed in, so once a
 * later pact's mails have arrived, every earlier mail has too ({@link #everyEarlierMailDelivered}).
 */
@PostgresDemoApplicationTest
// A context of its own (its mail server): closed after this class, not kept in the context cache.
@DirtiesContext
@TestPropertySource(properties = {"clusterpact.mail.tasklist-base-url=https://pacts.example",
    "clusterpact.mail.retry-delay=100ms", "clusterpact.mail.reminders-cron=-"})
class TaskMailIT {

  static final GreenMail SMTP = SmtpServers.started();
  static final Duration WITHIN = Duration.ofSeconds(30);
  static final ReceivedMails MAILS = new ReceivedMails(SMTP, "https://pacts.example");
  static final String MAIL_OFF_USER = "mailuit.it";

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired ProcessEngine engine;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DeadlineReminderSchedule reminders;
  Pacts pacts;
  ExpectedMails expected;

  @BeforeEach
  void drivers() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
    expected = new ExpectedMails(engine);
  }

  @Test
  void aPactStartMailsTheCommitteeMembersWithTheTaskLink() {
    String cluster = uniqueCluster("VIL Start");
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(1));
    Task selection = task(pact, TASK_SELECT_THEMES_AND_AGENCIES);

    await().atMost(WITHIN)
        .untilAsserted(() -> assertThat(mailsAbout(cluster)).isEqualTo(expected.forOpenTasks(pact)));
    assertThat(expected.forOpenTasks(pact)).containsOnlyKeys(selection.getId());
    assertThat(expected.forOpenTasks(pact).get(selection.getId()))
        .contains(DemoUsers.ofGroup(GroupIds.HERMES_COMMITTEE).email());
    MimeMessage mail = received(cluster).get(0);
    assertThat(subject(mail)).isEqualTo("Nieuwe taak: " + selection.getName() + " – " + cluster);
    assertThat(text(mail)).contains("Taak: " + selection.getName(), "Cluster: " + cluster, "Uiterste datum: ",
        "https://pacts.example/camunda/app/tasklist/default/#/?task=" + selection.getId());
  }

  @Test
  void completingTheSelectionMailsTheNextGroupsEachTheirOwnTask() {
    String cluster = uniqueCluster("VIL Volgende");
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM", "VDAB"));
    pacts.runAsyncJobs(pact);

    await().atMost(WITHIN).untilAsserted(
        () -> assertThat(mailsAbout(cluster)).isEqualTo(expected.forOpenTasksAndTheCompletedSelection(pact)));
    everyEarlierMailDelivered();
    Map<String, Set<String>> mails = mailsAbout(cluster);
    assertThat(mails).isEqualTo(expected.forOpenTasksAndTheCompletedSelection(pact));
    for (String agency : List.of("FIT", "WSE", "OVAM", "VDAB")) {
      String address = agency.toLowerCase() + ".demo@clusterpact.example";
      assertThat(mails.values().stream().filter(recipients -> recipients.contains(address)))
          .as("tasks mailed to %s", address).hasSize(1);
    }
    for (String agency : List.of("OVAM", "VDAB")) {
      Task negotiation = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
          .taskDefinitionKey(TASK_NEGOTIATE_WITH_AGENCY).taskCandidateGroup(Roles.agency(agency)).singleResult();
      assertThat(mails.get(negotiation.getId())).as("the %s negotiation goes to %s only", agency, agency)
          .contains(agency.toLowerCase() + ".demo@clusterpact.example")
          .doesNotContain((agency.equals("OVAM") ? "vdab" : "ovam") + ".demo@clusterpact.example");
    }
  }

  @Test
  void aRefusedCompletionMailsNobody() {
    String cluster = uniqueCluster("VIL Geweigerd");
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(1));
    Task selection = task(pact, TASK_SELECT_THEMES_AND_AGENCIES);
    Map<String, Set<String>> atStart = expected.forOpenTasks(pact);

    assertThatThrownBy(() -> engine.getTaskService().complete(selection.getId(),
        ClusterpactAnswers.themesAndAgencies(List.of("ONBEKEND")))).hasRootCauseInstanceOf(InvalidInputException.class);

    everyEarlierMailDelivered();
    assertThat(mailsAbout(cluster)).isEqualTo(atStart);
  }

  @Test
  void aCompletionWhoseTransactionRollsBackMailsNobodyAboutTheTasksItCreated() {
    String cluster = uniqueCluster("VIL Teruggedraaid");
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(1));
    Task selection = task(pact, TASK_SELECT_THEMES_AND_AGENCIES);
    Map<String, Set<String>> atStart = expected.forOpenTasks(pact);

    List<String> createdThenRolledBack = new TransactionTemplate(transactions).execute(status -> {
      engine.getTaskService().complete(selection.getId(), ClusterpactAnswers.themesAndAgencies(List.of("OVAM")));
      List<String> created = openTasks(pact).stream().map(Task::getId).toList();
      status.setRollbackOnly();
      return created;
    });

    assertThat(createdThenRolledBack).isNotEmpty().doesNotContain(selection.getId());
    assertThat(openTasks(pact)).extracting(Task::getId).containsExactly(selection.getId());
    everyEarlierMailDelivered();
    assertThat(mailsAbout(cluster)).isEqualTo(atStart);
  }

  @Test
  void aUserWithMailOffGetsNothing() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(MAIL_OFF_USER).count() == 0) {
      User user = identity.newUser(MAIL_OFF_USER);
      user.setFirstName("Marc");
      user.setLastName("Zonder mail");
      user.setEmail(MAIL_OFF_USER + "@clusterpact.example");
      user.setPassword(UUID.randomUUID().toString());
      identity.saveUser(user);
      identity.createMembership(MAIL_OFF_USER, GroupIds.HERMES_COMMITTEE);
    }
    identity.setUserInfo(MAIL_OFF_USER, TaskMails.PREFERENCE, TaskMails.OFF);
    String cluster = uniqueCluster("VIL Geen mail");

    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(1));

    everyEarlierMailDelivered();
    Set<String> recipients = mailsAbout(cluster).get(task(pact, TASK_SELECT_THEMES_AND_AGENCIES).getId());
    assertThat(recipients).contains(DemoUsers.ofGroup(GroupIds.HERMES_COMMITTEE).email())
        .doesNotContain(MAIL_OFF_USER + "@clusterpact.example");
  }

  @Test
  void theCommitteeIsRemindedThirtyAndSevenDaysBeforeTheDueDateOnly() {
    String cluster = uniqueCluster("VIL Herinnering");
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(3));
    Task selection = task(pact, TASK_SELECT_THEMES_AND_AGENCIES);
    LocalDate due = Dates.inBrussels(selection.getDueDate().toInstant());
    Map<String, Set<String>> committee = expected.forOpenTasks(pact);

    for (LocalDate day : List.of(due.minusDays(31), due.minusDays(29), due.minusDays(8), due.minusDays(6), due)) {
      reminders.reminders().remind(day);
    }
    everyEarlierMailDelivered();
    assertThat(mailsAbout(cluster, "Herinnering")).isEmpty();

    for (LocalDate day : List.of(due.minusDays(30), due.minusDays(7))) {
      reminders.reminders().remind(day);
      reminders.reminders().remind(day); // a second run that day: a restart, or another node's schedule
    }
    everyEarlierMailDelivered();
    assertThat(mailsAbout(cluster, "Herinnering (nog 30 dagen): ")).isEqualTo(committee);
    assertThat(mailsAbout(cluster, "Herinnering (nog 7 dagen): ")).isEqualTo(committee);
    assertThat(received(cluster)).as("each reminder once, though the schedule ran twice a day")
        .filteredOn(mail -> subject(mail).startsWith("Herinnering"))
        .hasSize(2 * committee.values().stream().mapToInt(Set::size).sum());
    assertThat(received(cluster)).filteredOn(mail -> subject(mail).startsWith("Herinnering")).allSatisfy(mail ->
        assertThat(text(mail)).contains("Uiterste datum: " + Dates.dutch(due), "?task=" + selection.getId()));
  }

  @Test
  void nineMonthsAfterTheDecisionTheVlaioClusterTeamIsMailedWhatIsStillOpenAndHowLongIsLeft() {
    String cluster = uniqueCluster("VIL Negen maanden");
    LocalDate today = Dates.today();
    ProcessInstance pact = pacts.start(cluster, today.minusMonths(9).plusDays(1)); // the timer waits for tomorrow
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    pacts.runAsyncJobs(pact);
    List<Task> open = openTasks(pact);

    pacts.fireTimer(pact, ClusterpactProcess.START_EVENT_NINE_MONTH_REMINDER);

    Task followUp = task(pact, ClusterpactProcess.TASK_FOLLOW_UP_NINE_MONTH_REMINDER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(GroupIds.VLAIO_CLUSTER_TEAM);
    String subject = "Clusterpact " + cluster + ": 9 maanden na de steunbeslissing, nog ";
    Set<String> team = expected.addressesOf(GroupIds.VLAIO_CLUSTER_TEAM,
        Set.of(MailPreference.PER_TASK, MailPreference.DIGEST));
    assertThat(team).contains(DemoUsers.ofGroup(GroupIds.VLAIO_CLUSTER_TEAM).email());
    await().atMost(WITHIN).untilAsserted(() -> assertThat(MAILS.all()).filteredOn(mail -> subject(mail).startsWith(subject))
        .flatExtracting(mail -> List.of(ReceivedMails.recipients(mail))).extracting(Object::toString)
        .containsExactlyInAnyOrderElementsOf(team));
    everyEarlierMailDelivered();
    MimeMessage mail = MAILS.all().stream().filter(m -> subject(m).startsWith(subject)).findFirst().orElseThrow();
    if (today.getDayOfMonth() <= 28) {
      assertThat(subject(mail)).isEqualTo(subject + "3 maanden tot de deadline");
    }
    LocalDate deadline = Dates.inBrussels(followUp.getDueDate().toInstant());
    assertThat(text(mail)).contains("Het clusterpact van " + cluster + " is negen maanden na de steunbeslissing nog niet "
        + "goedgekeurd; de deadline van het eerste jaar is " + Dates.dutch(deadline),
        "Taak: " + followUp.getName(), "Dossier: " + pact.getBusinessKey(), "Nog open in dit clusterpact:\n",
        "https://pacts.example/camunda/app/tasklist/default/#/?task=" + followUp.getId());
    assertThat(open).isNotEmpty().allSatisfy(task -> assertThat(text(mail)).contains("- " + task.getName()));
    assertThat(mailsAbout(cluster)).as("no 'Nieuwe taak' mail besides the nine-month mail")
        .doesNotContainKey(followUp.getId());
  }

  /**
   * Starts one more pact and waits for its committee's e-mail: the outbox sends in order, so every
   * mail handed in before has been delivered by then.
   */
  void everyEarlierMailDelivered() {
    String marker = uniqueCluster("VIL Markering");
    ProcessInstance pact = pacts.start(marker, LocalDate.now().minusMonths(1));
    await().atMost(WITHIN)
        .untilAsserted(() -> assertThat(mailsAbout(marker)).isEqualTo(expected.forOpenTasks(pact)));
  }

  static Map<String, Set<String>> mailsAbout(String cluster) {
    return MAILS.about(cluster);
  }

  static Map<String, Set<String>> mailsAbout(String cluster, String subjectPrefix) {
    return MAILS.about(cluster, subjectPrefix);
  }

  static List<MimeMessage> received(String cluster) {
    return MAILS.of(cluster);
  }

  List<Task> openTasks(ProcessInstance pact) {
    return expected.openTasks(pact);
  }

  Task task(ProcessInstance pact, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  static String uniqueCluster(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static String subject(MimeMessage mail) {
    return ReceivedMails.subject(mail);
  }

  static String text(MimeMessage mail) {
    return ReceivedMails.text(mail);
  }
}
