package be.clusterpact.testing;

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

  public static final String CALL_PROCESS = "Process_EuExpertGroupCall";
  public static final String APPLICATION_PROCESS = "Process_EuExpertGroupApplication";
  public static final String DESK = "eu-cluster-desk";
  public static final String SECRETARIAT = "eu-commission-secretariat";

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
    return (String) engine.getRuntimeService().getVariable(call.getId(), "callBusinessKey");
  }

  public static Map<String, Object> callVariables(String title, LocalDate deadline, LocalDate mandateEnd, Object total,
      Object publicBodies, Object individuals) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("callTitle", title);
    variables.put("applicationDeadline", deadline.toString());
    variables.put("mandateEndDate", mandateEnd.toString());
    variables.put("totalSeats", total);
    variables.put("publicBodySeats", publicBodies);
    variables.put("individualSeats", individuals);
    variables.put("groupTasks", "Beiträge und Leitlinien für die Clusterpolitik; Best Practices austauschen;"
        + " Vorbereitung der nächsten Generation von EU-Clusterinitiativen (COSME).");
    variables.put("callSource", "Clusterplattform Deutschland, 11.07.2019");
    return variables;
  }

  public static Map<String, Object> publicBody(String callKey, String name, String level, String country) {
    Map<String, Object> variables = common(callKey, "PUBLIC_BODY", name, country);
    variables.put("governmentLevel", level);
    variables.put("contactName", "Els Janssens");
    return variables;
  }

  public static Map<String, Object> individual(String callKey, String name, String background, String country) {
    Map<String, Object> variables = common(callKey, "INDIVIDUAL", name, country);
    variables.put("background", background);
    variables.put("experienceDescription", "Twaalf jaar clustermanager, daarna adviseur voor regionale innovatiestrategieën.");
    return variables;
  }

  private static Map<String, Object> common(String callKey, String kind, String name, String country) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("callBusinessKey", callKey);
    variables.put("applicantKind", kind);
    variables.put("applicantName", name);
    variables.put("applicantCountry", country);
    variables.put("contactEmail", "kandidaat@example.eu");
    variables.put("motivation", "Wil bijdragen aan een moderne Europese clusterpolitiek.");
    return variables;
  }

  public ProcessInstance apply(Map<String, Object> application) {
    return engine.getRuntimeService().startProcessInstanceByKey(APPLICATION_PROCESS, application);
  }

  public void checkCompleteness(ProcessInstance application, boolean complete, String missingItems) {
    Task check = task("Task_CheckCompleteness", application);
    assertThat(check).hasCandidateGroup(DESK);
    complete(check, withVariables("applicationComplete", complete, "missingItems", missingItems));
  }

  public void remindOfNationalNotification(ProcessInstance application, LocalDate remindedOn, LocalDate sentOn) {
    Task reminder = task("Task_RemindOfNationalNotification", application);
    assertThat(reminder).hasCandidateGroup(DESK);
    complete(reminder, withVariables("nationalNotificationRemindedOn", remindedOn.toString(),
        "nationalNotificationSentOn", sentOn == null ? null : sentOn.toString(),
        "nationalNotificationNote", "Herinnering per e-mail; de kandidaat stuurt de e-mail aan info@clusterplattform.de"));
  }

  public void decideOnSelection(ProcessInstance application, String decision, String motivation) {
    Task selection = task("Task_DecideOnSelection", application);
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(selection.getId()))
        .as("only the Commission's secretariat selects").extracting(IdentityLink::getGroupId).containsExactly(SECRETARIAT);
    complete(selection, withVariables("selectionDecision", decision, "selectionMotivation", motivation));
  }

  public void notifyOutcome(ProcessInstance application) {
    Task notify = task("Task_NotifyApplicantOfOutcome", application);
    assertThat(notify).hasCandidateGroup(DESK);
    complete(notify, withVariables("outcomeNotifiedOn", LocalDate.now().toString(), "outcomeNotificationNote", "Brief per e-mail"));
  }

  /** A complete application that is selected; waits to be notified. */
  public ProcessInstance applyAndSelect(Map<String, Object> application) {
    ProcessInstance instance = apply(application);
    checkCompleteness(instance, true, null);
    decideOnSelection(instance, "SELECT", null);
    return instance;
  }

  public String outcome(ProcessInstance application) {
    return (String) engine.getRuntimeService().getVariable(application.getId(), "applicationOutcome");
  }

  public String outcomeReason(ProcessInstance application) {
    return (String) engine.getRuntimeService().getVariable(application.getId(), "outcomeReason");
  }

  /** The desk extends the call's deadline for applications ("Deadline voor kandidaturen opvolgen"). */
  public void extendApplicationDeadline(ProcessInstance call, Object newDeadline) {
    Task followUp = task("Task_FollowUpApplicationDeadline", call);
    assertThat(followUp).hasCandidateGroup(DESK);
    complete(followUp, withVariables("newApplicationDeadline", newDeadline));
  }

  /** The deadline passes and the Commission's secretariat confirms the composition: the mandate runs. */
  public void closeAndConfirm(ProcessInstance call) {
    fireTimer(call, "Timer_ApplicationDeadline");
    complete(task("Task_ConfirmComposition", call), withVariables("compositionConfirmed", true));
  }

  /** The secretariat extends the mandate ("Mandaat van de expertengroep opvolgen"). */
  public void extendMandate(ProcessInstance call, Object newEnd) {
    complete(mandateFollowUp(call), withVariables("mandateAction", "EXTEND_MANDATE", "newMandateEndDate", newEnd));
  }

  /** The secretariat records, on the member's behalf, that a member withdraws. */
  public void recordWithdrawal(ProcessInstance call, String memberName, Object withdrawnOn) {
    complete(mandateFollowUp(call), withVariables("mandateAction", "RECORD_WITHDRAWAL", "withdrawingMemberName", memberName,
        "withdrawnOn", withdrawnOn, "withdrawalNote", "Brief van het lid aan de Commissie"));
  }

  private Task mandateFollowUp(ProcessInstance call) {
    Task followUp = task("Task_FollowUpMandate", call);
    assertThat(followUp).hasCandidateGroup(SECRETARIAT);
    return followUp;
  }

  /** The secretariat fills the freed seat from the waiting list (FILL) or leaves it free (LEAVE_FREE). */
  public void decideOnFreedSeat(ProcessInstance call, String decision) {
    Task decide = task("Task_DecideOnFreedSeat", call);
    assertThat(decide).hasCandidateGroup(SECRETARIAT);
    complete(decide, withVariables("freedSeatDecision", decision));
  }

  /** The desk tells the applicant from the waiting list they have a seat. */
  public void notifyRefilledMember(ProcessInstance call) {
    Task notify = task("Task_NotifyRefilledMember", call);
    assertThat(notify).hasCandidateGroup(DESK);
    complete(notify, withVariables("outcomeNotifiedOn", LocalDate.now().toString(), "outcomeNotificationNote", "Brief per e-mail"));
  }

  /** Fires a timer now, whatever its due date, as the job executor would when it is due. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().activityId(activityId).singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }
}
