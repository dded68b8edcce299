package be.clusterpact.expertgroup;

import static be.clusterpact.process.EuExpertGroupCallProcess.*;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import static be.clusterpact.testing.EuExpertGroup.individual;
import static be.clusterpact.testing.EuExpertGroup.publicBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.clusterpact.kernel.Dates;
import be.clusterpact.testing.EuExpertGroup;
import be.clusterpact.testing.FullProcessTestCoverage;
import be.clusterpact.testing.InMemoryEngineTest;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path of the EU expert group call and application models, on the real engine and
 * PostgreSQL. The build fails when these scenarios together cover less than every flow node and
 * sequence flow of both processes.
 */
@InMemoryEngineTest
@FullProcessTestCoverage
class EuExpertGroupScenariosTest {

  static final LocalDate DEADLINE = LocalDate.now().plusMonths(1);

  @Autowired ProcessEngine engine;
  @Autowired ExpertGroupCallRepository calls;
  EuExpertGroup desk;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    desk = new EuExpertGroup(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPublicBodyIsAccepted() {
    String call = callKey(desk.registerClusterExpertGroupCall("Publieke instantie aanvaard", DEADLINE));
    ProcessInstance application = desk.apply(publicBody(call, "Provincie Antwerpen", "REGIONAL", "BE"));
    assertThat(application).isStarted().hasBusinessKey(call).isWaitingAt(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS);
    assertThat(task(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS, application))
        .hasName("Volledigheid van de kandidatuur beoordelen – Provincie Antwerpen (openbare instantie)");

    desk.checkCompleteness(application, true, null);
    assertThat(application).hasPassed(EuExpertGroupApplicationProcess.TASK_DETERMINE_NATIONAL_NOTIFICATION)
        .isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION).variables()
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REQUESTED, false).containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDER_DUE, false)
        .containsEntry(SEAT_SITUATION, "Openbare instanties: 0 van 28 zetels ingenomen. Individuele experten: 0 van 10 zetels"
            + " ingenomen. Totaal: 0 van 38 zetels ingenomen.");

    desk.decideOnSelection(application, "SELECT", "Sterke ervaring met interregionale clustersamenwerking");
    assertThat(application).hasPassed(EuExpertGroupApplicationProcess.TASK_TAKE_SEAT).isWaitingAt(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME).variables()
        .containsEntry(EuExpertGroupApplicationProcess.APPLICATION_OUTCOME, "SELECTED").containsEntry(APPLICATION_OUTCOME_LABEL, "Geselecteerd")
        .containsEntry(OUTCOME_REASON, "Zetel 1 van 28 voor openbare instanties toegekend (1 van 38 zetels ingenomen).");

    desk.notifyOutcome(application);
    assertThat(application).isEnded().hasPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICANT_SELECTED).hasNotPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICATION_REFUSED);
    assertThat(calls.members(call)).extracting(Member::name, Member::kind, Member::country)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Provincie Antwerpen", ApplicantKind.PUBLIC_BODY, "BE"));
    assertThat(calls.find(call).orElseThrow().publicBodiesSelected()).isEqualTo(1);
  }

  @Test
  void anIndividualIsAccepted() {
    String call = callKey(desk.registerClusterExpertGroupCall("Individuele expert aanvaard", DEADLINE));
    ProcessInstance application = desk.applyAndSelect(individual(call, "Dr. Anna Peeters", "RESEARCH", "NL"));
    assertThat(application).isWaitingAt(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME);
    assertThat(desk.outcome(application)).isEqualTo("SELECTED");
    assertThat(desk.outcomeReason(application)).isEqualTo("Zetel 1 van 10 voor individuele experten toegekend (1 van 38 zetels ingenomen).");
    desk.notifyOutcome(application);
    assertThat(application).isEnded().hasPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICANT_SELECTED);
    assertThat(calls.find(call).orElseThrow().individualsSelected()).isEqualTo(1);
  }

  @Test
  void theEleventhIndividualIsRefusedWhilePublicSeatsRemain() {
    String call = callKey(desk.registerClusterExpertGroupCall("Elfde individuele expert", DEADLINE));
    for (int i = 1; i <= 10; i++) {
      assertThat(desk.outcome(desk.applyAndSelect(individual(call, "Expert " + i, "CLUSTER_MANAGEMENT", "BE")))).isEqualTo("SELECTED");
    }

    ProcessInstance eleventh = desk.applyAndSelect(individual(call, "Expert 11", "CONSULTANCY", "FR"));
    assertThat(eleventh).hasPassed(EuExpertGroupApplicationProcess.TASK_TAKE_SEAT).isWaitingAt(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME);
    assertThat(desk.outcome(eleventh)).isEqualTo("REFUSED");
    assertThat(desk.outcomeReason(eleventh))
        .isEqualTo("Alle 10 zetels voor individuele experten zijn ingenomen; de 28 vrije zetels zijn voorbehouden aan openbare instanties.");
    desk.notifyOutcome(eleventh);
    assertThat(eleventh).isEnded().hasPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICATION_REFUSED);

    ProcessInstance publicBody = desk.applyAndSelect(publicBody(call, "Stad Gent", "LOCAL", "BE"));
    assertThat(desk.outcome(publicBody)).isEqualTo("SELECTED");
    ExpertGroupCall seats = calls.find(call).orElseThrow();
    assertThat(seats.individualsSelected()).isEqualTo(10);
    assertThat(seats.publicBodiesSelected()).isEqualTo(1);
  }

  @Test
  void theThirtyNinthApplicantIsRefused() {
    String call = callKey(desk.registerClusterExpertGroupCall("Negenendertigste kandidaat", DEADLINE));
    for (int i = 1; i <= 28; i++) {
      assertThat(desk.outcome(desk.applyAndSelect(publicBody(call, "Regio " + i, "REGIONAL", "IT")))).isEqualTo("SELECTED");
    }
    for (int i = 1; i <= 10; i++) {
      assertThat(desk.outcome(desk.applyAndSelect(individual(call, "Expert " + i, "BUSINESS_SUPPORT", "ES")))).isEqualTo("SELECTED");
    }

    ProcessInstance thirtyNinth = desk.applyAndSelect(publicBody(call, "Ministerie nummer 39", "NATIONAL", "PL"));
    assertThat(desk.outcome(thirtyNinth)).isEqualTo("REFUSED");
    assertThat(desk.outcomeReason(thirtyNinth)).isEqualTo("Alle 38 zetels van de expertengroep zijn ingenomen.");
    assertThat(calls.members(call)).hasSize(38);
    ExpertGroupCall seats = calls.find(call).orElseThrow();
    assertThat(seats.selectedTotal()).isEqualTo(38);
  }

  @Test
  void quotasComeFromTheCallSoTheTotalCapsEvenWhenAKindHasSeatsLeft() {
    ProcessInstance smallCall = desk.registerCall("Kleinere expertengroep", DEADLINE.plusDays(3), DEADLINE.plusYears(3), 5L, 4L, "3");
    String call = callKey(smallCall);
    assertThat(smallCall).variables().containsEntry(TOTAL_SEATS, 5).containsEntry(PUBLIC_BODY_SEATS, 4).containsEntry(INDIVIDUAL_SEATS, 3);
    for (int i = 1; i <= 4; i++) {
      assertThat(desk.outcome(desk.applyAndSelect(publicBody(call, "Gemeente " + i, "LOCAL", "BE")))).isEqualTo("SELECTED");
    }
    assertThat(desk.outcome(desk.applyAndSelect(individual(call, "Expert 1", "RESEARCH", "BE")))).isEqualTo("SELECTED");

    ProcessInstance sixth = desk.applyAndSelect(individual(call, "Expert 2", "RESEARCH", "BE"));
    assertThat(desk.outcomeReason(sixth)).isEqualTo("Alle 5 zetels van de expertengroep zijn ingenomen.");
    assertThat(calls.find(call).orElseThrow().individualsSelected()).isEqualTo(1);
  }

  @Test
  void aGermanApplicantWhoSentTheBmwiEmailIsNotReminded() {
    String call = callKey(desk.registerClusterExpertGroupCall("Duitse kandidaat met e-mail", DEADLINE));
    Map<String, Object> german = individual(call, "Dr. Jens Müller", "CLUSTER_MANAGEMENT", "DE");
    german.put(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, LocalDate.now().minusDays(3).toString());
    ProcessInstance application = desk.apply(german);
    desk.checkCompleteness(application, true, null);

    assertThat(application).isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION).variables()
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REQUESTED, true)
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_AUTHORITY, "BMWi (Bundesministerium für Wirtschaft und Energie)")
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_CHANNEL, "Korte, vormvrije e-mail aan info@clusterplattform.de")
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, LocalDate.now().minusDays(3).toString())
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDER_DUE, false);
    desk.decideOnSelection(application, "SELECT", null);
    desk.notifyOutcome(application);
    assertThat(application).isEnded().hasPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICANT_SELECTED).hasNotPassed(EuExpertGroupApplicationProcess.TASK_REMIND_OF_NATIONAL_NOTIFICATION);
  }

  @Test
  void aGermanApplicantWithoutTheBmwiEmailIsRemindedWhileScreeningAndSelectionGoOn() {
    String call = callKey(desk.registerClusterExpertGroupCall("Duitse kandidaat zonder e-mail", DEADLINE));
    Map<String, Object> tomorrow = individual(call, "Dr. Jens Müller", "CLUSTER_MANAGEMENT", "DE");
    tomorrow.put(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, LocalDate.now().plusDays(1).toString());
    assertThatThrownBy(() -> desk.apply(tomorrow)).hasMessageContaining(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON).hasMessageContaining("toekomst");

    ProcessInstance german = desk.apply(individual(call, "Dr. Jens Müller", "CLUSTER_MANAGEMENT", "DE"));
    assertThat(german).isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS);
    desk.checkCompleteness(german, true, null);
    assertThat(german).isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_DECIDE_ON_SELECTION, EuExpertGroupApplicationProcess.TASK_REMIND_OF_NATIONAL_NOTIFICATION).variables()
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REQUESTED, true).containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDER_DUE, true);
    assertThat(task(EuExpertGroupApplicationProcess.TASK_REMIND_OF_NATIONAL_NOTIFICATION, german))
        .hasName("Kandidaat herinneren aan de gevraagde nationale melding – Dr. Jens Müller (individuele expert)");

    desk.decideOnSelection(german, "SELECT", null);
    assertThat(desk.outcome(german)).isEqualTo("SELECTED");
    assertThat(calls.members(call)).extracting(Member::name).containsExactly("Dr. Jens Müller");
    assertThat(german).isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME, EuExpertGroupApplicationProcess.TASK_REMIND_OF_NATIONAL_NOTIFICATION);

    assertThatThrownBy(() -> desk.remindOfNationalNotification(german, LocalDate.now().plusDays(2), null))
        .hasMessageContaining(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDED_ON);
    assertThatThrownBy(() -> desk.remindOfNationalNotification(german, LocalDate.now(), LocalDate.now().plusDays(2)))
        .hasMessageContaining(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON);
    desk.remindOfNationalNotification(german, LocalDate.now(), LocalDate.now());
    assertThat(german).hasPassed(EuExpertGroupApplicationProcess.END_EVENT_REMINDER_SENT).isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME).variables()
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDED_ON, LocalDate.now().toString())
        .containsEntry(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, LocalDate.now().toString());
    desk.notifyOutcome(german);
    assertThat(german).isEnded().hasPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICANT_SELECTED);
  }

  @Test
  void aLateApplicationAfterTheDeadlineIsRefusedAtTheStart() {
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("Late kandidatuur", DEADLINE);
    String call = callKey(callInstance);
    desk.fireTimer(callInstance, TIMER_APPLICATION_DEADLINE);
    assertThat(callInstance).hasPassed(TASK_CLOSE_APPLICATIONS).isWaitingAt(TASK_CONFIRM_COMPOSITION);
    assertThat(calls.find(call).orElseThrow().status()).isEqualTo(ExpertGroupCall.Status.CLOSED);

    assertThatThrownBy(() -> desk.apply(publicBody(call, "Te late regio", "REGIONAL", "BE")))
        .hasMessageContaining(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY).hasMessageContaining("de oproep 'Late kandidatuur' (deadline "
            + Dates.dutch(DEADLINE) + ") is afgesloten en aanvaardt geen kandidaturen meer");
    assertThat(applicationsOf(call)).isZero();
  }

  @Test
  void anApplicationAfterTheDeadlineDayIsRefusedAtTheStartEvenBeforeTheTimerHasFired() {
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("Kandidatuur na de deadlinedag", DEADLINE);
    String call = callKey(callInstance);
    ClockUtil.setCurrentTime(Dates.startOfDay(DEADLINE));
    assertThat(calls.openCalls(Dates.now())).extracting(ExpertGroupCall::key).contains(call);
    ProcessInstance onTheDay = desk.apply(publicBody(call, "Op tijd", "NATIONAL", "BE"));
    assertThat(onTheDay).isWaitingAt(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS);

    ClockUtil.setCurrentTime(Dates.startOfDay(DEADLINE.plusDays(1)));
    assertThat(calls.openCalls(Dates.now())).extracting(ExpertGroupCall::key).doesNotContain(call);
    assertThatThrownBy(() -> desk.apply(publicBody(call, "Dag te laat", "NATIONAL", "BE")))
        .hasMessageContaining(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY).hasMessageContaining("aanvaardt geen kandidaturen meer");
    assertThat(applicationsOf(call)).isEqualTo(1);
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_APPLICATION_DEADLINE);
  }

  @Test
  void anIneligibleBackgroundIsRefusedWithAReason() {
    String call = callKey(desk.registerClusterExpertGroupCall("Achtergrond komt niet in aanmerking", DEADLINE));
    ProcessInstance application = desk.apply(individual(call, "Jan Modaal", "OTHER", "BE"));
    assertThat(application).hasNotPassed(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS).isWaitingAt(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME);
    assertThat(task(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME, application))
        .hasName("Kandidaat op de hoogte brengen van de uitkomst – Jan Modaal (individuele expert)");
    assertThat(desk.outcome(application)).isEqualTo("REFUSED");
    assertThat(desk.outcomeReason(application)).isEqualTo("Individuele experten moeten ervaring hebben in clustermanagement, een"
        + " bedrijfsondersteunende organisatie, een onderzoeksinstelling of een adviesbureau; de opgegeven achtergrond"
        + " (andere achtergrond) komt niet in aanmerking.");
    desk.notifyOutcome(application);
    assertThat(application).isEnded().hasPassed(EuExpertGroupApplicationProcess.END_EVENT_APPLICATION_REFUSED);
    assertThat(calls.members(call)).isEmpty();
  }

  @Test
  void anIncompleteApplicationIsRefusedNamingWhatIsMissing() {
    String call = callKey(desk.registerClusterExpertGroupCall("Onvolledige kandidatuur", DEADLINE));
    ProcessInstance application = desk.apply(individual(call, "Piet Pieters", "CONSULTANCY", "BE"));
    assertThatThrownBy(() -> desk.checkCompleteness(application, false, " ")).hasMessageContaining(EuExpertGroupApplicationProcess.MISSING_ITEMS);

    desk.checkCompleteness(application, false, "cv en referenties ontbreken");
    assertThat(application).hasNotPassed(EuExpertGroupApplicationProcess.TASK_DETERMINE_NATIONAL_NOTIFICATION).isWaitingAt(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME);
    assertThat(desk.outcomeReason(application)).isEqualTo("De kandidatuur is onvolledig: cv en referenties ontbreken");
  }

  @Test
  void theCommissionDoesNotSelectACandidateAndSaysWhy() {
    String call = callKey(desk.registerClusterExpertGroupCall("Niet geselecteerd", DEADLINE));
    ProcessInstance application = desk.apply(publicBody(call, "Agentschap X", "NATIONAL", "BE"));
    desk.checkCompleteness(application, true, null);
    assertThatThrownBy(() -> desk.decideOnSelection(application, "REJECT", null)).hasMessageContaining(EuExpertGroupApplicationProcess.SELECTION_MOTIVATION);
    assertThatThrownBy(() -> desk.decideOnSelection(application, "MAYBE", null)).hasMessageContaining(EuExpertGroupApplicationProcess.SELECTION_DECISION);

    desk.decideOnSelection(application, "REJECT", "Een andere Vlaamse instantie vertegenwoordigt dit domein al");
    assertThat(application).hasNotPassed(EuExpertGroupApplicationProcess.TASK_TAKE_SEAT).isWaitingAt(EuExpertGroupApplicationProcess.TASK_NOTIFY_APPLICANT_OF_OUTCOME);
    assertThat(desk.outcomeReason(application))
        .isEqualTo("Niet geselecteerd door de Europese Commissie: Een andere Vlaamse instantie vertegenwoordigt dit domein al");
    assertThat(calls.members(call)).isEmpty();
  }

  @Test
  void theCallClosesIsConfirmedOnceEveryApplicationIsDecidedAndEndsWithTheMandate() {
    LocalDate mandateEnd = DEADLINE.plusYears(1).withMonth(12).withDayOfMonth(31);
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("EU-clusterexpertengroep", DEADLINE);
    String call = callKey(callInstance);
    assertThat(call).isEqualTo("EUCALL-EU-CLUSTEREXPERTENGROEP-" + DEADLINE.getYear());
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_APPLICATION_DEADLINE).variables()
        .containsEntry(MANDATE_END_DATE, mandateEnd.toString())
        .containsEntry(MANDATE_END_DATE_LABEL, Dates.typed(mandateEnd))
        .containsEntry(APPLICATIONS_CLOSE_AT, Dates.startOfDay(DEADLINE.plusDays(1)));
    assertThat(timerDue(callInstance, TIMER_APPLICATION_DEADLINE)).isEqualTo(Dates.startOfDay(DEADLINE.plusDays(1)));

    ProcessInstance selected = desk.applyAndSelect(publicBody(call, "Vlaamse overheid – VLAIO", "REGIONAL", "BE"));
    ProcessInstance pending = desk.apply(individual(call, "Nog in behandeling", "RESEARCH", "BE"));
    desk.fireTimer(callInstance, TIMER_APPLICATION_DEADLINE);
    assertThat(callInstance).isWaitingAt(TASK_CONFIRM_COMPOSITION);
    assertThat(task(TASK_CONFIRM_COMPOSITION, callInstance)).hasCandidateGroup(EuExpertGroup.SECRETARIAT);

    // An on-time application still in screening blocks the confirmation.
    assertThatThrownBy(() -> complete(task(TASK_CONFIRM_COMPOSITION, callInstance), withVariables(COMPOSITION_CONFIRMED, true)))
        .hasMessageContaining(COMPOSITION_CONFIRMED).hasMessageContaining("nog 1");
    desk.checkCompleteness(pending, true, null);
    desk.decideOnSelection(pending, "SELECT", null);
    assertThat(desk.outcome(pending)).isEqualTo("SELECTED");
    desk.notifyOutcome(selected);

    assertThatThrownBy(() -> complete(task(TASK_CONFIRM_COMPOSITION, callInstance), withVariables(COMPOSITION_CONFIRMED, false)))
        .hasMessageContaining(COMPOSITION_CONFIRMED);
    complete(task(TASK_CONFIRM_COMPOSITION, callInstance), withVariables(COMPOSITION_CONFIRMED, true));
    assertThat(calls.find(call).orElseThrow().status()).isEqualTo(ExpertGroupCall.Status.CONFIRMED);
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_MANDATE);
    assertThat(timerDue(callInstance, TIMER_MANDATE_ENDED)).isEqualTo(Dates.startOfDay(mandateEnd.plusDays(1)));
    assertThat(historicJson(callInstance, EXPERT_GROUP_COMPOSITION))
        .contains("\"mandateEnd\":\"" + mandateEnd + "\"")
        .contains("\"name\":\"Vlaamse overheid – VLAIO\"").contains("\"name\":\"Nog in behandeling\"");

    desk.fireTimer(callInstance, TIMER_MANDATE_ENDED);
    assertThat(callInstance).isEnded().hasPassed(END_EVENT_MANDATE_ENDED);
  }

  @Test
  void theDeskExtendsTheDeadlineBeforeItPassesAndTheTimerFollows() {
    LocalDate extended = DEADLINE.plusDays(14);
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("Verlengde deadline", DEADLINE);
    String call = callKey(callInstance);
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_APPLICATION_DEADLINE);
    assertThat(timerDue(callInstance, TIMER_APPLICATION_DEADLINE)).isEqualTo(Dates.startOfDay(DEADLINE.plusDays(1)));

    desk.extendApplicationDeadline(callInstance, extended.toString());
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_APPLICATION_DEADLINE).variables()
        .containsEntry(APPLICATION_DEADLINE, extended.toString())
        .containsEntry(APPLICATION_DEADLINE_LABEL, Dates.typed(extended))
        .containsEntry(NEW_APPLICATION_DEADLINE, null);
    assertThat(timerDue(callInstance, TIMER_APPLICATION_DEADLINE)).isEqualTo(Dates.startOfDay(extended.plusDays(1)));
    assertThat(calls.find(call).orElseThrow().applicationDeadline()).isEqualTo(extended);

    // An application after the first deadline, before the new one, is screened as on time.
    ClockUtil.setCurrentTime(Dates.startOfDay(DEADLINE.plusDays(3)));
    ProcessInstance application = desk.apply(publicBody(call, "Na de eerste deadline", "REGIONAL", "BE"));
    assertThat(application).isWaitingAtExactly(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS);

    desk.fireTimer(callInstance, TIMER_APPLICATION_DEADLINE);
    assertThat(callInstance).hasPassed(TASK_CLOSE_APPLICATIONS).isWaitingAtExactly(TASK_CONFIRM_COMPOSITION);
  }

  @Test
  void aDeadlineExtensionToAnEarlierDateOrAfterTheDeadlineIsRefused() {
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("Geweigerde verlenging", DEADLINE);
    Date due = timerDue(callInstance, TIMER_APPLICATION_DEADLINE);
    assertThatThrownBy(() -> desk.extendApplicationDeadline(callInstance, DEADLINE.minusDays(1).toString()))
        .hasMessageContaining(NEW_APPLICATION_DEADLINE).hasMessageContaining("niet na de huidige");
    assertThatThrownBy(() -> desk.extendApplicationDeadline(callInstance, DEADLINE.toString()))
        .hasMessageContaining(NEW_APPLICATION_DEADLINE).hasMessageContaining("niet na de huidige");
    assertThatThrownBy(() -> desk.extendApplicationDeadline(callInstance, "volgende week"))
        .hasMessageContaining(NEW_APPLICATION_DEADLINE);
    assertThatThrownBy(() -> desk.extendApplicationDeadline(callInstance, DEADLINE.plusYears(3).toString()))
        .hasMessageContaining(NEW_APPLICATION_DEADLINE).hasMessageContaining("einde van het mandaat");

    // The deadline day is over; the timer has not fired yet: too late to extend.
    ClockUtil.setCurrentTime(Dates.startOfDay(DEADLINE.plusDays(1)));
    assertThatThrownBy(() -> desk.extendApplicationDeadline(callInstance, DEADLINE.plusDays(10).toString()))
        .hasMessageContaining(NEW_APPLICATION_DEADLINE).hasMessageContaining("al verstreken");
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_APPLICATION_DEADLINE);
    assertThat(timerDue(callInstance, TIMER_APPLICATION_DEADLINE)).isEqualTo(due);
    assertThat(calls.find(callKey(callInstance)).orElseThrow().applicationDeadline()).isEqualTo(DEADLINE);

    desk.fireTimer(callInstance, TIMER_APPLICATION_DEADLINE);
    assertThat(callInstance).isWaitingAtExactly(TASK_CONFIRM_COMPOSITION);
  }

  @Test
  void theSecretariatExtendsTheMandateAndTheTimerFollows() {
    LocalDate mandateEnd = DEADLINE.plusYears(1).withMonth(12).withDayOfMonth(31);
    LocalDate extended = mandateEnd.plusYears(1);
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("Verlengd mandaat", DEADLINE);
    desk.closeAndConfirm(callInstance);
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_MANDATE);
    assertThat(timerDue(callInstance, TIMER_MANDATE_ENDED)).isEqualTo(Dates.startOfDay(mandateEnd.plusDays(1)));

    assertThatThrownBy(() -> desk.extendMandate(callInstance, mandateEnd.minusMonths(1).toString()))
        .hasMessageContaining(NEW_MANDATE_END_DATE).hasMessageContaining("niet na de huidige");
    assertThatThrownBy(() -> desk.extendMandate(callInstance, null)).hasMessageContaining(NEW_MANDATE_END_DATE);
    assertThatThrownBy(() -> complete(task(TASK_FOLLOW_UP_MANDATE, callInstance), withVariables(MANDATE_ACTION, "STOP")))
        .hasMessageContaining(MANDATE_ACTION);

    desk.extendMandate(callInstance, extended.toString());
    assertThat(callInstance).hasPassed(GATEWAY_MANDATE_ACTION).isWaitingAtExactly(TASK_FOLLOW_UP_MANDATE).variables()
        .containsEntry(MANDATE_END_DATE, extended.toString()).containsEntry(MANDATE_END_DATE_LABEL, Dates.typed(extended))
        .containsEntry(MANDATE_ACTION, null).containsEntry(NEW_MANDATE_END_DATE, null);
    assertThat(timerDue(callInstance, TIMER_MANDATE_ENDED)).isEqualTo(Dates.startOfDay(extended.plusDays(1)));
    assertThat(calls.find(callKey(callInstance)).orElseThrow().mandateEnd()).isEqualTo(extended);

    // The extended end has passed, the timer not yet fired: too late to extend again.
    ClockUtil.setCurrentTime(Dates.startOfDay(extended.plusDays(1)));
    assertThatThrownBy(() -> desk.extendMandate(callInstance, extended.plusYears(1).toString()))
        .hasMessageContaining(NEW_MANDATE_END_DATE).hasMessageContaining("al afgelopen");
    desk.fireTimer(callInstance, TIMER_MANDATE_ENDED);
    assertThat(callInstance).isEnded().hasPassed(END_EVENT_MANDATE_ENDED);
  }

  @Test
  void aMemberWithdrawsAndTheFirstRefusedOfTheirKindTakesTheSeat() {
    ProcessInstance callInstance = desk.registerCall("Terugtrekking met wachtlijst", DEADLINE, DEADLINE.plusYears(2), 3, 2, 1);
    String call = callKey(callInstance);
    ProcessInstance member = desk.applyAndSelect(individual(call, "Expert A", "RESEARCH", "BE"));
    ProcessInstance firstRefused = desk.applyAndSelect(individual(call, "Expert B", "CONSULTANCY", "NL"));
    ProcessInstance secondRefused = desk.applyAndSelect(individual(call, "Expert C", "RESEARCH", "FR"));
    ProcessInstance publicBody = desk.applyAndSelect(publicBody(call, "Provincie Limburg", "REGIONAL", "BE"));
    assertThat(desk.outcome(firstRefused)).isEqualTo("REFUSED");
    assertThat(firstRefused).variables().containsEntry(ON_WAITING_LIST, true);
    for (ProcessInstance application : List.of(member, firstRefused, secondRefused, publicBody)) {
      desk.notifyOutcome(application);
    }
    assertThat(calls.waitingList(call, ApplicantKind.INDIVIDUAL)).extracting(Member::name).containsExactly("Expert B", "Expert C");
    desk.closeAndConfirm(callInstance);

    assertThatThrownBy(() -> desk.recordWithdrawal(callInstance, "Expert Z", LocalDate.now().toString()))
        .hasMessageContaining(WITHDRAWING_MEMBER_NAME).hasMessageContaining("Expert Z");
    assertThatThrownBy(() -> desk.recordWithdrawal(callInstance, "Expert A", LocalDate.now().plusDays(1).toString()))
        .hasMessageContaining(WITHDRAWN_ON).hasMessageContaining("toekomst");
    desk.recordWithdrawal(callInstance, "expert a", Dates.typed(LocalDate.now())); // typed day first, as in Tasklist
    assertThat(callInstance).hasPassed(TASK_FREE_SEAT).isWaitingAtExactly(TASK_DECIDE_ON_FREED_SEAT).variables()
        .containsEntry(WITHDRAWN_ON, LocalDate.now().toString()).containsEntry(WITHDRAWN_ON_LABEL, Dates.typed(LocalDate.now()))
        .containsEntry(WITHDRAWING_MEMBER_NAME, "Expert A").containsEntry(WITHDRAWING_MEMBER_ID, member.getId())
        .containsEntry(WAITING_APPLICANTS_OF_KIND, 2).containsEntry(NEXT_WAITING_APPLICANT, "Expert B (individuele expert, NL)");
    assertThat(calls.find(call).orElseThrow().individualsSelected()).isZero();
    assertThat(calls.members(call)).extracting(Member::name).containsExactly("Provincie Limburg");
    assertThatThrownBy(() -> desk.decideOnFreedSeat(callInstance, "MAYBE")).hasMessageContaining(FREED_SEAT_DECISION);

    desk.decideOnFreedSeat(callInstance, "FILL");
    assertThat(callInstance).hasPassed(TASK_TAKE_SEAT_FROM_WAITING_LIST).isWaitingAtExactly(TASK_NOTIFY_REFILLED_MEMBER).variables()
        .containsEntry(REFILLED_APPLICATION_ID, firstRefused.getId()).containsEntry(APPLICATION_OUTCOME_LABEL, "Geselecteerd")
        .containsEntry(CONTACT_EMAIL, "kandidaat@example.eu")
        .containsEntry(OUTCOME_REASON, "Er kwam een zetel vrij door de terugtrekking van Expert A; u stond als eerste individuele"
            + " expert op de wachtlijst. Zetel 1 van 1 voor individuele experten toegekend (2 van 3 zetels ingenomen).");
    assertThat(task(TASK_NOTIFY_REFILLED_MEMBER, callInstance))
        .hasName("Kandidaat van de wachtlijst op de hoogte brengen van de zetel – Expert B (individuele expert)");
    assertThat(calls.members(call)).extracting(Member::name).containsExactlyInAnyOrder("Provincie Limburg", "Expert B");
    assertThat(calls.holdsSeat(call, member.getId())).isFalse();
    assertThat(calls.waitingList(call, ApplicantKind.INDIVIDUAL)).extracting(Member::name).containsExactly("Expert C");
    assertThat(calls.find(call).orElseThrow().individualsSelected()).isEqualTo(1);

    desk.notifyRefilledMember(callInstance);
    assertThat(callInstance).isWaitingAtExactly(TASK_FOLLOW_UP_MANDATE).variables()
        .containsEntry(OUTCOME_NOTIFIED_ON, LocalDate.now().toString());
    assertThat((String) engine.getRuntimeService().getVariable(callInstance.getId(), COMPOSITION_SUMMARY))
        .contains("Expert B").doesNotContain("Expert A");
  }

  @Test
  void aWithdrawalWithNoOneWaitingLeavesTheSeatFree() {
    ProcessInstance callInstance = desk.registerClusterExpertGroupCall("Terugtrekking zonder wachtlijst", DEADLINE);
    String call = callKey(callInstance);
    desk.notifyOutcome(desk.applyAndSelect(publicBody(call, "Stad Antwerpen", "LOCAL", "BE")));
    desk.notifyOutcome(desk.applyAndSelect(publicBody(call, "Stad Brugge", "LOCAL", "BE")));
    desk.closeAndConfirm(callInstance);

    desk.recordWithdrawal(callInstance, "Stad Brugge", LocalDate.now().minusDays(2).toString());
    assertThat(callInstance).hasPassed(TASK_FREE_SEAT).hasNotPassed(TASK_DECIDE_ON_FREED_SEAT)
        .isWaitingAtExactly(TASK_FOLLOW_UP_MANDATE).variables().containsEntry(WAITING_APPLICANTS_OF_KIND, 0);
    assertThat(calls.find(call).orElseThrow().publicBodiesSelected()).isEqualTo(1);
    assertThat(calls.members(call)).extracting(Member::name).containsExactly("Stad Antwerpen");
    assertThatThrownBy(() -> desk.recordWithdrawal(callInstance, "Stad Brugge", LocalDate.now().toString()))
        .hasMessageContaining(WITHDRAWING_MEMBER_NAME);
  }

  @Test
  void theSecretariatMayLeaveAFreedSeatFree() {
    ProcessInstance callInstance = desk.registerCall("Zetel blijft vrij", DEADLINE, DEADLINE.plusYears(2), 2, 1, 1);
    String call = callKey(callInstance);
    desk.notifyOutcome(desk.applyAndSelect(publicBody(call, "Gemeente Gent", "LOCAL", "BE")));
    desk.notifyOutcome(desk.applyAndSelect(publicBody(call, "Gemeente Leuven", "LOCAL", "BE")));
    desk.closeAndConfirm(callInstance);

    desk.recordWithdrawal(callInstance, "Gemeente Gent", LocalDate.now().toString());
    assertThat(callInstance).isWaitingAtExactly(TASK_DECIDE_ON_FREED_SEAT);
    desk.decideOnFreedSeat(callInstance, "LEAVE_FREE");
    assertThat(callInstance).hasNotPassed(TASK_TAKE_SEAT_FROM_WAITING_LIST).isWaitingAtExactly(TASK_FOLLOW_UP_MANDATE);
    assertThat(calls.find(call).orElseThrow().publicBodiesSelected()).isZero();
    assertThat(calls.waitingList(call, ApplicantKind.PUBLIC_BODY)).extracting(Member::name).containsExactly("Gemeente Leuven");
  }

  @Test
  void badCallDataAndUnknownCallsAreRefusedAtTheStart() {
    assertThatThrownBy(() -> desk.registerCall("Te weinig zetels per soort", DEADLINE, DEADLINE.plusYears(1), 38, 20, 10))
        .hasMessageContaining(TOTAL_SEATS);
    assertThatThrownBy(() -> desk.registerCall("Mandaat voor deadline", DEADLINE, DEADLINE.minusDays(1), 38, 28, 10))
        .hasMessageContaining(MANDATE_END_DATE);
    desk.registerClusterExpertGroupCall("Twee keer dezelfde oproep", DEADLINE);
    assertThatThrownBy(() -> desk.registerClusterExpertGroupCall("Twee keer dezelfde oproep", DEADLINE))
        .hasMessageContaining(CALL_TITLE).hasMessageContaining("bestaat al");

    assertThatThrownBy(() -> desk.apply(publicBody("EUCALL-BESTAAT-NIET-2019", "Regio", "REGIONAL", "BE")))
        .hasMessageContaining(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY).hasMessageContaining("onbekende oproep");
    assertThat(applicationsOf("EUCALL-BESTAAT-NIET-2019")).isZero();
  }

  @Test
  void bothProcessesAreStartedAndWorkedByTheEuDesk() {
    for (String key : List.of(EuExpertGroup.CALL_PROCESS, EuExpertGroup.APPLICATION_PROCESS)) {
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult();
      assertThat(engine.getRepositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
          .extracting(IdentityLink::getGroupId).containsExactly(EuExpertGroup.DESK);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
          .startableByUser("someone-else").count()).isZero();
    }
  }

  private long applicationsOf(String call) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EuExpertGroup.APPLICATION_PROCESS)
        .processInstanceBusinessKey(call).count();
  }

  private String callKey(ProcessInstance call) {
    return (String) engine.getRuntimeService().getVariable(call.getId(), EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
  }

  private Date timerDue(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult().getDuedate();
  }

  private String historicJson(ProcessInstance instance, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).disableCustomObjectDeserialization().singleResult();
    ObjectValue value = (ObjectValue) variable.getTypedValue();
    assertThat(value.getSerializationDataFormat()).isEqualTo("application/json");
    return value.getValueSerialized();
  }
}
