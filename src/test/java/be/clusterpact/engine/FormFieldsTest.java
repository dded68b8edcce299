package be.clusterpact.engine;

import be.clusterpact.kernel.InvalidInputException;
import static be.clusterpact.process.HermesAnnualMaximumProcess.*;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which variables a Camunda Form takes, read from the form JSON itself. */
class FormFieldsTest {

  @Test
  void theReadOnlyFieldsOfTheApprovalAssessmentAndMinisterFormsAreNotEditable() throws IOException {
    assertThat(fields("approve-annual-maximum.form")).containsEntry(BUDGET_YEAR, false)
        .containsEntry(MAXIMUM_DECISION, true).doesNotContainKey(PROPOSED_MAXIMUM_CENTS);
    assertThat(fields("assess-annual-report.form")).containsEntry(HermesTrancheReleaseProcess.TRANCHE_YEAR, false).containsEntry(HermesTrancheReleaseProcess.REPORT_DECISION, true);
    assertThat(fields("approve-as-minister.form")).containsEntry(ClusterpactProcess.CABINET_NAME, false).containsEntry(ClusterpactProcess.MINISTER_DECISION, true);
  }

  @Test
  void groupsPathsDottedKeysDisabledAndComputedFieldsAreReadAsForm_jsSubmitsThem() {
    FormFields form = FormFields.read(json("""
        {"components": [
          {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "street"}]},
          {"type": "textfield", "key": "contact.email"},
          {"type": "textfield", "key": "secret", "disabled": true},
          {"type": "expression", "key": "total", "expression": "=a + b"},
          {"type": "textfield", "key": "maybe", "readonly": "=locked"},
          {"type": "group", "readonly": true, "components": [{"type": "number", "key": "year"}]},
          {"type": "button", "key": "submit"},
          {"type": "text", "text": "Uitleg"}]}"""));
    assertThat(form.fields()).isEqualTo(Map.of("address", true, "contact", true, "total", false, "maybe", false,
        "year", false));
  }

  @Test
  void aReadOnlyFieldIsAcceptedOnlyWithTheValueShownAndIsThenDropped() {
    FormFields form = FormFields.read(json("""
        {"components": [{"type": "textfield", "key": "budgetYear", "readonly": true}, {"type": "radio", "key": "decision"}]}"""));
    Map<String, Object> shown = Map.of(BUDGET_YEAR, 2027);

    assertThat(form.check(Map.of(BUDGET_YEAR, "2027", "decision", "APPROVE"), shown::get)).containsExactly(BUDGET_YEAR);
    assertThat(form.check(Map.of("decision", "APPROVE"), shown::get)).isEmpty();
    assertThatThrownBy(() -> form.check(Map.of(BUDGET_YEAR, 2028), shown::get))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(BUDGET_YEAR));
    assertThatThrownBy(() -> form.check(Map.of(ClusterpactProcess.PACT_REJECTED, true), shown::get))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(ClusterpactProcess.PACT_REJECTED));
  }

  @Test
  void aRefusalNamesTheFieldByItsLabelInTheFormAndKeepsTheVariableAsField() throws IOException {
    FormFields minister = FormFields.read(Files.newInputStream(Path.of("forms", "approve-as-minister.form")));
    InvalidInputException labelled = minister.labelled(new InvalidInputException(ClusterpactProcess.MINISTER_MOTIVATION, "is verplicht"));
    assertThat(labelled).hasMessage("Motivering van de afkeuring: is verplicht");
    assertThat(labelled.field()).isEqualTo(ClusterpactProcess.MINISTER_MOTIVATION);
    assertThat(labelled.problem()).isEqualTo("is verplicht");

    InvalidInputException notInTheForm = new InvalidInputException("pactRejected", "dit veld hoort niet bij het formulier");
    assertThat(minister.labelled(notInTheForm)).isSameAs(notInTheForm);
    FormFields nested = FormFields.read(json("""
        {"components": [{"type": "group", "path": "address", "label": "Adres",
            "components": [{"type": "textfield", "key": "street", "label": "Straat"}]},
          {"type": "datetime", "key": "legacyDate", "dateLabel": "Datum"}]}"""));
    assertThat(nested.label("address")).as("a group's field is not the group").isEmpty();
    assertThat(nested.label("legacyDate")).contains("Datum");
  }

  @Test
  void aLabelThatNamesTheBudgetYearInTheBrowserIsReplacedByItsFixedFieldLabelInRefusals() throws IOException {
    FormFields draft = FormFields.read(Files.newInputStream(Path.of("forms", "draft-clusterpact.form")));
    assertThat(draft.label(ClusterpactProcess.EARMARK_YEAR2_EURO)).contains("Geoormerkte middelen Hermesfonds – tweede jaar (euro)");
    FormFields withoutFixedLabel = FormFields.read(json("""
        {"components": [{"type": "textfield", "key": "amount", "label": "=\\"Bedrag \\" + string(year)"}]}"""));
    assertThat(withoutFixedLabel.label("amount")).as("an expression is never shown as a label").isEmpty();
  }

  @Test
  void aStepWithoutAFormOrWithAnUnreadableOneTakesNothing() {
    assertThatThrownBy(() -> FormFields.none().check(Map.of("x", 1), name -> null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FormFields.read(json("<html/>"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormFields.read(json("{\"id\": \"no components\"}"))).isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, Boolean> fields(String form) throws IOException {
    return FormFields.read(Files.newInputStream(Path.of("forms", form))).fields();
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
