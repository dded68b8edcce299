package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared Tasklist filters as the roles see them, and the due dates they rely on. */
@PostgresEngineTest
class TasklistFiltersIT {

  @Autowired ProcessEngine engine;
  @Autowired AccessSetup accessSetup;
  Pacts pacts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
  }

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void eachFilterExistsOnceAndShowsClusterBusinessKeyAndDeadline() {
    for (TasklistFilters.Filter definition : TasklistFilters.all()) {
      List<Filter> found = engine.getFilterService().createFilterQuery().filterName(definition.name()).list();
      assertThat(found).as(definition.name()).hasSize(1);
      assertThat(found.get(0).getOwner()).isNull();
      @SuppressWarnings("unchecked")
      List<Map<String, String>> variables = (List<Map<String, String>>) found.get(0).getProperties().get("variables");
      assertThat(variables).extracting(v -> v.get("name"))
          .contains(CLUSTER_NAME, PACT_BUSINESS_KEY, FIRST_YEAR_DEADLINE_LABEL);
    }
  }

  @Test
  void eachRoleSeesItsFilters() {
    assertThat(visibleFilters("fit.user", Roles.agency("FIT"))).containsExactlyInAnyOrder(
        TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.DEADLINE_WITHIN_30_DAYS);
    assertThat(visibleFilters("budget.user", Roles.cabinet("budget"))).containsExactlyInAnyOrder(
        TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.MINISTER_APPROVALS,
        TasklistFilters.DEADLINE_WITHIN_30_DAYS);
    assertThat(visibleFilters("someone", "no-such-group")).isEmpty();
  }

  @Test
  void everyUserTaskOfThePactIsDueAtTheFirstYearDeadline() {
    ProcessInstance pact = pacts.start("Catalisti Filter", LocalDate.now().minusMonths(3));
    Date deadline = (Date) engine.getRuntimeService().getVariable(pact.getId(), FIRST_YEAR_DEADLINE);
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).list();
    // FIT, WSE, OVAM, the research groups, the transition contribution and the cluster organisation
    assertThat(open).hasSize(6).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(deadline));
  }

  @Test
  void deadlineWithin30DaysListsANearDeadlineAndNotAFarOne() {
    ProcessInstance near = pacts.start("Flux50 Filter", LocalDate.now().minusYears(1).plusDays(10));
    ProcessInstance far = pacts.start("SIM Filter", LocalDate.now().minusMonths(1));
    ProcessInstance overdue = pacts.start("VIL Filter", LocalDate.now().minusYears(1).minusDays(3));

    List<String> listed = list(TasklistFilters.DEADLINE_WITHIN_30_DAYS).stream().map(Task::getProcessInstanceId).toList();
    assertThat(listed).contains(near.getId(), overdue.getId()).doesNotContain(far.getId());
  }

  @Test
  void fitSeesItsAlignmentAmongItsGroupsTasksAndInItsOwnOnceClaimed() {
    ProcessInstance pact = pacts.start("MEDVIA Filter", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of("VDAB"));
    Task fit = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).taskDefinitionKey(TASK_ALIGN_WITH_FIT).singleResult();
    Task wse = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).taskDefinitionKey(TASK_ALIGN_WITH_WSE).singleResult();

    engine.getIdentityService().setAuthentication("fit.user", List.of(Roles.agency("FIT")));
    assertThat(ids(list(TasklistFilters.MY_GROUPS_TASKS))).contains(fit.getId()).doesNotContain(wse.getId());
    assertThat(ids(list(TasklistFilters.MY_TASKS))).doesNotContain(fit.getId());
    engine.getTaskService().claim(fit.getId(), "fit.user");
    assertThat(ids(list(TasklistFilters.MY_TASKS))).containsExactly(fit.getId());
    assertThat(ids(list(TasklistFilters.MY_GROUPS_TASKS))).contains(fit.getId());
  }

  @Test
  void tasklistOpensOnTheWorkOfMyGroupsWithMyOwnTasksAndAColleaguesClaimedTask() {
    engine.getIdentityService().setAuthentication("fit.user", List.of(Roles.agency("FIT")));
    List<Filter> visible = engine.getFilterService().createFilterQuery().list();
    engine.getIdentityService().clearAuthentication();
    Filter first = visible.stream()
        .min(java.util.Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue())).orElseThrow();
    assertThat(first.getName()).isEqualTo(TasklistFilters.MY_GROUPS_TASKS);

    ProcessInstance one = pacts.start("Catalisti Eerste Filter", LocalDate.now().minusMonths(2));
    ProcessInstance two = pacts.start("SIM Eerste Filter", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(one, List.of("VDAB"));
    pacts.selectThemesAndAgencies(two, List.of("VDAB"));
    Task unclaimed = task(one, TASK_ALIGN_WITH_FIT);
    Task colleagues = task(two, TASK_ALIGN_WITH_FIT);
    Task handedToMe = task(one, TASK_ALIGN_WITH_WSE);
    engine.getTaskService().claim(colleagues.getId(), "fit.colleague");
    // A task outside my groups that was assigned to me (as a returned draft is to its drafter).
    engine.getTaskService().setAssignee(handedToMe.getId(), "fit.user");
    Task otherGroups = task(two, TASK_ALIGN_WITH_WSE);

    engine.getIdentityService().setAuthentication("fit.user", List.of(Roles.agency("FIT")));
    assertThat(ids(list(TasklistFilters.MY_GROUPS_TASKS)))
        .contains(unclaimed.getId(), colleagues.getId(), handedToMe.getId()).doesNotContain(otherGroups.getId());
  }

  @Test
  void theFormerGroupsFilterOfAnExistingInstallIsRenamedAndWidenedOnceKeepingItsId() {
    // The filter as an earlier release left it (same ID, so every group keeps its READ grant on it).
    Filter former = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS).singleResult();
    former.setName(TasklistFilters.MY_GROUPS_TASKS_BEFORE)
        .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks())
        .setProperties(Map.of("priority", 20));
    engine.getFilterService().saveFilter(former);

    accessSetup.postProcessEngineBuild(engine);
    accessSetup.postProcessEngineBuild(engine);

    assertThat(engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS_BEFORE).count()).isZero();
    Filter renamed = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS).singleResult();
    assertThat(renamed.getId()).isEqualTo(former.getId());
    assertThat(renamed.getProperties()).containsEntry("priority", 5);
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) renamed.getQuery()).getQueries()).hasSize(2);
    assertThat(visibleFilters("fit.user", Roles.agency("FIT"))).contains(TasklistFilters.MY_GROUPS_TASKS);
  }

  @Test
  void anExtensionOfTheDeadlineMovesTheDueDateOfTheOpenTasks() {
    ProcessInstance pact = pacts.start("The Blue Cluster Filter", LocalDate.now().minusYears(1).minusDays(1));
    pacts.selectThemesAndAgencies(pact, List.of("MDK"));
    pacts.fireTimer(pact, START_EVENT_FIRST_YEAR_DEADLINE);
    Task decision = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_DECIDE_ON_DEADLINE_EXTENSION).singleResult();
    LocalDate extended = LocalDate.now().plusMonths(4);

    // As a committee member, who may not read the agencies' tasks.
    engine.getIdentityService().setAuthentication("committee.user", List.of(GroupIds.HERMES_COMMITTEE));
    engine.getTaskService().claim(decision.getId(), "committee.user");
    engine.getTaskService().complete(decision.getId(), Map.of(DEADLINE_DECISION, "EXTEND",
        EXTENDED_DEADLINE, extended.toString(), DEADLINE_DECISION_MOTIVATION, "MDK heeft meer tijd nodig"));
    engine.getIdentityService().clearAuthentication();

    Date newDeadline = (Date) engine.getRuntimeService().getVariable(pact.getId(), FIRST_YEAR_DEADLINE);
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).list();
    assertThat(open).extracting(Task::getTaskDefinitionKey)
        .contains(TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY);
    assertThat(open).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(newDeadline));
  }

  private List<String> visibleFilters(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<Task> list(String filterName) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return engine.getFilterService().list(filter.getId());
  }

  private Task task(ProcessInstance pact, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).taskDefinitionKey(key).singleResult();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
