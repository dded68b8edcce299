package be.clusterpact.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "01/03/2026               | 2026-03-01",
      "1/3/2026                 | 2026-03-01",
      "01-03-2026               | 2026-03-01",
      " 15/03/2026              | 2026-03-15",
      "31/12/2026               | 2026-12-31",
      "29/02/2028               | 2028-02-29",
      "2026-03-01               | 2026-03-01",
      "2026-03-01T00:00:00+0100 | 2026-03-01",
  })
  void readsDayFirstAndIso(String typed, LocalDate meant) {
    assertThat(Dates.date("supportDecisionDate", typed)).isEqualTo(meant);
  }

  @ParameterizedTest(name = "{0} is not a date that exists")
  @ValueSource(strings = {"31/02/2026", "15/13/2026", "29/02/2027", "00/03/2026", "2026-02-30", "2026-13-01"})
  void refusesImpossibleDates(String typed) {
    assertThatThrownBy(() -> Dates.date("supportDecisionDate", typed))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("supportDecisionDate: '" + typed + "' is geen bestaande datum (dd/mm/jjjj)")
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("supportDecisionDate");
  }

  @ParameterizedTest(name = "{0} is not read as a date")
  @ValueSource(strings = {"03/01/26", "1 maart 2026", "01.03.2026", "01/03-2026", "2026/03/01", "morgen", "2026-3-1"})
  void refusesOtherNotations(String typed) {
    assertThatThrownBy(() -> Dates.date("signedOn", typed))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("signedOn: verwacht een datum als dd/mm/jjjj (bv. 01/03/2026), kreeg '" + typed + "'");
  }

  @Test
  void aMissingDateIsRequired() {
    assertThatThrownBy(() -> Dates.date("signedOn", " ")).hasMessage("signedOn: datum is verplicht");
    assertThatThrownBy(() -> Dates.date("signedOn", null)).hasMessage("signedOn: datum is verplicht");
  }

  @Test
  void neverReadsMonthFirst() {
    assertThat(Dates.date("supportDecisionDate", "01/03/2026")).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThatThrownBy(() -> Dates.date("supportDecisionDate", "03/15/2026")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void showsADateAsItIsTyped() {
    assertThat(Dates.typed(LocalDate.of(2026, 3, 1))).isEqualTo("01/03/2026");
  }
}
