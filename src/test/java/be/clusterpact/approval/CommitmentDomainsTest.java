package be.clusterpact.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.budget.EarmarkRules;
import be.clusterpact.negotiation.AgencyAgreements;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which policy domains carry a commitment in the pact, and why, before the table names their ministers. */
class CommitmentDomainsTest {

  static final Map<String, String> DOMAINS = Map.of("FIT", "IV", "WSE", "WSE", "MOW", "MOW", "OVAM", "OMG", "VDAB", "WSE");

  @Test
  void aSingleYearEarmarkWithoutOtherCommitmentsIsEconomyAlone() {
    var domains = CommitmentDomains.of(pact(List.of(), false, 0, 0, List.of(), 400_000, 0, 0));
    assertThat(domains).containsOnlyKeys("EWI");
    assertThat(domains.get("EWI")).singleElement().asString()
        .contains("Hermesfonds").contains("€ 400.000,00").contains("totaal € 400.000,00");
  }

  @Test
  void projectMeansOfMowBringInMobilityAndAMultiYearEarmarkBudget() {
    var domains = CommitmentDomains.of(pact(List.of(
            AgencyAgreements.agreement("MOW", "Proefvaart", 300_000, List.of(), null, "MOW"),
            AgencyAgreements.agreement("OVAM", "Overleg", 0, List.of(), null, "OMG")),
        false, 0, 0, List.of(), 100_000, 100_000, 0));
    assertThat(domains).containsOnlyKeys("EWI", "MOW", "FB");
    assertThat(domains.get("MOW")).containsExactly("MOW: projectmiddelen € 300.000,00");
    assertThat(domains.get("FB")).singleElement().asString().contains("2 begrotingsjaren");
  }

  @Test
  void nonFinancialCommitmentsFitWseAndTickedDomainsEachCount() {
    var domains = CommitmentDomains.of(pact(List.of(
            AgencyAgreements.agreement("OVAM", "Normen", 0, List.of("NORMERING"), "Normen voor gerecycleerd plastic", "OMG")),
        true, 0, 80_000, List.of("ONW", "EWI"), 100_000, 0, 0));
    assertThat(domains).containsOnlyKeys("EWI", "WSE", "OMG", "ONW", "IV");
    assertThat(domains.get("OMG")).containsExactly("OVAM: niet-financiële engagementen (NORMERING): Normen voor gerecycleerd plastic");
    assertThat(domains.get("WSE")).containsExactly("WSE: budget voor opleiding en competentieontwikkeling € 80.000,00");
    assertThat(domains.get("IV")).containsExactly("FIT: engagementen voor internationalisering");
    assertThat(domains.get("ONW")).containsExactly("In het ontwerp-clusterpact aangeduid als betrokken beleidsdomein");
    assertThat(domains.get("EWI")).hasSize(1);
  }

  @Test
  void anUnknownTickedDomainIsRefusedNamingTheField() {
    assertThatThrownBy(() -> CommitmentDomains.ticked(List.of("NASA"))).hasMessageStartingWith("policyDomains:");
  }

  @Test
  void eachCabinetCollectsTheReasonsOfItsDomains() {
    Map<String, List<String>> domainCommitments = Map.of("OMG", List.of("OVAM: projectmiddelen € 1,00"),
        "EWI", List.of("Hermes"));
    var round = ApprovalRound.withCabinet(List.of(), Map.of(), "EWI", "economy", domainCommitments);
    round = ApprovalRound.withCabinet(round.cabinets(), round.reasons(), "OMG", "environment", domainCommitments);
    assertThat(round.cabinets()).containsExactly("economy", "environment");
    assertThat(ApprovalRound.reason(round.reasons(), "environment"))
        .isEqualTo("Beleidsdomein OMG – Omgeving:\n- OVAM: projectmiddelen € 1,00");
    var unknown = round;
    assertThatThrownBy(() -> ApprovalRound.withCabinet(unknown.cabinets(), unknown.reasons(), "LV", null, domainCommitments))
        .hasMessageContaining("bpmn/approving-ministers.dmn");
  }

  private static CommitmentDomains.Pact pact(List<Map<String, Object>> agreements, boolean fit, long fitBudget,
      long wseBudget, List<String> ticked, long year1, long year2, long year3) {
    return new CommitmentDomains.Pact(DOMAINS, agreements, fit, fitBudget * 100, wseBudget * 100, ticked,
        EarmarkRules.plan(2027, List.of(year1, year2, year3)));
  }
}
