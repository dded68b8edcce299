package be.clusterpact.negotiation;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationRulesTest {

  @Test
  void aReturnedDraftWarnsWithEveryReasonAsAQuoteAndTheFirstDraftWithNothing() {
    assertThat(ReturnedDrafts.notice(null, " ")).isNull();
    assertThat(ReturnedDrafts.asWarning(null)).isNull();
    assertThat(ReturnedDrafts.notice("Het bedrag voor 2028 past niet.", null))
        .isEqualTo("**⚠ Teruggestuurd:** De budgetcontrole weigerde het ontwerp. Het bedrag voor 2028 past niet."
            + "\nPas het ontwerp aan en voltooi de taak opnieuw.");
    assertThat(ReturnedDrafts.asWarning(ReturnedDrafts.notice(null, "Kabinet X: te duur\nen te laat")))
        .isEqualTo("> **⚠ Teruggestuurd:** Afgekeurd door Kabinet X: te duur\n>\n> en te laat\n>\n"
            + "> Pas het ontwerp aan en voltooi de taak opnieuw.");
  }

  @Test
  void agencyAgreementRecordsMeansCommitmentsAndDomain() {
    Map<String, Object> agreement = AgencyAgreements.agreement("OMG", "Snellere vergunningen", "0", List.of("vergunningen"),
        "Versnelde procedure voor proefinstallaties", "OMG");
    assertThat(agreement).containsEntry(PROJECT_MEANS_CENTS, 0L).containsEntry("nonFinancialKinds", List.of("VERGUNNINGEN"))
        .containsEntry(POLICY_DOMAIN, "OMG");
    assertThatThrownBy(() -> AgencyAgreements.agreement("OMG", "x", 1, List.of("NORMERING"), null, "OMG"))
        .hasMessageStartingWith("agencyNonFinancialCommitments:");
    assertThatThrownBy(() -> AgencyAgreements.agreement("OMG", "x", 1, List.of(), null, "MARS"))
        .hasMessageStartingWith("agencyPolicyDomain:");
    assertThatThrownBy(() -> AgencyAgreements.agreement("OMG", "x", -1, List.of(), null, "OMG"))
        .hasMessageStartingWith("agencyProjectMeansEuro:");
  }

  @Test
  void fitCommitmentsAndWseBudgetDecideWhichMinistersMustApprove() {
    assertThat(MandatoryAlignments.fit("Missies", false, 0).commitment()).isFalse();
    assertThat(MandatoryAlignments.fit("Missies", false, 10).commitment()).isTrue();
    assertThat(MandatoryAlignments.wse("Opleiding", "0").budgetCommitment()).isFalse();
    assertThat(MandatoryAlignments.wse("Opleiding", 5000).budgetCommitment()).isTrue();
    assertThatThrownBy(() -> MandatoryAlignments.fit("", false, 0)).hasMessage("fitInternationalisationAgreements: is verplicht");
    assertThatThrownBy(() -> MandatoryAlignments.fit("Missies", "ja", 0)).hasMessageStartingWith("fitCommitment:");
  }

  @Test
  void summaryPrefillsTheDraftFromTheNegotiations() {
    NegotiationSummary.Draft draft = NegotiationSummary.draft(new NegotiationSummary.Results(List.of(
        AgencyAgreements.agreement("OVAM", "Recyclage", 100_000.5, List.of("NORMERING"), "Normen voor gerecycleerd plastic", "OMG"),
        AgencyAgreements.agreement("VDAB", "Opleiding", 50_000, List.of(), null, "WSE")),
        "Missies", true, 0, "Opleiding", 20_000_00, "KU Leuven", "Agenda", "I4.0", "Circulair",
        "Competitiviteitsprogramma van de cluster: recyclage"));
    assertThat(draft.projectMeansEuro()).isEqualTo("150.000,50");
    assertThat(draft.permitsOrStandards()).isTrue();
    assertThat(draft.policyDomains()).containsExactly("EWI", "WSE", "IV", "OMG");
    assertThat(draft.nonFinancialCommitments()).isEqualTo("OVAM: Normen voor gerecycleerd plastic");
    assertThat(draft.summary()).contains("OVAM: Recyclage [projectmiddelen € 100.000,50]")
        .contains("Competitiviteitsprogramma van de cluster: recyclage");
  }

  @Test
  void theCommitteeExtendsWithALaterDeadlineOrStops() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    LocalDate deadline = LocalDate.of(2026, 11, 1);
    assertThat(DeadlineDecisions.decide("STOP", null, "Geen akkoord", deadline, today)).isEmpty();
    assertThat(DeadlineDecisions.decide("EXTEND", "2027-03-01", "Nog in onderhandeling", deadline, today))
        .isEqualTo(Optional.of(LocalDate.of(2027, 3, 1)));
    assertThatThrownBy(() -> DeadlineDecisions.decide("EXTEND", "2026-11-20", "m", deadline, today)).hasMessageStartingWith("extendedDeadline:");
    assertThatThrownBy(() -> DeadlineDecisions.decide("EXTEND", "2028-03-01", "m", deadline, today)).hasMessageContaining("hoogstens een jaar");
    assertThatThrownBy(() -> DeadlineDecisions.decide("MAYBE", null, "m", deadline, today)).hasMessageStartingWith("deadlineDecision:");
    assertThatThrownBy(() -> DeadlineDecisions.decide("STOP", null, null, deadline, today)).hasMessageStartingWith("deadlineDecisionMotivation:");
  }
}
