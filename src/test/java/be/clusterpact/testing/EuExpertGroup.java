package be.clusterpact.testing;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.EuExpertGroupCallProcess.*;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;

/** Drives EU expert group calls and applications through their tasks, as the EU desk and the Commission's secretariat would in Tasklist. */
public class EuExpertGroup {

  public static final String CALL_PROCESS = EuExpertGroupCallProcess.KEY;
  public static final String APPLICATION_PROCESS = EuExpertGroupApplicationProcess.KEY;
  public static final String DESK = GroupIds.EU_CLUSTER_DESK;
  public static final String SECRETARIAT = GroupIds.EU_COMMISSION_SECRETARIAT;

  private final ProcessEngine engine;

  /** Binds the BPMN assertions to this engine: another test's context may have closed the one they knew. */
  public EuExpertGroup(ProcessEngine engine) {
    this.engine = engine;
    AbstractAssertions.init(engine);
  }

  /** A call as the seed describes it: 38 members, 28 public bodies, 10 individuals; the mandate two years on. */
  public ProcessInstance registerClusterExpertGroupCall(String title, LocalDate deadline) {
    return registerCall(title, deadline, deadline.plusYears(1).withMonth(12).withDayOfMonth(31), 38, 28, 10);
  }

  public ProcessInstance registerCall(String title, LocalDate deadline, LocalDate mandateEnd, Object total,
      Object publicBodies, Object individuals) {
    return engine.getRuntimeService().startProcessInstanceByKey(CALL_PROCESS,
        callVariables(title, deadline, mandateEnd, total, publicBodies, individuals));
  }

  /** The business key of a registered call: what an application's {@code callBusinessKey} names. */
  public String callKey(ProcessInstance call) {
    return (String) engine.getRuntimeService().getVariable(call.getId(), EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
  }

  public static Map<String, Object> callVariables(String title, LocalDate deadline, LocalDate mandateEnd, Object total,
      Object publicBodies, Object individuals) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CALL_TITLE, title);
    variables.put(APPLICATION_DEADLINE, deadline.toString());
    variables.put(MANDATE_END_DATE, mandateEnd.toString());
    variables.put(TOTAL_SEATS, total);
    variables.put(PUBLIC_BODY_SEATS, publicBodies);
    variables.put(INDIVIDUAL_SEATS, individuals);
    variables.put(GROUP_TASKS, "Beiträge und Leitlinien für die Clusterpolitik; Best Practices austauschen;"
        + " Vorbereitung der nächsten Generation von EU-Clusterinitiativen (COSME).");
    variables.put(CALL_SOURCE, "Clusterplattform Deutschland, 11.07.2019");
    return variables;
  }

  public static Map<String, Object> publicBody(String callKey, String name, String level, String country) {
    Map<String, Object> variables = common(callKey, "PUBLIC_BODY", name, country);
    variables.put(EuExpertGroupApplicationProcess.GOVERNMENT_LEVEL, level);
    variables.put(EuExpertGroupApplicationProcess.CONTACT_NAME, "Els Janssens");
    return variables;
  }

  public static Map<String, Object> individual(String callKey, String name, String background, String country) {
    Map<String, Object> variables = common(callKey, "INDIVIDUAL", name, country);
    variables.put(EuExpertGroupApplicationProcess.BACKGROUND, background);
    variables.put(EuExpertGroupApplicationProcess.EXPERIENCE_DESCRIPTION, "Twaalf jaar clustermanager, daarna adviseur voor regionale innovatiestrategieën.");
    return variables;
  }

  private static Map<String, Object> common(String callKey, String kind, String name, String country) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY, callKey);
    variables.put(EuExpertGroupApplicationProcess.APPLICANT_KIND, kind);
    variables.put(EuExpertGroupApplicationProcess.APPLICANT_NAME, name);
    variables.put(EuExpertGroupApplicationProcess.APPLICANT_COUNTRY, country);
    variables.put(CONTACT_EMAIL, "kandidaat@example.eu");
    variables.put(EuExpertGroupApplicationProcess.MOTIVATION, "Wil bijdragen aan een moderne Europese clusterpolitiek.");
    return variables;
  }

  public ProcessInstance apply(Map<String, Object> application) {
    return engine.getRuntimeService().startProcessInstanceByKey(APPLICATION_PROCESS, application);
  }

  public void checkCompleteness(ProcessInstance application, boolean complete, String missingItems) {
    Task check = task(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS, application);
    assertThat(check).hasCandidateGroup(DESK);
    complete(check, withVariables(EuExpertGroupApplicationProcess.APPLICATION_COMPLETE, complete, EuExpertGroupApplicationProcess.MISSING_ITEMS, missingItems));
  }

  public void remindOfNationalNotification(ProcessInstance application, LocalDate remindedOn, LocalDate sentOn) {
    Task reminder = task(EuExpertGroupApplicationProcess.TASK_REMIND_OF_NATIONAL_NOTIFICATION, application);
    assertThat(reminder).hasCandidateGroup(DESK);
    complete(reminder, withVariables(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDED_ON, remindedOn.toString(),
        EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, sentOn == null ? null : sentOn.toString(),
        EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_NOTE, "Herinnering per e-mail; de kandidaat stuurt de e-mail aan info@clusterplattform.de"));
  }

  public void decideOnSelection(ProcessInstance application, String decision, String motivation) {
    Task selection = task(EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION, application);
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(selection.getId()))
        .as("only the Commission's secretariat selects").extracting(IdentityLink::getGroupId).containsExactly(SECRETARIAT);
    complete(selection, withVariables(EuExpertGroupApplicationProcess.SELECTION_DECISION, decision, EuExpertGroupApplicationProcess.SELECTION_MOTIVATION, motivation));
  }

  public void notifyOutcome(ProcessInstance application) {
    Task notify = task(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME, application);
    assertThat(notify).hasCandidateGroup(DESK);
    complete(notify, withVariables(OUTCOME_NOTIFIED_ON, LocalDate.now().toString(), OUTCOME_NOTIFICATION_NOTE, "Brief per e-mail"));
  }

  /** A complete application that is selected; waits to be notified. */
  public ProcessInstance applyAndSelect(Map<String, Object> application) {
    ProcessInstance instance = apply(application);
    checkCompleteness(instance, true, null);
    decideOnSelection(instance, "SELECT", null);
    return instance;
  }

  public String outcome(ProcessInstance application) {
    return (String) engine.getRuntimeService().getVariable(application.getId(), EuExpertGroupApplicationProcess.APPLICATION_OUTCOME);
  }

  public String outcomeReason(ProcessInstance application) {
    return (String) engine.getRuntimeService().getVariable(application.getId(), OUTCOME_REASON);
  }

  /** The desk extends the call's deadline for applications ("Deadline voor kandidaturen opvolgen"). */
  public void extendApplicationDeadline(ProcessInstance call, Object newDeadline) {
    Task followUp = task(TASK_FOLLOW_UP_APPLICATION_DEADLINE, call);
    assertThat(followUp).hasCandidateGroup(DESK);
    complete(followUp, withVariables(NEW_APPLICATION_DEADLINE, newDeadline));
  }

  /** The deadline passes and the Commission's secretariat confirms the composition: the mandate runs. */
  public void closeAndConfirm(ProcessInstance call) {
    fireTimer(call, TIMER_APPLICATION_DEADLINE);
    complete(task(TASK_CONFIRM_COMPOSITION, call), withVariables(COMPOSITION_CONFIRMED, true));
  }

  /** The secretariat extends the mandate ("Mandaat van de expertengroep opvolgen"). */
  public void extendMandate(ProcessInstance call, Object newEnd) {
    complete(mandateFollowUp(call), withVariables(MANDATE_ACTION, "EXTEND_MANDATE", NEW_MANDATE_END_DATE, newEnd));
  }

  /** The secretariat records, on the member's behalf, that a member withdraws. */
  public void recordWithdrawal(ProcessInstance call, String memberName, Object withdrawnOn) {
    complete(mandateFollowUp(call), withVariables(MANDATE_ACTION, "RECORD_WITHDRAWAL", WITHDRAWING_MEMBER_NAME, memberName,
        WITHDRAWN_ON, withdrawnOn, WITHDRAWAL_NOTE, "Brief van het lid aan de Commissie"));
  }

  private Task mandateFollowUp(ProcessInstance call) {
    Task followUp = task(TASK_FOLLOW_UP_MANDATE, call);
    assertThat(followUp).hasCandidateGroup(SECRETARIAT);
    return followUp;
  }

  /** The secretariat fills the freed seat from the waiting list (FILL) or leaves it free (LEAVE_FREE). */
  public void decideOnFreedSeat(ProcessInstance call, String decision) {
    Task decide = task(TASK_DECIDE_ON_FREED_SEAT, call);
    assertThat(decide).hasCandidateGroup(SECRETARIAT);
    complete(decide, withVariables(FREED_SEAT_DECISION, decision));
  }

  /** The desk tells the applicant from the waiting list they have a seat. */
  public void notifyRefilledMember(ProcessInstance call) {
    Task notify = task(TASK_NOTIFY_REFILLED_MEMBER, call);
    assertThat(notify).hasCandidateGroup(DESK);
    complete(notify, withVariables(OUTCOME_NOTIFIED_ON, LocalDate.now().toString(), OUTCOME_NOTIFICATION_NOTE, "Brief per e-mail"));
  }

  /** Fires a timer now, whatever its due date, as the job executor would when it is due. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().activityId(activityId).singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }
}
