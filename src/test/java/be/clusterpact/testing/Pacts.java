package be.clusterpact.testing;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives clusterpacts through their user tasks with valid data, as the roles would in Tasklist. */
public class Pacts {

  public static final String PROCESS = ClusterpactProcess.KEY;

  private final ProcessEngine engine;

  public Pacts(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessInstance start(String cluster, LocalDate decisionDate) {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, startVariables(cluster, decisionDate));
  }

  public static Map<String, Object> startVariables(String cluster, LocalDate decisionDate) {
    return ClusterpactAnswers.start(cluster, decisionDate);
  }

  public void selectThemesAndAgencies(ProcessInstance pact, List<String> agencies) {
    Task selection = task(TASK_SELECT_THEMES_AND_AGENCIES, pact);
    assertThat(selection).hasCandidateGroup(GroupIds.HERMES_COMMITTEE);
    complete(selection, ClusterpactAnswers.themesAndAgencies(agencies));
  }

  public void alignWithFit(ProcessInstance pact, boolean commitment) {
    Task fit = task(TASK_ALIGN_WITH_FIT, pact);
    assertThat(fit).hasCandidateGroup("agency-fit");
    complete(fit, ClusterpactAnswers.fitAlignment(commitment, commitment ? 120000 : 0));
  }

  public void alignWithWse(ProcessInstance pact, long budgetEuro) {
    Task wse = task(TASK_ALIGN_WITH_WSE, pact);
    assertThat(wse).hasCandidateGroup("agency-wse");
    complete(wse, ClusterpactAnswers.wseAlignment(budgetEuro));
  }

  public void negotiateWithAgency(ProcessInstance pact, String agency, long projectMeansEuro, List<String> kinds) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_NEGOTIATE_WITH_AGENCY).taskCandidateGroup("agency-" + agency.toLowerCase()).singleResult();
    complete(task, ClusterpactAnswers.agencyAgreement(agency, projectMeansEuro, kinds));
  }

  public void agreeWithResearchGroups(ProcessInstance pact) {
    complete(task(TASK_AGREE_WITH_RESEARCH_GROUPS, pact), ClusterpactAnswers.researchGroups());
  }

  public void recordTransitionContribution(ProcessInstance pact) {
    complete(task(TASK_RECORD_TRANSITION_CONTRIBUTION, pact), ClusterpactAnswers.transitionContribution());
  }

  /** The cluster organisation records its programme and its partners' commitments. */
  public void recordClusterCommitments(ProcessInstance pact) {
    Task task = task(TASK_RECORD_CLUSTER_COMMITMENTS, pact);
    assertThat(task).hasCandidateGroup((String) engine.getRuntimeService().getVariable(pact.getId(), CLUSTER_GROUP));
    complete(task, ClusterpactAnswers.clusterCommitments());
  }

  /** One company (cash) and one knowledge institution (in kind), as the cluster organisation types them. */
  public static final String CLUSTER_PARTNERS = ClusterpactAnswers.CLUSTER_PARTNERS;

  /** Every negotiation with valid data; additional agencies reserve 250 000 euro of project means each. */
  public void negotiateEverything(ProcessInstance pact, List<String> agencies, boolean fitCommitment, long wseBudgetEuro) {
    alignWithFit(pact, fitCommitment);
    alignWithWse(pact, wseBudgetEuro);
    for (String agency : agencies) {
      negotiateWithAgency(pact, agency, 250_000, List.of());
    }
    agreeWithResearchGroups(pact);
    recordTransitionContribution(pact);
    recordClusterCommitments(pact);
    runAsyncJobs(pact);
  }

  public void draft(ProcessInstance pact, int firstYear, Object year1, Object year2, Object year3, boolean permits) {
    submitDraft(pact, firstYear, year1, year2, year3, permits);
    runAsyncJobs(pact);
  }

  /** Drafting that also ticks policy domains involved in the pact (the form's checklist). */
  public void draft(ProcessInstance pact, int firstYear, Object year1, Object year2, Object year3, List<String> policyDomains) {
    submitDraft(pact, firstYear, year1, year2, year3, false, policyDomains);
    runAsyncJobs(pact);
  }

  /** Completes drafting; the budget checks wait as an async job (not run here). */
  public void submitDraft(ProcessInstance pact, int firstYear, Object year1, Object year2, Object year3, boolean permits) {
    submitDraft(pact, firstYear, year1, year2, year3, permits, null);
  }

  /** Drafting by a member of the cluster team who claims the task first, as in Tasklist; the budget checks run. */
  public void draftAs(String user, ProcessInstance pact, int firstYear, Object year1, Object year2, Object year3) {
    engine.getTaskService().claim(task(TASK_DRAFT_CLUSTERPACT, pact).getId(), user);
    submitDraft(pact, firstYear, year1, year2, year3, false, null);
    runAsyncJobs(pact);
  }

  private void submitDraft(ProcessInstance pact, int firstYear, Object year1, Object year2, Object year3, boolean permits,
      List<String> policyDomains) {
    Task draft = task(TASK_DRAFT_CLUSTERPACT, pact);
    // A candidate group also when the task is assigned (a returned draft goes to its drafter).
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(draft.getId()))
        .anyMatch(link -> GroupIds.VLAIO_CLUSTER_TEAM.equals(link.getGroupId()));
    complete(draft, ClusterpactAnswers.draft(firstYear, year1, year2, year3,
        engine.getRuntimeService().getVariable(pact.getId(), PROJECT_MEANS_EURO), permits, policyDomains));
  }

  public void decideAsMinister(ProcessInstance pact, String cabinet, String decision, String motivation) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_APPROVE_AS_MINISTER).taskCandidateGroup("cabinet-" + cabinet).singleResult();
    complete(task, ClusterpactAnswers.ministerDecision(decision, motivation));
    runAsyncJobs(pact);
  }

  public List<String> approvalCabinets(ProcessInstance pact) {
    return taskQuery().processInstanceId(pact.getId()).taskDefinitionKey(TASK_APPROVE_AS_MINISTER).list().stream()
        .map(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId().substring("cabinet-".length()))
        .sorted().toList();
  }

  public void sign(ProcessInstance pact) {
    complete(task(TASK_SIGN_CLUSTERPACT, pact), ClusterpactAnswers.signature(LocalDate.now(),
        (String) engine.getRuntimeService().getVariable(pact.getId(), CLUSTER_ORGANISATION)));
  }

  /** A pact of one cluster, negotiated without additional agencies, approved by every minister and signed. */
  public ProcessInstance approvedPact(String cluster, LocalDate decisionDate, int firstYear, long year1, long year2, long year3) {
    ProcessInstance pact = start(cluster, decisionDate);
    selectThemesAndAgencies(pact, List.of());
    negotiateEverything(pact, List.of(), false, 0);
    draft(pact, firstYear, year1, year2, year3, false);
    for (String cabinet : approvalCabinets(pact)) {
      decideAsMinister(pact, cabinet, "APPROVE", null);
    }
    runAsyncJobs(pact);
    sign(pact);
    return pact;
  }

  /**
   * Every activity the pact is at, sorted, once per instance: user tasks, call activities and
   * intermediate timers (leaves of the activity-instance tree) and async continuations that wait for
   * their job. A branch that is done and waits at a join for its siblings is not a wait state and is
   * left out; any other token shows up here.
   */
  public List<String> activeActivities(ProcessInstance pact) {
    ActivityInstance tree = engine.getRuntimeService().getActivityInstance(pact.getId());
    List<String> active = new ArrayList<>();
    if (tree != null) {
      collectLeaves(tree, active);
    }
    Collections.sort(active);
    return active;
  }

  private void collectLeaves(ActivityInstance instance, List<String> active) {
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      if (engine.getManagementService().createJobQuery().executionId(transition.getExecutionId()).count() > 0) {
        active.add(transition.getActivityId());
      }
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        if (!"parallelGateway".equals(child.getActivityType())) {
          active.add(child.getActivityId());
        }
      } else {
        collectLeaves(child, active);
      }
    }
  }

  /** The activities of the pact's waiting timers (event sub-process starts, intermediate timers), sorted. */
  public List<String> waitingTimers(ProcessInstance pact) {
    return engine.getManagementService().createJobQuery().processInstanceId(pact.getId()).timers().list().stream()
        .map(job -> engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
            .singleResult().getActivityId())
        .sorted().toList();
  }

  /** The yearly tranche follow-up the signed pact called. */
  public ProcessInstance tranches(ProcessInstance pact) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pact.getId()).singleResult();
  }

  /** The budget year of the next tranche begins: its timer fires and the maximum is checked. */
  public void startBudgetYear(ProcessInstance tranches) {
    fireTimer(tranches, HermesTrancheReleaseProcess.TIMER_BUDGET_YEAR_STARTED);
  }

  /** Every activity a tranche follow-up is active in while it waits at {@code activityId}: the complete set. */
  public static String[] inYearlyTranche(String activityId) {
    return new String[] {"SubProcess_YearlyTranche#multiInstanceBody", HermesTrancheReleaseProcess.SUB_PROCESS_YEARLY_TRANCHE, activityId};
  }

  /** The budget year of the tranche has passed: the annual report over that year is to be assessed. */
  public void endBudgetYear(ProcessInstance tranches) {
    fireTimer(tranches, HermesTrancheReleaseProcess.TIMER_BUDGET_YEAR_ENDED);
  }

  public void assessAnnualReport(ProcessInstance tranches, String decision, String motivation) {
    Task assessment = task(HermesTrancheReleaseProcess.TASK_ASSESS_ANNUAL_REPORT, tranches);
    assertThat(assessment).hasCandidateGroup(GroupIds.VLAIO_CLUSTER_TEAM);
    complete(assessment, withVariables(HermesTrancheReleaseProcess.ANNUAL_REPORT_SUMMARY, "12 projecten lopen, 3 afgerond; 45 bedrijven actief",
        HermesTrancheReleaseProcess.REPORT_DECISION, decision, HermesTrancheReleaseProcess.REPORT_DECISION_MOTIVATION, motivation));
    runAsyncJobs(tranches);
  }

  public void decideOnLoweredMaximum(ProcessInstance tranches, String decision) {
    Task decide = task(HermesTrancheReleaseProcess.TASK_DECIDE_ON_LOWERED_MAXIMUM, tranches);
    assertThat(decide).hasCandidateGroup(GroupIds.HERMES_COMMITTEE);
    complete(decide, withVariables(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_DECISION, decision,
        HermesTrancheReleaseProcess.LOWERED_MAXIMUM_MOTIVATION, "Begrotingsaanpassing: maximum verlaagd"));
    runAsyncJobs(tranches);
  }

  /** Every budget year of the pact starts and ends, and every annual report over it is approved. */
  public void releaseEveryTranche(ProcessInstance pact) {
    ProcessInstance tranches = tranches(pact);
    while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(tranches.getId()).count() > 0) {
      startBudgetYear(tranches);
      endBudgetYear(tranches);
      assessAnnualReport(tranches, "APPROVE", null);
    }
    runAsyncJobs(pact);
  }

  /** Executes the pact's due async continuations (not timers that lie in the future). */
  public void runAsyncJobs(ProcessInstance pact) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pact.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Async jobs keep coming for " + pact.getId());
  }

  /** Fires a timer now, whatever its due date, as the job executor would when it is due. */
  public void fireTimer(ProcessInstance pact, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .timers().activityId(activityId).singleResult();
    engine.getManagementService().executeJob(timer.getId());
    runAsyncJobs(pact);
  }
}
