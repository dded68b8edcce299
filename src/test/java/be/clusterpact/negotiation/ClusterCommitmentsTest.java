package be.clusterpact.negotiation;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cluster organisation's side of the pact, one partner per line, as a cluster manager types it. */
class ClusterCommitmentsTest {

  static final String TWO_PARTNERS = """
      Chemco nv; onderneming; BE 0403.170.701; twee pilootinstallaties; 150.000; cash

      KU Leuven; Kennisinstelling; ; drie doctoraten; 240.000,50; in natura
      """;

  @Test
  void companiesAndKnowledgeInstitutionsWithTheirValue() {
    ClusterCommitments.Commitments commitments = ClusterCommitments.parse("Programma 2027-2031", TWO_PARTNERS);
    assertThat(commitments.partners()).extracting(ClusterCommitments.Partner::name).containsExactly("Chemco nv", "KU Leuven");
    assertThat(commitments.partners().get(0).enterpriseNumber()).isEqualTo("0403.170.701");
    assertThat(commitments.partners().get(1).enterpriseNumber()).isNull();
    assertThat(commitments.totalCents(ClusterCommitments.Contribution.CASH)).isEqualTo(15_000_000L);
    assertThat(commitments.totalCents(ClusterCommitments.Contribution.IN_NATURA)).isEqualTo(24_000_050L);
    assertThat(commitments.toVariable()).containsEntry("cashCents", 15_000_000L).containsEntry("inKindCents", 24_000_050L);
    assertThat(commitments.summary()).contains("Competitiviteitsprogramma van de cluster: Programma 2027-2031")
        .contains("Chemco nv (onderneming, 0403.170.701): twee pilootinstallaties – € 150.000,00 cash")
        .contains("KU Leuven (kennisinstelling): drie doctoraten – € 240.000,50 in natura");
  }

  @Test
  void bothSidesOfTheClusterCommit() {
    assertThatThrownBy(() -> ClusterCommitments.parse("Programma", "Chemco nv; onderneming; ; piloot; 1000; cash"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("clusterPartnerCommitments:")
        .hasMessageContaining("zowel ondernemingen als kennisinstellingen");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Chemco nv; onderneming; ; piloot; 1000                          | verwacht 6 delen
      Chemco nv; vzw; ; piloot; 1000; cash                            | regel 1, soort
      Chemco nv; onderneming; 0403.170.702; piloot; 1000; cash        | controlegetal
      Chemco nv; onderneming; 12345; piloot; 1000; cash               | heeft niet de vorm
      Chemco nv; onderneming; ; piloot; duizend; cash                 | regel 1, waarde
      Chemco nv; onderneming; ; piloot; -5; cash                      | regel 1, waarde
      Chemco nv; onderneming; ; piloot; 1000; gratis                  | 'cash' of 'in natura'
      ; onderneming; ; piloot; 1000; cash                             | naam
      Chemco <b>nv</b>; onderneming; ; piloot; 1000; cash             | HTML
      """)
  void aWrongLineIsRefusedNamingTheFieldAndTheLine(String line, String message) {
    assertThatThrownBy(() -> ClusterCommitments.parse("Programma", line + "\nKU Leuven; kennisinstelling; ; x; 1; cash"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(CLUSTER_PARTNER_COMMITMENTS)
        .hasMessageContaining(message);
  }

  @Test
  void theProgrammeAndThePartnersAreRequired() {
    assertThatThrownBy(() -> ClusterCommitments.parse(" ", TWO_PARTNERS)).hasMessageStartingWith("clusterCompetitivenessProgramme:");
    assertThatThrownBy(() -> ClusterCommitments.parse("Programma", null)).hasMessageStartingWith("clusterPartnerCommitments:");
  }
}
