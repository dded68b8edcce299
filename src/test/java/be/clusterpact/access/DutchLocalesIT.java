package be.clusterpact.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.Http;
import be.clusterpact.testing.WebappsOnPostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Dutch locales of Tasklist and Admin (README "Dutch screens") are served by the application and
 * translate every key of the English locale in the Camunda 7.24 webjar; their configuration offers Dutch
 * first, English still served; every webapp hides the migration banner.
 */
@WebappsOnPostgresTest
class DutchLocalesIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> SAME_IN_DUTCH = List.of("Camunda", "Admin", "Cockpit", "Tasklist", "Type", "Filter",
      "Filters", "Operator", "Diagram", "weekend", "Label", "Criteria", "Dashboard", "Batch", "Deployment",
      "Optimize", "Resource", "Tenant", "Tenants", "Account", "Job");

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin"})
  void servesADutchLocaleWithEveryKeyOfTheWebjarsEnglishOne(String webapp) throws Exception {
    HttpResponse<String> response = Http.get(port, "/camunda/app/" + webapp + "/locales/nl.json", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode dutch = JSON.readTree(response.body());
    JsonNode english = webjarEnglish(webapp);

    assertThat(keys(dutch.get("labels"))).containsExactlyInAnyOrderElementsOf(keys(english.get("labels")));
    assertThat(keys(dutch.get("dateLocales"))).containsExactlyInAnyOrderElementsOf(keys(english.get("dateLocales")));
    assertThat(dutch.at("/dateLocales/months/2").asText()).isEqualTo("maart");
    assertThat(dutch.at("/dateLocales/week/dow").asInt()).as("weeks start on Monday").isEqualTo(1);
    // Every English text has a Dutch one: no label left in English (words that are the same in Dutch aside).
    List<String> untranslated = new ArrayList<>();
    english.get("labels").fields().forEachRemaining(label -> {
      String en = label.getValue().asText();
      if (en.matches(".*[a-z]{3,}.*") && en.equals(dutch.get("labels").get(label.getKey()).asText())
          && !SAME_IN_DUTCH.contains(en)) {
        untranslated.add(label.getKey());
      }
    });
    assertThat(untranslated).isEmpty();

    HttpResponse<String> config = Http.get(port, "/camunda/app/" + webapp + "/scripts/config.js", null);
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body().replaceAll("\\s", "").replace('\'', '"'))
        .contains("\"locales\":{\"availableLocales\":[\"nl\",\"en\"],\"fallbackLocale\":\"nl\"}");
    assertThat(Http.get(port, "/camunda/app/" + webapp + "/locales/en.json", null).statusCode()).isEqualTo(200);
  }

  @Test
  void tasklistSaysClaimSaveAndCompleteInDutch() throws Exception {
    JsonNode labels = JSON.readTree(Http.get(port, "/camunda/app/tasklist/locales/nl.json", null).body()).get("labels");
    assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("Claimen");
    assertThat(labels.get("COMPLETE").asText()).isEqualTo("Voltooien");
    assertThat(labels.get("SAVE").asText()).isEqualTo("Opslaan");
    assertThat(labels.get("COMPLETE_ERROR").asText()).startsWith("Uw antwoord kon niet worden verstuurd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void hidesTheMigrationBanner(String webapp) throws Exception {
    HttpResponse<String> styles = Http.get(port, "/camunda/app/" + webapp + "/styles/user-styles.css", null);
    assertThat(styles.statusCode()).isEqualTo(200);
    assertThat(styles.body()).contains("[cam-widget-header] .ce-eol-banner {\n  display: none !important;");
  }

  private static JsonNode webjarEnglish(String webapp) throws IOException {
    String path = "META-INF/resources/webjars/camunda/app/" + webapp + "/locales/en.json";
    try (InputStream in = DutchLocalesIT.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the classpath (camunda-webapp-webjar)").isNotNull();
      return JSON.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
