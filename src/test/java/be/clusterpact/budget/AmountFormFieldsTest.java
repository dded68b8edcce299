package be.clusterpact.budget;

import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Every amount field of the forms is a text field in Belgian notation whose validation pattern lets
 * Tasklist warn before submitting: it accepts everything the server reads and refuses typical garbage.
 * The server ({@link EuroAmounts}) stays the authority.
 */
class AmountFormFieldsTest {

  /** Form-js tests the pattern with JavaScript's RegExp; the constructs used mean the same in Java. */
  static Pattern formPattern() throws IOException {
    List<String> patterns = amountFields().stream().map(f -> f.path("validate").path("pattern").asText()).distinct().toList();
    assertThat(patterns).as("one pattern for every amount field").hasSize(1);
    return Pattern.compile(patterns.get(0));
  }

  static List<JsonNode> amountFields() throws IOException {
    List<JsonNode> fields = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        for (JsonNode component : new ObjectMapper().readTree(form.toFile()).path("components")) {
          if (component.path("key").asText().endsWith("Euro")) {
            fields.add(component);
          }
        }
      }
    }
    return fields;
  }

  @Test
  void everyAmountFieldIsATextFieldInBelgianNotation() throws IOException {
    List<JsonNode> fields = amountFields();
    assertThat(fields).extracting(f -> f.path("key").asText()).containsExactlyInAnyOrder(FIT_BUDGET_EURO, WSE_BUDGET_EURO,
        EARMARK_YEAR1_EURO, EARMARK_YEAR2_EURO, EARMARK_YEAR3_EURO, PROJECT_MEANS_EURO, AGENCY_PROJECT_MEANS_EURO,
        HermesAnnualMaximumProcess.MAXIMUM_EURO, HermesAnnualMaximumProcess.MAXIMUM_EURO);
    for (JsonNode field : fields) {
      String key = field.path("key").asText();
      assertThat(field.path("type").asText()).as(key).isEqualTo("textfield");
      assertThat(field.path("validate").path("maxLength").asInt()).as(key).isEqualTo(BelgianAmountNotation.MAXIMUM_LENGTH);
      assertThat(field.path("description").asText()).as(key).containsPattern("bv\\. (150|15\\.000)\\.000 of (150|15\\.000)\\.000,50")
          .doesNotContain("zonder punten");
      assertThat(field.path("validate").path("pattern").asText()).as(key).startsWith("^").endsWith("$");
    }
  }

  @ParameterizedTest(name = "the form accepts ''{0}''")
  @EuroAmountsTest.Accepted
  void theFormAcceptsEverythingTheServerReads(String typed, long cents) throws IOException {
    assertThat(formPattern().matcher(typed).find()).isTrue();
  }

  @Test
  void theFormWarnsAboutTypicalGarbage() throws IOException {
    Pattern pattern = formPattern();
    for (String typed : List.of("1.50.000", "150.0000", "0.500", "150,000.50", "1,500,000", "150,000", "150,0001",
        "1.000.50", "1e5", "1e10000000", "-150", "+150", "1.000.000.000.000", "1234567890123", "veel", "150 duizend",
        "€", ",50", "150,", "0x10", "150_000", "NaN")) {
      assertThat(pattern.matcher(typed).find()).as(typed).isFalse();
    }
  }
}
