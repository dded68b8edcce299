package be.clusterpact.kernel;

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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20: no form has a date picker any more (form-js 1.8.7 reads {@code 01/03/2026} month first in
 * a Dutch browser); every date is a text field labelled with its notation, whose pattern lets Tasklist
 * warn before submitting. The server ({@link Dates#date}) stays the authority, e.g. for 31/02/2026.
 */
class DateFormFieldsTest {

  static List<JsonNode> components() throws IOException {
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        new ObjectMapper().readTree(form.toFile()).path("components").forEach(all::add);
      }
    }
    return all;
  }

  static List<JsonNode> dateFields() throws IOException {
    return components().stream().filter(c -> c.path("label").asText().endsWith("(dd/mm/jjjj)")).toList();
  }

  static Pattern formPattern() throws IOException {
    List<String> patterns = dateFields().stream().map(f -> f.path("validate").path("pattern").asText()).distinct().toList();
    assertThat(patterns).as("one pattern for every date field").hasSize(1);
    return Pattern.compile(patterns.get(0));
  }

  @Test
  void everyDateIsATextFieldWithItsNotationAndNoFormHasADatePicker() throws IOException {
    assertThat(components()).noneMatch(c -> c.path("type").asText().equals("datetime"));
    assertThat(dateFields()).extracting(f -> f.path("key").asText()).contains("supportDecisionDate", "extendedDeadline",
        "signedOn", "applicationDeadline", "mandateEndDate", "newApplicationDeadline", "newMandateEndDate", "withdrawnOn",
        "outcomeNotifiedOn", "nationalNotificationSentOn", "nationalNotificationRemindedOn");
    for (JsonNode field : dateFields()) {
      String key = field.path("key").asText();
      assertThat(field.path("type").asText()).as(key).isEqualTo("textfield");
      assertThat(field.path("validate").path("maxLength").asInt()).as(key).isEqualTo(10);
      assertThat(field.path("description").asText()).as(key).contains("bv. 01/03/2026 voor 1 maart 2026");
    }
  }

  @ParameterizedTest(name = "the form accepts ''{0}''")
  @ValueSource(strings = {"01/03/2026", "1/3/2026", "01-03-2026", "2026-03-01", "31/02/2026"})
  void theFormAcceptsWhatLooksLikeADate(String typed) throws IOException {
    assertThat(formPattern().matcher(typed).find()).isTrue();
  }

  @ParameterizedTest(name = "the form warns about ''{0}''")
  @ValueSource(strings = {"1 maart 2026", "03/01/26", "01.03.2026", "2026/03/01", "morgen", "01/03/2026x"})
  void theFormWarnsAboutWhatIsNoDate(String typed) throws IOException {
    assertThat(formPattern().matcher(typed).find()).isFalse();
  }
}
