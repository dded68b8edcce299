package be.clusterpact.expertgroup;

import static be.clusterpact.process.EuExpertGroupCallProcess.*;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExpertGroupRulesTest {

  static final LocalDate TODAY = LocalDate.of(2019, 7, 11);
  static final LocalDate DEADLINE = LocalDate.of(2019, 9, 30);
  static final LocalDate MANDATE_END = LocalDate.of(2020, 12, 31);

  static CallRegistration.StartData callData(Object total, Object publicBodies, Object individuals) {
    return new CallRegistration.StartData("EU-clusterexpertengroep", DEADLINE.toString(), MANDATE_END.toString(),
        total, publicBodies, individuals, "Advies over clusterbeleid", null);
  }

  static ExpertGroupCall call(int total, int publicBodies, int individuals, int publicTaken, int individualsTaken) {
    return new ExpertGroupCall("EUCALL-TEST-2019", "EU-clusterexpertengroep", total, publicBodies, individuals, DEADLINE,
        MANDATE_END, ExpertGroupCall.Status.OPEN, publicTaken, individualsTaken);
  }

  static Application applicant(ApplicantKind kind, Background background) {
    return new Application("EUCALL-TEST-2019", kind, "Kandidaat", kind == ApplicantKind.PUBLIC_BODY ? GovernmentLevel.REGIONAL : null,
        background, background == null ? null : "Ervaring", "BE", null, "k@example.eu", "Motivatie");
  }

  @Nested
  class Registration {

    @Test
    void quotasAndDatesComeFromTheCallsData() {
      CallRegistration.Registration seed = CallRegistration.register(callData(38, 28, 10), TODAY);
      assertThat(seed.call()).isEqualTo(new ExpertGroupCall("EUCALL-EU-CLUSTEREXPERTENGROEP-2019", "EU-clusterexpertengroep",
          38, 28, 10, DEADLINE, MANDATE_END, ExpertGroupCall.Status.OPEN, 0, 0));
      assertThat(seed.groupTasks()).isEqualTo("Advies over clusterbeleid");
      assertThat(seed.callSource()).isNull();

      ExpertGroupCall other = CallRegistration.register(callData(12.0, "8", 6L), TODAY).call();
      assertThat(other.totalSeats()).isEqualTo(12);
      assertThat(other.publicBodySeats()).isEqualTo(8);
      assertThat(other.individualSeats()).isEqualTo(6);
    }

    @Test
    void applicationsCloseAfterTheDeadlineDayAndTheMandateAfterItsLastDay() {
      ExpertGroupCall call = call(38, 28, 10, 0, 0);
      assertThat(call.applicationsCloseAt()).isEqualTo(Instant.parse("2019-09-30T22:00:00Z"));
      assertThat(call.mandateEndsAt()).isEqualTo(Instant.parse("2020-12-31T23:00:00Z"));
      assertThat(call.acceptsApplicationsAt(Instant.parse("2019-09-30T21:59:59Z"))).isTrue();
      assertThat(call.acceptsApplicationsAt(Instant.parse("2019-09-30T22:00:00Z"))).isFalse();
      ExpertGroupCall closed = new ExpertGroupCall(call.key(), call.title(), 38, 28, 10, DEADLINE, MANDATE_END,
          ExpertGroupCall.Status.CLOSED, 0, 0);
      assertThat(closed.acceptsApplicationsAt(Instant.parse("2019-09-01T10:00:00Z"))).isFalse();
    }

    @Test
    void businessKeyIsTheTitleAndTheDeadlineYearShortenedWhenLong() {
      assertThat(CallRegistration.businessKey("Groupe d'experts « clusters »", DEADLINE)).isEqualTo("EUCALL-GROUPE-D-EXPERTS-CLUSTERS-2019");
      String key = CallRegistration.businessKey("x ".repeat(100), DEADLINE);
      assertThat(key).startsWith("EUCALL-X-X-").endsWith("X-2019").hasSizeLessThanOrEqualTo(120);
    }

    @Test
    void refusesImpossibleQuotasAndDates() {
      assertThatThrownBy(() -> CallRegistration.register(callData(0, 0, 0), TODAY)).hasMessageStartingWith("totalSeats:");
      assertThatThrownBy(() -> CallRegistration.register(callData(38, 39, 10), TODAY)).hasMessageStartingWith("publicBodySeats:");
      assertThatThrownBy(() -> CallRegistration.register(callData(38, 28, 39), TODAY)).hasMessageStartingWith("individualSeats:");
      assertThatThrownBy(() -> CallRegistration.register(callData(38, 28, 9), TODAY))
          .hasMessage("totalSeats: de zetels per soort (28 + 9) volstaan niet voor 38 leden");
      assertThatThrownBy(() -> CallRegistration.register(callData(38, -1, 10), TODAY)).hasMessageContaining("ligt niet tussen 0 en 1000");
      assertThatThrownBy(() -> CallRegistration.register(callData(38.5, 28, 10), TODAY)).hasMessageContaining("geheel aantal");
      assertThatThrownBy(() -> CallRegistration.register(callData("veel", 28, 10), TODAY)).hasMessageContaining("geheel aantal");
      assertThatThrownBy(() -> CallRegistration.register(callData(null, 28, 10), TODAY)).hasMessage("totalSeats: aantal zetels is verplicht");
      assertThatThrownBy(() -> CallRegistration.register(callData(38, 28, 10), DEADLINE.plusDays(1)))
          .hasMessageContaining(APPLICATION_DEADLINE).hasMessageContaining("verleden");
      assertThatThrownBy(() -> CallRegistration.register(new CallRegistration.StartData("Titel", DEADLINE.toString(),
          DEADLINE.toString(), 38, 28, 10, "Taken", null), TODAY)).hasMessageStartingWith("mandateEndDate:");
      assertThatThrownBy(() -> CallRegistration.register(new CallRegistration.StartData("Titel", DEADLINE.toString(),
          MANDATE_END.toString(), 38, 28, 10, " ", null), TODAY)).hasMessage("groupTasks: is verplicht");
    }
  }

  @Nested
  class ApplicationData {

    Applications.StartData data(Object kind, Object level, Object background, Object experience, Object country) {
      return new Applications.StartData(" eucall-test-2019 ", kind, "Provincie Antwerpen", level, background, experience, country,
          "Els Janssens", "els@provincieantwerpen.be", "Motivatie");
    }

    @Test
    void aPublicBodyNeedsItsLevelAndKeepsNoBackground() {
      Application body = Applications.open(data("PUBLIC_BODY", "REGIONAL", "OTHER", "genegeerd", "be"));
      assertThat(body.callKey()).isEqualTo("EUCALL-TEST-2019");
      assertThat(body.level()).isEqualTo(GovernmentLevel.REGIONAL);
      assertThat(body.background()).isNull();
      assertThat(body.experience()).isNull();
      assertThat(body.country()).isEqualTo("BE");
      assertThat(body.displayName()).isEqualTo("Provincie Antwerpen (openbare instantie)");
      assertThat(body.summary()).startsWith("Provincie Antwerpen – openbare instantie, regionaal niveau. Land: BE.")
          .contains("Contact: Els Janssens, els@provincieantwerpen.be");
      assertThatThrownBy(() -> Applications.open(data("PUBLIC_BODY", null, null, null, "BE")))
          .hasMessage("governmentLevel: is verplicht voor een openbare instantie (nationaal, regionaal of lokaal)");
      assertThatThrownBy(() -> Applications.open(data("PUBLIC_BODY", "PROVINCIAL", null, null, "BE")))
          .hasMessageContaining("governmentLevel: onbekende keuze 'PROVINCIAL'").hasMessageContaining("NATIONAL, REGIONAL, LOCAL");
    }

    @Test
    void anIndividualNeedsBackgroundAndExperienceAndKeepsNoLevel() {
      Application expert = Applications.open(data("INDIVIDUAL", "LOCAL", "RESEARCH", "Tien jaar onderzoek", "DE"));
      assertThat(expert.level()).isNull();
      assertThat(expert.background()).isEqualTo(Background.RESEARCH);
      assertThat(expert.summary()).contains("achtergrond: onderzoeksinstelling").contains("Ervaring: Tien jaar onderzoek");
      assertThatThrownBy(() -> Applications.open(data("INDIVIDUAL", null, null, "x", "DE"))).hasMessageStartingWith("background:");
      assertThatThrownBy(() -> Applications.open(data("INDIVIDUAL", null, "RESEARCH", " ", "DE"))).hasMessageStartingWith("experienceDescription:");
    }

    @Test
    void refusesUnknownKindsCountriesAndAddresses() {
      assertThatThrownBy(() -> Applications.open(data("COMPANY", null, null, null, "BE"))).hasMessageStartingWith("applicantKind:");
      assertThatThrownBy(() -> Applications.open(data(null, null, null, null, "BE"))).hasMessageStartingWith("applicantKind: is verplicht");
      assertThatThrownBy(() -> Applications.open(data("PUBLIC_BODY", "LOCAL", null, null, "Duitsland")))
          .hasMessageStartingWith("applicantCountry: verwacht een landcode");
      assertThatThrownBy(() -> Applications.open(new Applications.StartData("EUCALL-X", "INDIVIDUAL", "Jan", null, "RESEARCH",
          "x", "BE", null, "geen-adres", "m"))).hasMessage("contactEmail: is geen geldig e-mailadres");
    }
  }

  @Nested
  class Screening {

    @Test
    void anOnTimeApplicationOfAnAdmittedKindWithAQualifyingBackgroundPasses() {
      Instant onTime = Instant.parse("2019-09-30T12:00:00Z");
      assertThat(ApplicationScreening.callConditionsRefusal(applicant(ApplicantKind.PUBLIC_BODY, null), call(38, 28, 10, 0, 0), onTime)).isEmpty();
      for (Background background : List.of(Background.CLUSTER_MANAGEMENT, Background.BUSINESS_SUPPORT, Background.RESEARCH, Background.CONSULTANCY)) {
        assertThat(ApplicationScreening.callConditionsRefusal(applicant(ApplicantKind.INDIVIDUAL, background), call(38, 28, 10, 0, 0), onTime)).isEmpty();
      }
    }

    @Test
    void lateApplicationsKindsWithoutSeatsAndOtherBackgroundsAreRefusedWithTheReason() {
      Instant late = Instant.parse("2019-10-01T08:00:00Z");
      assertThat(ApplicationScreening.callConditionsRefusal(applicant(ApplicantKind.PUBLIC_BODY, null), call(38, 28, 10, 0, 0), late))
          .hasValue("De kandidatuur kwam binnen op 1 oktober 2019, na de afsluiting van de oproep 'EU-clusterexpertengroep'"
              + " (deadline 30 september 2019). Kandidaturen na de deadline worden niet meer aanvaard.");
      Instant onTime = Instant.parse("2019-09-01T08:00:00Z");
      assertThat(ApplicationScreening.callConditionsRefusal(applicant(ApplicantKind.PUBLIC_BODY, null), call(5, 0, 5, 0, 0), onTime))
          .hasValue("De oproep 'EU-clusterexpertengroep' voorziet geen zetels voor openbare instanties.");
      assertThat(ApplicationScreening.callConditionsRefusal(applicant(ApplicantKind.INDIVIDUAL, Background.OTHER), call(38, 28, 10, 0, 0), onTime))
          .hasValueSatisfying(reason -> assertThat(reason).contains("(andere achtergrond) komt niet in aanmerking"));
    }

    @Test
    void completenessIsTheDesksJudgementWithWhatIsMissing() {
      assertThat(ApplicationScreening.completenessRefusal(true, null)).isEmpty();
      assertThat(ApplicationScreening.completenessRefusal(false, "cv ontbreekt")).hasValue("De kandidatuur is onvolledig: cv ontbreekt");
      assertThat(ApplicationScreening.completenessRefusal(null, "niets ingevuld")).hasValue("De kandidatuur is onvolledig: niets ingevuld");
      assertThatThrownBy(() -> ApplicationScreening.completenessRefusal(false, null)).hasMessageStartingWith("missingItems:");
      assertThatThrownBy(() -> ApplicationScreening.completenessRefusal("ja", null)).hasMessageStartingWith("applicationComplete:");
    }
  }

  @Nested
  class Seats {

    @Test
    void grantsASeatWhileTheKindAndTheTotalHaveRoom() {
      SeatAllocation.Allocation allocation = SeatAllocation.allocate(call(38, 28, 10, 27, 10), ApplicantKind.PUBLIC_BODY);
      assertThat(allocation.granted()).isTrue();
      assertThat(allocation.reason()).isEqualTo("Zetel 28 van 28 voor openbare instanties toegekend (38 van 38 zetels ingenomen).");
    }

    @Test
    void refusesWhenTheKindsQuotaIsFullNamingTheSeatsLeftForTheOtherKind() {
      assertThat(SeatAllocation.allocate(call(38, 28, 10, 3, 10), ApplicantKind.INDIVIDUAL)).isEqualTo(new SeatAllocation.Allocation(false,
          "Alle 10 zetels voor individuele experten zijn ingenomen; de 25 vrije zetels zijn voorbehouden aan openbare instanties.", true));
      assertThat(SeatAllocation.allocate(call(10, 8, 4, 8, 0), ApplicantKind.PUBLIC_BODY)).isEqualTo(new SeatAllocation.Allocation(false,
          "Alle 8 zetels voor openbare instanties zijn ingenomen; de 2 vrije zetels zijn voorbehouden aan individuele experten.", true));
      SeatAllocation.Allocation noSeatsOfKind = SeatAllocation.allocate(call(38, 28, 0, 3, 0), ApplicantKind.INDIVIDUAL);
      assertThat(noSeatsOfKind.reason()).isEqualTo("De oproep voorziet geen zetels voor individuele experten.");
      assertThat(noSeatsOfKind.forLackOfSeats()).as("no seat of the kind will ever free up: no waiting list").isFalse();
    }

    @Test
    void theTotalCapsTheGroupEvenWhenAKindHasSeatsLeft() {
      ExpertGroupCall full = call(5, 4, 3, 4, 1);
      assertThat(full.freeSeats(ApplicantKind.INDIVIDUAL)).isZero();
      assertThat(SeatAllocation.allocate(full, ApplicantKind.INDIVIDUAL))
          .isEqualTo(new SeatAllocation.Allocation(false, "Alle 5 zetels van de expertengroep zijn ingenomen.", true));
      assertThat(SeatAllocation.allocate(call(38, 28, 10, 28, 10), ApplicantKind.PUBLIC_BODY).reason())
          .isEqualTo("Alle 38 zetels van de expertengroep zijn ingenomen.");
    }

    @Test
    void noSeatsAfterTheCompositionIsConfirmed() {
      ExpertGroupCall confirmed = new ExpertGroupCall("K", "T", 38, 28, 10, DEADLINE, MANDATE_END, ExpertGroupCall.Status.CONFIRMED, 0, 0);
      assertThat(SeatAllocation.allocate(confirmed, ApplicantKind.PUBLIC_BODY).granted()).isFalse();
      assertThat(SeatAllocation.allocate(confirmed, ApplicantKind.PUBLIC_BODY).forLackOfSeats()).isFalse();
    }

    @Test
    void aFreedSeatIsRefilledAfterTheConfirmationWithinTheQuotas() {
      ExpertGroupCall confirmed = new ExpertGroupCall("K", "T", 38, 28, 10, DEADLINE, MANDATE_END, ExpertGroupCall.Status.CONFIRMED, 28, 10);
      assertThat(SeatAllocation.refill(confirmed, ApplicantKind.INDIVIDUAL).granted()).isFalse();
      ExpertGroupCall afterWithdrawal = confirmed.withSeatFreedBy(ApplicantKind.INDIVIDUAL);
      assertThat(afterWithdrawal.individualsSelected()).isEqualTo(9);
      assertThat(SeatAllocation.refill(afterWithdrawal, ApplicantKind.PUBLIC_BODY).granted()).isFalse();
      assertThat(SeatAllocation.refill(afterWithdrawal, ApplicantKind.INDIVIDUAL))
          .isEqualTo(new SeatAllocation.Allocation(true, "Zetel 10 van 10 voor individuele experten toegekend (38 van 38 zetels ingenomen).", false));
    }

    @Test
    void seatSituationForTheDesk() {
      assertThat(call(38, 28, 10, 27, 10).seatSituation()).isEqualTo("Openbare instanties: 27 van 28 zetels ingenomen."
          + " Individuele experten: 10 van 10 zetels ingenomen. Totaal: 37 van 38 zetels ingenomen.");
    }
  }

  @Nested
  class NationalNotification {

    @Test
    void aReminderIsDueOnlyWhenTheCountryAsksAndNoSendingDateIsKnown() {
      NationalNotifications.Request asked = new NationalNotifications.Request(true, "BMWi", "e-mail");
      assertThat(asked.reminderDue(null)).isTrue();
      assertThat(asked.reminderDue(LocalDate.of(2019, 7, 1))).isFalse();
      assertThat(new NationalNotifications.Request(false, null, null).reminderDue(null)).isFalse();
    }

    @Test
    void theSendingDateIsOptionalButNeverInTheFuture() {
      assertThat(NationalNotifications.sentOn(null, TODAY)).isNull();
      assertThat(NationalNotifications.sentOn(" ", TODAY)).isNull();
      assertThat(NationalNotifications.sentOn("2019-07-10", TODAY)).isEqualTo(LocalDate.of(2019, 7, 10));
      assertThatThrownBy(() -> NationalNotifications.sentOn("2019-07-12", TODAY))
          .hasMessage("nationalNotificationSentOn: datum 12 juli 2019 ligt in de toekomst");
      assertThatThrownBy(() -> NationalNotifications.sentOn("gisteren", TODAY)).hasMessageStartingWith("nationalNotificationSentOn:");
    }

    @Test
    void theReminderHasAPastDateTheSendingDateAndNoteAreOptional() {
      assertThat(NationalNotifications.remind("2019-08-01", null, " ", TODAY.plusMonths(1)))
          .isEqualTo(new NationalNotifications.Reminder(LocalDate.of(2019, 8, 1), null, null));
      assertThat(NationalNotifications.remind("2019-08-01", "2019-08-02", " bevestigd ", TODAY.plusMonths(1)))
          .isEqualTo(new NationalNotifications.Reminder(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 2), "bevestigd"));
      assertThatThrownBy(() -> NationalNotifications.remind("2019-08-01", null, null, TODAY))
          .hasMessage("nationalNotificationRemindedOn: datum 1 augustus 2019 ligt in de toekomst");
      assertThatThrownBy(() -> NationalNotifications.remind(null, null, null, TODAY)).hasMessageStartingWith("nationalNotificationRemindedOn:");
      assertThatThrownBy(() -> NationalNotifications.remind("2019-07-01", "2019-07-20", null, TODAY))
          .hasMessageStartingWith("nationalNotificationSentOn:");
    }

    @Test
    void aDecisionThatAsksForANotificationMustNameTheAuthority() {
      assertThat(NationalNotifications.fromDecision(null).requested()).isFalse();
      assertThatThrownBy(() -> NationalNotifications.fromDecision(Map.of(EuExpertGroupApplicationProcess.NOTIFICATION_REQUESTED, true)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Decisions {

    @Test
    void selectingNeedsNoMotivationRefusingDoes() {
      assertThat(Outcomes.selectionRefusal("SELECT", null)).isEmpty();
      assertThat(Outcomes.selectionRefusal("REJECT", "Dubbel met een andere kandidaat"))
          .hasValue("Niet geselecteerd door de Europese Commissie: Dubbel met een andere kandidaat");
      assertThatThrownBy(() -> Outcomes.selectionRefusal("REJECT", " ")).hasMessage("selectionMotivation: is verplicht");
      assertThatThrownBy(() -> Outcomes.selectionRefusal(null, null)).hasMessage("selectionDecision: is verplicht");
    }

    @Test
    void theApplicantIsToldOnAPastDate() {
      assertThat(Outcomes.notice("2019-10-15", null, LocalDate.of(2019, 10, 15))).isEqualTo(new Outcomes.Notice(LocalDate.of(2019, 10, 15), null));
      assertThatThrownBy(() -> Outcomes.notice("2019-10-16", null, LocalDate.of(2019, 10, 15))).hasMessageStartingWith("outcomeNotifiedOn:");
      assertThat(Outcomes.label(Outcomes.SELECTED)).isEqualTo("Geselecteerd");
      assertThat(Outcomes.label(Outcomes.REFUSED)).isEqualTo("Geweigerd");
    }

    @Test
    void theCompositionIsConfirmedOnlyWhenEveryApplicationIsDecided() {
      Composition.confirm(true, 0);
      assertThatThrownBy(() -> Composition.confirm(false, 0)).hasMessageStartingWith("compositionConfirmed:");
      assertThatThrownBy(() -> Composition.confirm(true, 2)).hasMessageContaining("nog 2");
    }

    @Test
    void theCompositionListsPublicBodiesFirst() {
      ExpertGroupCall call = call(38, 28, 10, 1, 1);
      List<Member> members = List.of(
          new Member("a1", ApplicantKind.INDIVIDUAL, "Dr. Anna Peeters", "NL", Instant.parse("2019-09-01T10:00:00Z")),
          new Member("a2", ApplicantKind.PUBLIC_BODY, "Provincie Antwerpen", "BE", Instant.parse("2019-09-02T10:00:00Z")));
      assertThat(Composition.summary(call, members)).endsWith(
          "\n– Provincie Antwerpen (openbare instantie, BE)\n– Dr. Anna Peeters (individuele expert, NL)");
      Map<String, Object> record = Composition.record(call, members);
      assertThat(record).containsEntry("mandateEnd", "2020-12-31").containsEntry(TOTAL_SEATS, 38);
      assertThat((List<?>) record.get("members")).hasSize(2);
      assertThat(Dates.dutch(MANDATE_END)).isEqualTo("31 december 2020");
    }
  }
  @Nested
  class DatesOverTime {

    final ExpertGroupCall open = call(38, 28, 10, 0, 0);
    final Instant beforeDeadline = Dates.startOfDay(DEADLINE).toInstant();

    @Test
    void theDeadlineMovesOnlyToALaterDateBeforeTheMandateEnds() {
      assertThat(Extensions.applicationDeadline(open, "2019-10-15", beforeDeadline)).isEqualTo(LocalDate.of(2019, 10, 15));
      assertThatThrownBy(() -> Extensions.applicationDeadline(open, DEADLINE.toString(), beforeDeadline))
          .isInstanceOf(InvalidInputException.class).hasMessage("newApplicationDeadline: de nieuwe deadline 30 september 2019"
              + " ligt niet na de huidige (30 september 2019)");
      assertThatThrownBy(() -> Extensions.applicationDeadline(open, MANDATE_END.toString(), beforeDeadline))
          .hasMessageContaining(NEW_APPLICATION_DEADLINE).hasMessageContaining("einde van het mandaat (31 december 2020)");
      assertThatThrownBy(() -> Extensions.applicationDeadline(open, null, beforeDeadline)).hasMessageContaining(NEW_APPLICATION_DEADLINE);
    }

    @Test
    void theDeadlineCannotBeExtendedOnceItPassedOrTheCallClosed() {
      Instant dayAfter = Dates.startOfDay(DEADLINE.plusDays(1)).toInstant();
      assertThatThrownBy(() -> Extensions.applicationDeadline(open, "2019-10-15", dayAfter))
          .hasMessage("newApplicationDeadline: de deadline voor kandidaturen (30 september 2019) is al verstreken; verlengen kan alleen ervoor");
      ExpertGroupCall closed = new ExpertGroupCall("K", "T", 38, 28, 10, DEADLINE, MANDATE_END, ExpertGroupCall.Status.CLOSED, 0, 0);
      assertThatThrownBy(() -> Extensions.applicationDeadline(closed, "2019-10-15", beforeDeadline)).hasMessageContaining("al verstreken");
    }

    @Test
    void theMandateMovesOnlyToALaterDateBeforeItEnds() {
      Instant lastDay = Dates.startOfDay(MANDATE_END).toInstant();
      assertThat(Extensions.mandateEnd(open, "2021-12-31", lastDay)).isEqualTo(LocalDate.of(2021, 12, 31));
      assertThatThrownBy(() -> Extensions.mandateEnd(open, "2020-06-30", lastDay))
          .hasMessage("newMandateEndDate: de nieuwe einddatum 30 juni 2020 ligt niet na de huidige (31 december 2020)");
      assertThatThrownBy(() -> Extensions.mandateEnd(open, "2021-12-31", Dates.startOfDay(MANDATE_END.plusDays(1)).toInstant()))
          .hasMessage("newMandateEndDate: het mandaat is al afgelopen (31 december 2020); verlengen kan alleen ervoor");
    }
  }

  @Nested
  class Withdrawing {

    final List<Member> members = List.of(
        new Member("a1", ApplicantKind.PUBLIC_BODY, "Provincie Antwerpen", "BE", Instant.EPOCH),
        new Member("a2", ApplicantKind.INDIVIDUAL, "Dr. Anna Peeters", "NL", Instant.EPOCH),
        new Member("a3", ApplicantKind.INDIVIDUAL, "Jan Smit", "NL", Instant.EPOCH),
        new Member("a4", ApplicantKind.INDIVIDUAL, "Jan Smit", "BE", Instant.EPOCH));

    @Test
    void theSecretariatNamesTheMemberAsTheListShowsIt() {
      Withdrawals.Withdrawal withdrawal = Withdrawals.withdrawal(members, " dr. anna peeters ", "2020-03-01", " per brief ", LocalDate.of(2020, 3, 2));
      assertThat(withdrawal.member().applicationId()).isEqualTo("a2");
      assertThat(withdrawal.withdrawnOn()).isEqualTo(LocalDate.of(2020, 3, 1));
      assertThat(withdrawal.note()).isEqualTo("per brief");
    }

    @Test
    void anUnknownOrAmbiguousNameOrAFutureDateIsRefusedNamingTheField() {
      LocalDate today = LocalDate.of(2020, 3, 2);
      assertThatThrownBy(() -> Withdrawals.withdrawal(members, "Piet", "2020-03-01", null, today))
          .hasMessage("withdrawingMemberName: geen lid van de expertengroep heet 'Piet'");
      assertThatThrownBy(() -> Withdrawals.withdrawal(members, "Jan Smit", "2020-03-01", null, today))
          .hasMessageStartingWith("withdrawingMemberName: 2 leden heten 'Jan Smit'");
      assertThatThrownBy(() -> Withdrawals.withdrawal(members, "Provincie Antwerpen", "2020-03-03", null, today))
          .hasMessageContaining(WITHDRAWN_ON).hasMessageContaining("toekomst");
      assertThatThrownBy(() -> Withdrawals.withdrawal(members, null, "2020-03-01", null, today))
          .hasMessageContaining(WITHDRAWING_MEMBER_NAME);
    }

    @Test
    void choicesAreTheFormsValues() {
      assertThat(Withdrawals.action("RECORD_WITHDRAWAL")).isEqualTo(Withdrawals.MandateAction.RECORD_WITHDRAWAL);
      assertThatThrownBy(() -> Withdrawals.action(null)).hasMessageContaining(MANDATE_ACTION);
      assertThat(Withdrawals.freedSeat("LEAVE_FREE")).isEqualTo(Withdrawals.FreedSeatDecision.LEAVE_FREE);
      assertThatThrownBy(() -> Withdrawals.freedSeat("LATER")).hasMessageContaining(FREED_SEAT_DECISION).hasMessageContaining("FILL");
    }
  }

  @Nested
  class PickingTheCall {

    final ExpertGroupCall open = call(38, 28, 10, 0, 0);
    final ExpertGroupCall later = new ExpertGroupCall("EUCALL-TWEEDE-OPROEP-2019", "Tweede oproep", 12, 8, 4,
        DEADLINE.plusDays(10), MANDATE_END, ExpertGroupCall.Status.OPEN, 0, 0);

    byte[] applicationForm() throws IOException {
      return Files.readAllBytes(Path.of("forms/apply-for-eu-expert-group.form"));
    }

    JsonNode callField(byte[] form) throws IOException {
      for (JsonNode component : new ObjectMapper().readTree(form).path("components")) {
        if (EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY.equals(component.path("key").asText())) {
          return component;
        }
      }
      throw new AssertionError("no callBusinessKey field");
    }

    @Test
    void theStartFormListsTheOpenCallsWithTitleAndDeadline() throws IOException {
      JsonNode field = callField(CallChoices.fill(applicationForm(), () -> List.of(open, later)));
      assertThat(field.path("type").asText()).isEqualTo("select");
      assertThat(field.path("values").toString()).isEqualTo("[{\"label\":\"EU-clusterexpertengroep – deadline 30 september 2019\","
          + "\"value\":\"EUCALL-TEST-2019\"},{\"label\":\"Tweede oproep – deadline 10 oktober 2019\",\"value\":\"EUCALL-TWEEDE-OPROEP-2019\"}]");
      assertThat(field.path("description").asText()).startsWith("Kies de open oproep");
    }

    @Test
    void withoutAnOpenCallTheListIsEmptyAndTheFormSaysSo() throws IOException {
      JsonNode field = callField(CallChoices.fill(applicationForm(), List::of));
      assertThat(field.path("values").size()).isZero();
      assertThat(field.path("validate").path("required").asBoolean()).isTrue();
      assertThat(field.path("description").asText()).startsWith("Er is op dit moment geen open oproep");
    }

    @Test
    void otherFormsAreHandedOutUnchangedWithoutReadingTheCalls() throws IOException {
      byte[] other = Files.readAllBytes(Path.of("forms/register-eu-expert-group-call.form"));
      assertThat(CallChoices.fill(other, () -> { throw new AssertionError("calls read"); })).isSameAs(other);
      byte[] html = "<form></form>".getBytes(StandardCharsets.UTF_8);
      assertThat(CallChoices.fill(html, () -> { throw new AssertionError("calls read"); })).isSameAs(html);
    }

    @Test
    void onlyAnOpenCallIsAccepted() {
      Instant onTheDeadlineDay = Instant.parse("2019-09-30T21:00:00Z");
      assertThat(CallChoices.chosen(open.key(), Optional.of(open), onTheDeadlineDay)).isEqualTo(open);
      assertThatThrownBy(() -> CallChoices.chosen("EUCALL-X-2019", Optional.empty(), onTheDeadlineDay))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("callBusinessKey: onbekende oproep 'EUCALL-X-2019'; kies een open oproep uit de lijst");
      Instant dayAfter = Instant.parse("2019-09-30T22:00:00Z");
      assertThatThrownBy(() -> CallChoices.chosen(open.key(), Optional.of(open), dayAfter))
          .hasMessage("callBusinessKey: de oproep 'EU-clusterexpertengroep' (deadline 30 september 2019) is afgesloten"
              + " en aanvaardt geen kandidaturen meer; kies een open oproep uit de lijst");
      ExpertGroupCall closedEarly = new ExpertGroupCall(open.key(), open.title(), 38, 28, 10, DEADLINE, MANDATE_END,
          ExpertGroupCall.Status.CLOSED, 0, 0);
      assertThatThrownBy(() -> CallChoices.chosen(open.key(), Optional.of(closedEarly), onTheDeadlineDay))
          .hasMessageContaining("is afgesloten");
    }
  }
}
