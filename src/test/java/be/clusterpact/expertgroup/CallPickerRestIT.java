package be.clusterpact.expertgroup;

import static be.clusterpact.process.EuExpertGroupApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.kernel.Dates;
import be.clusterpact.testing.WebappsOnPostgresTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.EuExpertGroup;
import be.clusterpact.testing.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application's start form over HTTP, as Tasklist (the webapps' engine API) and REST clients
 * (/engine-rest) get it: its call select lists exactly the open calls, title and deadline (none: an
 * empty list and a Dutch explanation); a submit with a closed or unknown call is refused with a 400
 * naming {@code callBusinessKey}.
 */
@WebappsOnPostgresTest
class CallPickerRestIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String FORM = "/process-definition/key/" + EuExpertGroup.APPLICATION_PROCESS + "/deployed-start-form";
  static final String SUBMIT = "/engine-rest/process-definition/key/" + EuExpertGroup.APPLICATION_PROCESS + "/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ExpertGroupCallRepository calls;

  @Test
  void theStartFormListsExactlyTheOpenCallsAndTheServerRefusesAnyOther() throws IOException {
    EuExpertGroup desk = new EuExpertGroup(engine);
    LocalDate deadline = LocalDate.now().plusMonths(2);
    String open = desk.callKey(desk.registerClusterExpertGroupCall("Oproep Südtirol – open", deadline));
    String closed = desk.callKey(desk.registerClusterExpertGroupCall("Oproep vroeg afgesloten", deadline.plusDays(3)));
    assertThat(calls.changeStatus(closed, ExpertGroupCall.Status.OPEN, ExpertGroupCall.Status.CLOSED)).isTrue();
    String demoCall = "EUCALL-CLUSTER-EXPERTENGROEP-2019"; // registered, deadline in 2019: past
    assertThat(calls.find(demoCall)).isPresent();

    List<Map<String, String>> expected = new ArrayList<>();
    for (ExpertGroupCall call : calls.openCalls(Dates.now())) {
      expected.add(Map.of("label", call.title() + " – deadline " + Dates.dutch(call.applicationDeadline()), "value", call.key()));
    }
    assertThat(expected).contains(Map.of("label", "Oproep Südtirol – open – deadline " + Dates.dutch(deadline), "value", open));
    assertThat(expected).extracting(option -> option.get("value")).doesNotContain(closed, demoCall);

    EngineRest rest = new EngineRest(port);
    HttpResponse<String> overRest = rest.get("/engine-rest" + FORM, "eu.demo");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(200);
    assertThat(overRest.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(options(overRest.body())).isEqualTo(expected);
    // Filled per request: no validator or lifetime that would let a browser reuse yesterday's list.
    assertThat(overRest.headers().firstValue("ETag")).isEmpty();
    assertThat(overRest.headers().firstValue("Last-Modified")).isEmpty();
    assertThat(overRest.headers().firstValue("Cache-Control").orElse("")).doesNotContain("max-age");

    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "eu.demo", "demo");
    HttpResponse<String> inTasklist = tasklist.engine("GET", FORM, null);
    assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(200);
    assertThat(options(inTasklist.body())).isEqualTo(expected);

    for (String refused : List.of(closed, demoCall, "EUCALL-BESTAAT-NIET-2019")) {
      HttpResponse<String> submit = rest.post(SUBMIT, "eu.demo", application(refused));
      assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
      assertThat(submit.body()).contains(CALL_BUSINESS_KEY).contains("kies een open oproep uit de lijst");
    }
    HttpResponse<String> accepted = rest.post(SUBMIT, "eu.demo", application(open));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    ProcessInstance application = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(JSON.readTree(accepted.body()).path("id").asText()).singleResult();
    assertThat(application.getBusinessKey()).isEqualTo(open);
    assertThat(engine.getRuntimeService().getVariable(application.getId(), CALL_TITLE)).isEqualTo("Oproep Südtirol – open");
  }

  @Test
  void withoutAnOpenCallTheFormSaysSoAndASubmitIsRefused() throws IOException {
    List<ExpertGroupCall> open = calls.openCalls(Dates.now());
    open.forEach(call -> calls.changeStatus(call.key(), ExpertGroupCall.Status.OPEN, ExpertGroupCall.Status.CLOSED));
    try {
      EngineRest rest = new EngineRest(port);
      JsonNode field = field(rest.get("/engine-rest" + FORM, "eu.demo").body());
      assertThat(field.path("values").size()).isZero();
      assertThat(field.path("description").asText()).startsWith("Er is op dit moment geen open oproep");
      HttpResponse<String> submit = rest.post(SUBMIT, "eu.demo", application(""));
      assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
      assertThat(submit.body()).contains(CALL_BUSINESS_KEY);
    } finally {
      open.forEach(call -> calls.changeStatus(call.key(), ExpertGroupCall.Status.CLOSED, ExpertGroupCall.Status.OPEN));
    }
  }

  private static List<Map<String, String>> options(String form) throws IOException {
    JsonNode field = field(form);
    assertThat(field.path("type").asText()).isEqualTo("select");
    List<Map<String, String>> options = new ArrayList<>();
    field.path("values").forEach(option -> options.add(
        Map.of("label", option.path("label").asText(), "value", option.path("value").asText())));
    return options;
  }

  private static JsonNode field(String form) throws IOException {
    for (JsonNode component : JSON.readTree(form).path("components")) {
      if (CALL_BUSINESS_KEY.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no callBusinessKey field in " + form);
  }

  private static String application(String callKey) throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    EuExpertGroup.publicBody(callKey, "Provincie Limburg", "REGIONAL", "BE")
        .forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return JSON.writeValueAsString(Map.of("variables", variables));
  }
}
