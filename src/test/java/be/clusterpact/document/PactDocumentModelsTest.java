package be.clusterpact.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.clusterpact.document.PactDocumentModel.EarmarkYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PactDocumentModelsTest {

  private final PactDocumentModel pact = PactDocumentModels.approved(SamplePacts.flux50());

  @Test
  void partiesAreTheClusterOrganisationTheMinistersAndTheAgencies() {
    assertThat(pact.businessKey()).isEqualTo("CP-FLUX50-2026");
    assertThat(pact.clusterName()).isEqualTo("Flux50");
    assertThat(pact.clusterOrganisation()).isEqualTo("Flux50 vzw");
    assertThat(pact.clusterContact()).isEqualTo("Els Janssens (els@flux50.example)");
    assertThat(pact.supportDecisionDate()).isEqualTo("1 maart 2026");
    assertThat(pact.agencies()).containsExactly("FIT – Flanders Investment & Trade", "Departement Werk en Sociale Economie",
        "VEKA – Vlaams Energie- en Klimaatagentschap");
    assertThat(pact.cabinets()).hasSize(2).allSatisfy(cabinet -> assertThat(cabinet).startsWith("Kabinet"));
  }

  @Test
  void industry40AndCircularEconomyComeFirst() {
    assertThat(pact.themes()).containsExactly("Industrie 4.0 (transitietraject Visie 2050)",
        "Circulaire economie (transitietraject Visie 2050)", "Slimme netten");
  }

  @Test
  void agreementsWithFitWseTheAgenciesAndTheResearchGroups() {
    assertThat(pact.fitAgreements()).isEqualTo("Gezamenlijke handelsmissies naar Duitsland.");
    assertThat(pact.wseAgreements()).isEqualTo("Opleidingen voor installateurs.");
    assertThat(pact.agencyAgreements()).singleElement().satisfies(veka -> {
      assertThat(veka.agency()).isEqualTo("VEKA – Vlaams Energie- en Klimaatagentschap");
      assertThat(veka.policyDomain()).startsWith("OMG");
      assertThat(veka.projectMeans()).isEqualTo("€ 500.000,00");
      assertThat(veka.nonFinancialKinds()).isEqualTo("vergunningen");
      assertThat(veka.nonFinancialCommitments()).isEqualTo("Snellere vergunning voor proefprojecten.");
    });
    assertThat(pact.researchGroups()).isEqualTo("EnergyVille\nKU Leuven ELECTA");
    assertThat(pact.researchAgenda()).isEqualTo("Opname van netflexibiliteit in de onderzoeksagenda.");
    assertThat(pact.industry40Contribution()).isEqualTo("Digitale tweeling van het net.");
    assertThat(pact.circularEconomyContribution()).isEqualTo("Hergebruik van batterijen.");
  }

  @Test
  void partnersCommitmentsInBelgianNotation() {
    assertThat(pact.competitivenessProgramme()).isEqualTo("Energie-innovatie in 40 bedrijven.");
    assertThat(pact.partners()).extracting(PactDocumentModel.Partner::name, PactDocumentModel.Partner::kind,
            PactDocumentModel.Partner::enterpriseNumber, PactDocumentModel.Partner::value, PactDocumentModel.Partner::contribution)
        .containsExactly(tuple("Energo NV", "Onderneming", "0123.456.749", "€ 150.000,00", "cash"),
            tuple("UGent Labo Energie", "Kennisinstelling", "", "€ 50.000,50", "in natura"));
    assertThat(pact.partnersCash()).isEqualTo("€ 150.000,00");
    assertThat(pact.partnersInKind()).isEqualTo("€ 50.000,50");
  }

  @Test
  void governmentCommitmentsAndTheConditionalEarmarkPerYear() {
    assertThat(pact.projectMeans()).isEqualTo("€ 500.000,00");
    assertThat(pact.nonFinancialCommitments()).isEqualTo("VEKA: snellere vergunning voor proefprojecten.");
    assertThat(pact.earmarkYears()).extracting(EarmarkYear::year, EarmarkYear::amount, EarmarkYear::conditional, EarmarkYear::status)
        .containsExactly(tuple(2027, "€ 150.000,00", false, PactDocumentModels.YEAR_WITH_MAXIMUM),
            tuple(2028, "€ 400.000,00", false, PactDocumentModels.YEAR_WITH_MAXIMUM),
            tuple(2029, "€ 300.000,00", true, "Voorwaardelijk: in afwachting van het jaarlijkse maximum"));
    assertThat(pact.earmarkTotal()).isEqualTo("€ 850.000,00");
    assertThat(pact.earmarkCondition()).startsWith("Jaarlijkse vrijgave na beoordeling van het jaarverslag");
  }

  @Test
  void aYearWithoutEarmarkedMeansSaysSo() {
    Map<String, Object> pact = new java.util.HashMap<>(SamplePacts.flux50());
    pact.put("earmarkedMeans", List.of(Map.of("year", 2027, "amountCents", 30_000_000), Map.of("year", 2028, "amountCents", 0)));
    pact.put("conditionalEarmarkYears", List.of());
    assertThat(PactDocumentModels.approved(pact).earmarkYears()).extracting(EarmarkYear::amount, EarmarkYear::status)
        .containsExactly(tuple("€ 300.000,00", "Binnen het jaarlijkse maximum"),
            tuple("€ 0,00", "Geen geoormerkte middelen in dit jaar"));
  }

  @Test
  void ministersDecisionsWithTheirDateInBrussels() {
    assertThat(pact.ministerDecisions()).extracting(PactDocumentModel.MinisterDecision::decision,
            PactDocumentModel.MinisterDecision::decidedOn, PactDocumentModel.MinisterDecision::decidedBy)
        .containsExactly(tuple("Goedgekeurd", "20 november 2026", "economie.demo"),
            // 23:30 UTC is already the next day in Brussels.
            tuple("Goedgekeurd", "22 november 2026", "begroting.demo"));
    assertThat(pact.signature()).isNull();
  }

  @Test
  void theSignedVersionAddsWhoSignedAndWhen() {
    PactDocumentModel signed = PactDocumentModels.signed(pact, LocalDate.of(2026, 12, 3),
        "An Peeters, algemeen directeur Flux50\n\n  Jan Claes, administrateur-generaal VLAIO  ", "cluster.demo",
        Instant.parse("2026-12-03T14:05:09Z"));
    assertThat(signed.signature().signedOn()).isEqualTo("3 december 2026");
    assertThat(signed.signature().signatories())
        .containsExactly("An Peeters, algemeen directeur Flux50", "Jan Claes, administrateur-generaal VLAIO");
    assertThat(signed.signature().recordedBy()).isEqualTo("cluster.demo");
    assertThat(signed.signature().recordedAt()).isEqualTo("3 december 2026 om 15:05");
    assertThat(signed.signed(null)).isEqualTo(pact);
  }

  @Test
  void aPartThePactDoesNotHoldStaysEmpty() {
    PactDocumentModel empty = PactDocumentModels.approved(Map.of("businessKey", "CP-X-2026"));
    assertThat(empty.clusterName()).isEmpty();
    assertThat(empty.themes()).isEmpty();
    assertThat(empty.partners()).isEmpty();
    assertThat(empty.earmarkYears()).isEqualTo(List.of());
    assertThat(empty.projectMeans()).isEmpty();
  }
}
