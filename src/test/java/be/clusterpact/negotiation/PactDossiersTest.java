package be.clusterpact.negotiation;

import be.clusterpact.kernel.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;

class PactDossiersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  PactDossiers.StartData data(Object name, Object email, Object decision) {
    return new PactDossiers.StartData(name, "Flanders' FOOD vzw", "Jan Claes", email, decision, "Voedingsinnovatie 2030");
  }

  @Test
  void businessKeyAndDeadlinesComeFromTheDecisionDate() {
    PactDossiers.Dossier dossier = PactDossiers.open(data("Flanders' FOOD", "jan@flandersfood.com", "2026-03-31"), TODAY);
    assertThat(dossier.businessKey()).isEqualTo("CP-FLANDERS-FOOD-2026");
    assertThat(dossier.reminderDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(dossier.firstYearDeadline()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(dossier.firstYearDeadlineInstant()).isEqualTo(Date.from(
        LocalDate.of(2027, 3, 31).atStartOfDay(Dates.BRUSSELS).toInstant()));
    assertThat(PactDossiers.businessKey("Énergie Ville", LocalDate.of(2025, 1, 1))).isEqualTo("CP-ENERGIE-VILLE-2025");
  }

  @Test
  void acceptsFormDatesIsoDateTimesAndDates() {
    assertThat(PactDossiers.open(data("SIM", "a@b.be", "01/03/2026"), TODAY).supportDecisionDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(PactDossiers.date("d", "2026-01-15T00:00:00.000+0100")).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(PactDossiers.date("d", PactDossiers.startOfDay(LocalDate.of(2026, 1, 15)))).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void refusesMissingMalformedAndImpossibleInput() {
    assertThatThrownBy(() -> PactDossiers.open(data(" ", "a@b.be", "2026-01-01"), TODAY)).hasMessage("clusterName: is verplicht");
    assertThatThrownBy(() -> PactDossiers.open(data("SIM", "geen-mail", "2026-01-01"), TODAY)).hasMessageStartingWith("clusterContactEmail:");
    assertThatThrownBy(() -> PactDossiers.open(data("SIM", "a@b.be", "31/02/2026"), TODAY)).hasMessageStartingWith("supportDecisionDate:");
    assertThatThrownBy(() -> PactDossiers.open(data("SIM", "a@b.be", "01/31/2026"), TODAY)).as("never month first")
        .hasMessageStartingWith("supportDecisionDate:");
    assertThatThrownBy(() -> PactDossiers.open(data("SIM", "a@b.be", "2027-01-01"), TODAY)).hasMessageContaining("toekomst");
    assertThatThrownBy(() -> PactDossiers.open(data("SIM", "a@b.be", "2010-01-01"), TODAY)).hasMessageContaining("2016");
    assertThatThrownBy(() -> PactDossiers.open(data(42, "a@b.be", "2026-01-01"), TODAY)).hasMessage("clusterName: verwacht tekst");
    assertThatThrownBy(() -> PactDossiers.open(data("!!!", "a@b.be", "2026-01-01"), TODAY)).hasMessageContaining("letters of cijfers");
  }
}
