package be.clusterpact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The hardening of the postgres profile: webapp headers and cookies, CSRF, passwords, model uploads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "test"})
class WebSecurityIT {

  static final String ADMIN = "admin:it-Beheer-Geheim-42";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void webappsSendSecurityHeadersAndAnonymousCallersMeetTheLogin() throws Exception {
    HttpResponse<String> tasklist = Http.get(port, "/camunda/app/tasklist/default/", null);
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src"));
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(Http.get(port, "/", null).headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).contains("/camunda/app/"));
    assertThat(Http.get(port, "/camunda/api/engine/engine/default/process-definition", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aLoginWithoutCsrfTokenIsRefusedAndTheSessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
    String login = "/camunda/api/admin/auth/user/default/login/tasklist";
    HttpResponse<String> withoutToken = Http.send(Http.request(port, login, null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=it-Beheer-Geheim-42")));
    assertThat(withoutToken.statusCode()).isEqualTo(403);

    HttpResponse<String> page = Http.get(port, "/camunda/app/tasklist/default/", null);
    List<String> cookies = page.headers().allValues("Set-Cookie");
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");
    assertThat(xsrf).contains("Secure").containsIgnoringCase("SameSite=Lax");

    String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
    HttpResponse<String> withToken = Http.send(Http.request(port, login, null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .header("Cookie", session.substring(0, session.indexOf(';')) + "; " + xsrf.substring(0, xsrf.indexOf(';')))
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=it-Beheer-Geheim-42")));
    assertThat(withToken.statusCode()).isEqualTo(200);
  }

  @Test
  void hstsIsSentOnHttpsThroughATlsProxy() throws Exception {
    HttpResponse<String> viaProxy = Http.send(Http.request(port, "/camunda/app/tasklist/default/", null)
        .header("X-Forwarded-Proto", "https").GET());
    assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
  }

  @Test
  void weakPasswordsAreRefused() throws Exception {
    User user = identity.newUser("weak.password");
    user.setFirstName("Weak");
    user.setLastName("Password");
    user.setPassword("demo");
    assertThatThrownBy(() -> identity.saveUser(user)).hasMessageContaining("does not match policy");
    HttpResponse<String> rest = Http.send(Http.request(port, "/engine-rest/user/create", ADMIN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"profile\":{\"id\":\"weak.rest\",\"firstName\":\"W\",\"lastName\":\"R\"},\"credentials\":{\"password\":\"12345\"}}")));
    assertThat(rest.statusCode()).isEqualTo(400);
    assertThat(identity.createUserQuery().userId("weak.rest").count()).isZero();
  }

  @Test
  void javaSerializedVariablesAreRefused() throws Exception {
    HttpResponse<String> response = Http.send(Http.request(port,
            "/engine-rest/process-definition/key/Process_Clusterpact/start", ADMIN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
            {"variables": {"longTermStrategy": {"value": "rO0ABXQABGRlbW8=", "type": "Object",
              "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}}}""")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"longTermStrategy\"").contains("Java-geserialiseerde");
  }

  @Test
  void modelUploadsWithScriptsExternalEntitiesOrBrokenXmlAreRefused() throws Exception {
    HttpResponse<String> script = deploy("script.bpmn", model("""
        <bpmn:scriptTask id="Task_Script" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"""));
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("Task_Script: scripts zijn niet toegelaten");

    HttpResponse<String> listener = deploy("listener.bpmn", model("""
        <bpmn:userTask id="Task_WithScriptListener"><bpmn:extensionElements><camunda:taskListener event="create">
        <camunda:script scriptFormat="groovy">println 'x'</camunda:script></camunda:taskListener></bpmn:extensionElements></bpmn:userTask>"""));
    assertThat(listener.statusCode()).isEqualTo(400);
    assertThat(listener.body()).contains("Task_WithScriptListener (camunda:script): scripts zijn niet toegelaten");

    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + model("<bpmn:userTask id=\"Task_X\" name=\"&x;\" />").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
    HttpResponse<String> external = deploy("xxe.bpmn", xxe);
    assertThat(external.statusCode()).isEqualTo(400);
    assertThat(external.body()).doesNotContain("root:");

    assertThat(deploy("broken.bpmn", "<bpmn:definitions><unclosed>").statusCode()).isEqualTo(400);
  }

  private static String model(String task) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
          <bpmn:process id="Process_Upload" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Start" /> %s
          </bpmn:process>
        </bpmn:definitions>""".formatted(task).strip();
  }

  private HttpResponse<String> deploy(String file, String model) throws Exception {
    String boundary = "----upload" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nupload-check\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
    return Http.send(Http.request(port, "/engine-rest/deployment/create", ADMIN)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
