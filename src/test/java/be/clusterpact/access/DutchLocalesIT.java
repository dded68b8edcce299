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
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Dutch locales of Tasklist, Cockpit and Admin (README "Dutch screens") are served by the application and
 * translate every key of the English locale in the Camunda 7.24 webjar, with its placeholders and HTML tags;
 * their configuration offers Dutch first, English still served; every webapp hides the migration banner.
 */
@WebappsOnPostgresTest
class DutchLocalesIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> SAME_IN_DUTCH = List.of("Camunda", "Admin", "Cockpit", "Tasklist", "Type", "Filter",
      "Filters", "Operator", "Diagram", "weekend", "Label", "Criteria", "Dashboard", "Batch", "Deployment",
      "Optimize", "Resource", "Tenant", "Tenants", "Account", "Job",
      // Cockpit: product names and the technical words a Flemish process owner uses as they are.
      "Camunda Cockpit", "Batches", "batch", "Deployments", "Jobs", "{{count}} jobs", "Tenant: ID", "Status",
      "Element", "Scope", "Topic", "Payload", "Maximum:", "Minimum:");
  /** What a translation must keep: {{placeholders}}, {} and HTML tags (with their attributes). */
  static final Pattern MARK = Pattern.compile("\\{\\{[^}]*}}|\\{}|</?(?:a|b|i|em|strong|br|code|span|p|ul|li|pre)\\b[^>]*>");
  /** The "migrate to Camunda 8" banner's text is empty in Dutch: the banner is hidden (README "Dutch screens"). */
  static final String BANNER = "BANNER_CE_EOL_TEXT";

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
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
    // Camunda's copy of the locale in the browser is dropped before the translations load (fresh-locales.js).
    assertThat(config.body()).contains("import '../../clusterpact/scripts/fresh-locales.js';");
    HttpResponse<String> fresh = Http.get(port, "/camunda/app/clusterpact/scripts/fresh-locales.js", null);
    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(fresh.body()).contains("_locales_data_");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void keepsEveryPlaceholderAndHtmlTagOfTheEnglishText(String webapp) throws Exception {
    JsonNode dutch = JSON.readTree(Http.get(port, "/camunda/app/" + webapp + "/locales/nl.json", null).body()).get("labels");
    List<String> broken = new ArrayList<>();
    webjarEnglish(webapp).get("labels").fields().forEachRemaining(label -> {
      String nl = dutch.path(label.getKey()).asText();
      if (!label.getKey().equals(BANNER) && !marks(label.getValue().asText()).equals(marks(nl))) {
        broken.add(label.getKey() + ": " + label.getValue().asText() + " -> " + nl);
      }
    });
    assertThat(broken).isEmpty();
    assertThat(dutch.get(BANNER).asText()).isEmpty();
  }

  @Test
  void cockpitSaysProcessDefinitionsIncidentsAndDossierKeysInDutch() throws Exception {
    JsonNode labels = JSON.readTree(Http.get(port, "/camunda/app/cockpit/locales/nl.json", null).body()).get("labels");
    assertThat(labels.get("DASHBOARD_PROCESS_DEFINITIONS").asText()).isEqualTo("Procesdefinities");
    assertThat(labels.get("DASHBOARD_OPEN_INCIDENTS").asText()).isEqualTo("Open incidenten");
    assertThat(labels.get("PLGN_HIST_BUSINESS_KEY").asText()).isEqualTo("Dossiersleutel");
    assertThat(labels.get("PLGN_MIG_MIGRATE_ALL_INSTANCES").asText())
        .isEqualTo("Alle instanties in de filter migreren ({{instancesCount}})");
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

  private static List<String> marks(String text) {
    List<String> marks = new ArrayList<>();
    Matcher mark = MARK.matcher(text);
    while (mark.find()) {
      marks.add(mark.group().replaceAll("\\s", ""));
    }
    Collections.sort(marks);
    return marks;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
