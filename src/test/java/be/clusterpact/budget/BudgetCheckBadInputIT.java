package be.clusterpact.budget;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad draft input, in the engine: each case is refused when "Clusterpact opstellen" is completed, with a
 * message naming the field — the task stays open, nothing is stored, no budget job is created (so none can
 * fail). The budget-check delegate's own BPMN error is the scenario test's administrator case.
 */
@PostgresEngineTest
class BudgetCheckBadInputIT {

  @Autowired ProcessEngine engine;

  static Stream<Arguments> badDrafts() {
    return Stream.of(
        Arguments.of("missing first year", FIRST_EARMARK_YEAR, null, 100_000, 100_000, 100_000, FIRST_EARMARK_YEAR),
        Arguments.of("year as text", FIRST_EARMARK_YEAR, "volgend jaar", 100_000, 100_000, 100_000, "verwacht een jaartal"),
        Arguments.of("missing amount", EARMARK_YEAR3_EURO, 2030, 100_000, 100_000, null, "earmarkYear3Euro: bedrag is verplicht"),
        Arguments.of("negative amount", EARMARK_YEAR1_EURO, 2030, -1, 100_000, 100_000, "earmarkYear1Euro: bedrag mag niet negatief zijn"),
        Arguments.of("wrong type", EARMARK_YEAR2_EURO, 2030, 100_000, true, 100_000, EARMARK_YEAR2_EURO),
        Arguments.of("not a number", EARMARK_YEAR2_EURO, 2030, 100_000, "veel", 100_000, "verwacht een bedrag"),
        Arguments.of("fractional cents", EARMARK_YEAR1_EURO, 2030, "10,005", 0, 0, "twee decimalen"),
        Arguments.of("exponent", EARMARK_YEAR1_EURO, 2030, "1e2147483647", 0, 0, "exponent"),
        Arguments.of("English notation", EARMARK_YEAR3_EURO, 2030, 0, 0, "150,000.50", "punt na de komma"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDrafts")
  void badDraftIsRefusedAtTheFormStepNamingTheField(String label, String field, Object firstYear, Object year1, Object year2,
      Object year3, String expectedMessage) {
    AbstractAssertions.init(engine);
    Pacts pacts = new Pacts(engine);
    ProcessInstance pact = pacts.start("Bad input " + label, LocalDate.now().minusMonths(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);

    Map<String, Object> draft = new HashMap<>();
    draft.put(FIRST_EARMARK_YEAR, firstYear);
    draft.put(EARMARK_YEAR1_EURO, year1);
    draft.put(EARMARK_YEAR2_EURO, year2);
    draft.put(EARMARK_YEAR3_EURO, year3);
    draft.put(PROJECT_MEANS_EURO, "0");
    String task = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).singleResult().getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(task, draft))
        .hasMessageContaining(field).hasMessageContaining(expectedMessage);
    pacts.runAsyncJobs(pact);

    // The draft stays open with what was there before; no budget job was created, so none can fail.
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).singleResult().getId())
        .isEqualTo(task);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), EARMARK_YEAR1_EURO)).isNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pact.getId()).withException().count()).isZero();
  }
}
