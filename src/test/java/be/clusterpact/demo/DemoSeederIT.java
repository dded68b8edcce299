package be.clusterpact.demo;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.access.AccessRules;
import be.clusterpact.access.ClusterGroups;
import be.clusterpact.access.Roles;
import be.clusterpact.access.TasklistFilters;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerEntryKind;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.Restart;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a first start with the demo switched on shows: users per role and pacts at different steps. */
@PostgresDemoApplicationTest
class DemoSeederIT {

  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void everyRoleButTheAdministratorsHasOneDemoUserWithTheDemoPassword() {
    for (Roles.Role role : Roles.all()) {
      List<DemoUsers.DemoUser> users = DemoUsers.all().stream().filter(u -> u.groupId().equals(role.groupId())).toList();
      if (role.groupId().equals(GroupIds.ADMINISTRATORS)) {
        assertThat(users).isEmpty();
        continue;
      }
      assertThat(users).as(role.groupId()).hasSize(1);
      String id = users.get(0).id();
      assertThat(engine.getIdentityService().checkPassword(id, DemoUsers.PASSWORD)).as(id).isTrue();
      assertThat(engine.getIdentityService().createGroupQuery().groupMember(id).list())
          .extracting(g -> g.getId()).containsExactly(role.groupId());
    }
  }

  @Test
  void flandersFoodWaitsForTheCommittee() {
    String pact = demoPact("CP-FLANDERS-FOOD-").getId();
    assertThat(openTaskKeys(pact)).containsExactly(TASK_SELECT_THEMES_AND_AGENCIES);
    assertThat(groupsTasks("comite.demo", GroupIds.HERMES_COMMITTEE, pact)).hasSize(1);
  }

  @Test
  void catalistiNegotiatesWithFitWseOvamAndEwiWithinThirtyDaysOfItsDeadline() {
    String pact = demoPact("CP-CATALISTI-").getId();
    // (a job executor elsewhere on this database may already have fired the nine-month reminder)
    assertThat(openTaskKeys(pact)).contains(TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY,
        TASK_RECORD_TRANSITION_CONTRIBUTION, TASK_RECORD_CLUSTER_COMMITMENTS)
        .doesNotContain(TASK_SELECT_THEMES_AND_AGENCIES, TASK_AGREE_WITH_RESEARCH_GROUPS);
    // The cluster organisation works on its own pact only.
    assertThat(groupsTasks("catalisti.demo", ClusterGroups.groupId("Catalisti"), pact)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(TASK_RECORD_CLUSTER_COMMITMENTS);
    assertThat(groupsTasks("flux50.demo", ClusterGroups.groupId("Flux50"), pact)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact).taskCandidateGroupIn(
        List.of(Roles.agency("OVAM"), Roles.agency("EWI"))).count()).isEqualTo(2);
    Date deadline = (Date) engine.getRuntimeService().getVariable(pact, FIRST_YEAR_DEADLINE);
    assertThat(deadline).isAfter(new Date()).isBefore(Timestamp.valueOf(LocalDate.now().plusDays(30).atStartOfDay()));

    assertThat(groupsTasks("fit.demo", Roles.agency("FIT"), pact)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(TASK_ALIGN_WITH_FIT);
    engine.getIdentityService().setAuthentication("fit.demo", List.of(Roles.agency("FIT")));
    assertThat(filtered(TasklistFilters.DEADLINE_WITHIN_30_DAYS, pact)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(TASK_ALIGN_WITH_FIT);
  }

  @Test
  void theBlueClusterIsBeingDraftedByTheClusterTeam() {
    String pact = demoPact("CP-THE-BLUE-CLUSTER-").getId();
    assertThat(openTaskKeys(pact)).containsExactly(TASK_DRAFT_CLUSTERPACT);
    assertThat(groupsTasks("cluster.demo", GroupIds.VLAIO_CLUSTER_TEAM, pact)).hasSize(1);
  }

  @Test
  void flux50WaitsForTheMinistersOfEconomyBudgetAndEnvironment() {
    String pact = demoPact("CP-FLUX50-").getId();
    // VEKA's and OMG's project means fall under Omgeving; three years of earmarked means under Begroting.
    assertThat(openTaskKeys(pact)).containsExactly(TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    assertThat(groupsTasks("economie.demo", Roles.cabinet("economy"), pact)).hasSize(1);
    assertThat(groupsTasks("begroting.demo", Roles.cabinet("budget"), pact)).hasSize(1);
    assertThat(groupsTasks("omgeving.demo", Roles.cabinet("environment"), pact)).hasSize(1);
    assertThat(groupsTasks("werk.demo", Roles.cabinet("work"), pact)).isEmpty();
    engine.getIdentityService().setAuthentication("begroting.demo", List.of(Roles.cabinet("budget")));
    assertThat(filtered(TasklistFilters.MINISTER_APPROVALS, pact)).hasSize(1);
    engine.getIdentityService().clearAuthentication();

    // Each earlier step was claimed and completed by the demo user of its role.
    List<HistoricTaskInstance> done = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pact)
        .finished().list();
    assertThat(done).extracting(HistoricTaskInstance::getTaskDefinitionKey).contains(TASK_SELECT_THEMES_AND_AGENCIES,
        TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY, TASK_DRAFT_CLUSTERPACT);
    assertThat(done).extracting(HistoricTaskInstance::getAssignee)
        .contains("comite.demo", "fit.demo", "wse.demo", "veka.demo", "omg.demo", "cluster.demo");

    // The demo sets maxima up to next year, as the yearly rhythm would: Flux50's later years are reserved
    // conditionally, in afwachting van het jaarlijkse maximum (other tests on this database may set them).
    int nextYear = LocalDate.now().getYear() + 1;
    assertThat(jdbc.queryForObject("select count(*) from cp_hermes_ledger_entry where step = 'demo-maximum'"
        + " and budget_year > ?", Integer.class, nextYear)).isZero();
    assertThat(ledger.entries(demoPact("CP-FLUX50-").getBusinessKey())).extracting(LedgerEntry::year)
        .contains(nextYear + 1);
  }

  @Test
  void simIsApprovedSignedAndFollowsItsTranches() {
    HistoricProcessInstance pact = demoPact("CP-SIM-");
    assertThat(pact.getState()).isEqualTo(HistoricProcessInstance.STATE_ACTIVE);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pact.getId())
        .activityId(TASK_SIGN_CLUSTERPACT).finished().count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_APPROVE_AS_MINISTER).singleResult().getAssignee()).isEqualTo("economie.demo");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pact.getId())
        .processDefinitionKey(HermesTrancheReleaseProcess.KEY).count()).as("yearly tranche follow-up").isEqualTo(1);
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind).contains(LedgerEntryKind.COMMITMENT);
    // Its clusterpact document: as approved and as signed (GET /api/pacts/CP-SIM-…/document).
    assertThat(jdbc.queryForList("select kind from cp_pact_document where business_key = ? order by kind", String.class,
        pact.getBusinessKey())).containsExactly("APPROVED", "SIGNED");
  }

  @Test
  void aRestartAddsNoUserOrPactAndChangesNoTask() {
    List<String> before = snapshot();
    Restart.ofTheApplication("--clusterpact.demo.enabled=true");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void theEuCallOf2019HasApplicationsAtEveryStepAndGermanApplicantsWithAndWithoutTheBmwiEmail() {
    String key = DemoExpertGroupCall.KEY;
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DemoExpertGroupCall.CALL_PROCESS).processInstanceBusinessKey(key).count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DemoExpertGroupCall.APPLICATION_PROCESS).processInstanceBusinessKey(key).count()).isEqualTo(5);
    java.util.Map<String, List<String>> open = new java.util.TreeMap<>();
    for (var application : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DemoExpertGroupCall.APPLICATION_PROCESS).processInstanceBusinessKey(key).list()) {
      open.put((String) engine.getRuntimeService().getVariable(application.getId(), EuExpertGroupApplicationProcess.APPLICANT_NAME), openTaskKeys(application.getId()));
    }
    // Provincie Antwerpen is selected and told, so its application has ended.
    assertThat(open).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "Dr. Jens Müller", List.of(EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION),
        "Dr. Anna Schmidt", List.of(EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION, EuExpertGroupApplicationProcess.TASK_REMIND_OF_NATIONAL_NOTIFICATION),
        "Stad Gent", List.of(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS),
        "Jan Modaal", List.of(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME)));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(DemoExpertGroupCall.APPLICATION_PROCESS).taskCandidateGroup(GroupIds.EU_COMMISSION_SECRETARIAT).count()).isEqualTo(2);
  }

  private HistoricProcessInstance demoPact(String businessKeyPrefix) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(AccessRules.CLUSTERPACT)
        .startedBy(DemoSeeder.STARTER).processInstanceBusinessKeyLike(businessKeyPrefix + "%").singleResult();
  }

  private List<String> openTaskKeys(String pact) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  /** The pact's tasks in the user's "Werk van mijn groepen". */
  private List<Task> groupsTasks(String user, String group, String pact) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return filtered(TasklistFilters.MY_GROUPS_TASKS, pact);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<Task> filtered(String filterName, String pact) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return engine.getFilterService().list(filter.getId(), engine.getTaskService().createTaskQuery().processInstanceId(pact));
  }

  /** Users and their memberships, demo pacts and open tasks (with assignee and revision), one line each. */
  private List<String> snapshot() {
    var users = engine.getIdentityService().createUserQuery().list().stream()
        .map(u -> "user " + u.getId() + " " + engine.getIdentityService().createGroupQuery().groupMember(u.getId()).count());
    var pacts = engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy(DemoSeeder.STARTER).list().stream()
        .map(p -> "pact " + p.getId() + " " + p.getBusinessKey() + " " + p.getState());
    var tasks = engine.getTaskService().createTaskQuery().list().stream()
        .map(t -> "task " + t.getId() + " " + t.getAssignee() + " rev "
            + ((TaskEntity) t).getRevision());
    return Stream.of(users, pacts, tasks).flatMap(s -> s).sorted().toList();
  }
}
