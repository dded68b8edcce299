package be.clusterpact.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerEntryKind;
import be.clusterpact.dossier.AuditStep.LabelledValue;
import be.clusterpact.engine.FormFields;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.GroupIds;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine-free rules of the audit trail: labelled values, order of steps, kinds, who may read. */
class DossierRulesTest {

  static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void theValuesAUserEnteredAreLabelledAsTheFormLabelledThemInTheFormsOrder() throws IOException {
    FormFields minister = FormFields.read(Files.newInputStream(Path.of("forms/approve-as-minister.form")));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(ClusterpactProcess.MINISTER_MOTIVATION, "Te weinig projectmiddelen");
    values.put(ClusterpactProcess.MINISTER_DECISION, "REJECT");
    values.put(ClusterpactProcess.CABINET_NAME, "Kabinet van de Vlaamse minister van Economie"); // read-only: not entered
    values.put("lastCompletedBy", "economie.demo"); // a listener's variable: not in the form

    assertThat(EnteredValues.of(minister, values)).containsExactly(
        new LabelledValue("Beslissing", "Afkeuren"),
        new LabelledValue("Motivering van de afkeuring", "Te weinig projectmiddelen"));
  }

  @Test
  void flagsDatesListsAndEmptyValuesReadAsPeopleWriteThem() {
    FormFields form = FormFields.read(new ByteArrayInputStream("""
        {"components": [
          {"type": "checkbox", "key": "permits", "label": "Vergunningen"},
          {"type": "textfield", "key": "newDeadline", "label": "Nieuwe deadline (dd/mm/jjjj)"},
          {"type": "checklist", "key": "domains", "label": "Beleidsdomeinen",
           "values": [{"label": "Omgeving", "value": "OMG"}, {"label": "Mobiliteit", "value": "MOW"}]},
          {"type": "textfield", "key": "note", "label": "Opmerking"},
          {"type": "textfield", "key": "amount", "label": "Bedrag"}]}""".getBytes(StandardCharsets.UTF_8)));
    Map<String, Object> values = Map.of("permits", true, "newDeadline", "2027-03-01", "domains", "[\"OMG\",\"MOW\"]",
        "note", "", "amount", "150.000,00");

    assertThat(EnteredValues.of(form, values)).containsExactly(
        new LabelledValue("Vergunningen", "ja"),
        new LabelledValue("Nieuwe deadline (dd/mm/jjjj)", "01/03/2027"),
        new LabelledValue("Beleidsdomeinen", "Omgeving, Mobiliteit"),
        new LabelledValue("Opmerking", EnteredValues.EMPTY),
        new LabelledValue("Bedrag", "150.000,00"));
    assertThat(EnteredValues.of(FormFields.none(), values)).isEmpty();
  }

  @Test
  void stepsFollowEachOtherInTimeAndADecisionComesBeforeTheBookingItCausesAtTheSameMoment() {
    AuditStep booking = new AuditStep(T, StepKind.LEDGER_BOOKING, "Hermesfonds", "Voorwaardelijk vastgelegd", "economie.demo", List.of());
    AuditStep decision = new AuditStep(T, StepKind.MINISTER_DECISION, "Clusterpact onderhandelen", "Clusterpact goedkeuren", "economie.demo", List.of());
    AuditStep start = new AuditStep(T.minusSeconds(3600), StepKind.PROCESS_STARTED, "Clusterpact onderhandelen", "Clusterpact onderhandelen", "cluster.demo", List.of());
    AuditStep end = new AuditStep(T.plusSeconds(60), StepKind.PROCESS_ENDED, "Clusterpact onderhandelen", "Afgehandeld", null, List.of());

    assertThat(AuditTrail.inOrder(List.of(end, booking, decision, start))).containsExactly(start, decision, booking, end);
  }

  @Test
  void ministersDeadlineAndMaximumDecisionsAreNamedAsDecisions() {
    assertThat(StepKinds.ofCompletedTask(ClusterpactProcess.TASK_APPROVE_AS_MINISTER)).isEqualTo(StepKind.MINISTER_DECISION);
    assertThat(StepKinds.ofCompletedTask(ClusterpactProcess.TASK_DECIDE_ON_DEADLINE_EXTENSION)).isEqualTo(StepKind.DEADLINE_DECISION);
    assertThat(StepKinds.ofCompletedTask(HermesTrancheReleaseProcess.TASK_DECIDE_ON_LOWERED_MAXIMUM)).isEqualTo(StepKind.MAXIMUM_DECISION);
    assertThat(StepKinds.ofCompletedTask(ClusterpactProcess.TASK_DRAFT_CLUSTERPACT)).isEqualTo(StepKind.TASK_COMPLETED);
  }

  @Test
  void theRolesThatWorkedOnThePactTheCommitteeTheFundManagerAndAdministratorsReadItOthersDoNot() {
    PactReaders.Workers workers = new PactReaders.Workers(Set.of("agency-fit", "cluster-catalisti"), Set.of("vil.laat"));

    assertThat(PactReaders.mayRead("fit.demo", List.of("agency-fit"), workers)).isTrue();
    assertThat(PactReaders.mayRead("catalisti.demo", List.of("cluster-catalisti"), workers)).isTrue();
    assertThat(PactReaders.mayRead("vil.laat", List.of(), workers)).as("a worker without the group any more").isTrue();
    assertThat(PactReaders.mayRead("comite.demo", List.of(GroupIds.HERMES_COMMITTEE), workers)).isTrue();
    assertThat(PactReaders.mayRead("fonds.demo", List.of(GroupIds.HERMES_FUND_MANAGER), workers)).isTrue();
    assertThat(PactReaders.mayRead("admin", List.of(GroupIds.ADMINISTRATORS), workers)).isTrue();
    assertThat(PactReaders.mayRead("mow.demo", List.of("agency-mow"), workers)).isFalse();
    assertThat(PactReaders.mayRead("flux50.demo", List.of("cluster-flux50"), workers)).isFalse();
    assertThat(PactReaders.mayRead(null, List.of(), workers)).isFalse();
  }

  @Test
  void aLedgerBookingShowsItsYearAmountAndNoteAndWhetherItAwaitedTheMaximum() {
    LedgerEntry entry = new LedgerEntry(7, 2028, LedgerEntryKind.COMMITMENT, 15_000_000L, "CP-FLUX50-2026", "pi", "commit",
        "economie.demo", T, null, true);

    AuditStep step = LedgerBookings.step(entry);

    assertThat(step.kind()).isEqualTo(StepKind.LEDGER_BOOKING);
    assertThat(step.title()).isEqualTo("Voorwaardelijk vastgelegd (in afwachting van het jaarlijkse maximum)");
    assertThat(step.actor()).isEqualTo("economie.demo");
    assertThat(step.values()).containsExactly(new LabelledValue("Begrotingsjaar", "2028"),
        new LabelledValue("Bedrag", "€ 150.000,00"));
  }
}
