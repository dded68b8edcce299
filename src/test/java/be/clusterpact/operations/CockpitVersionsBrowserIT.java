package be.clusterpact.operations;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.WebappsOnPostgresTest;
import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.Pacts;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The process owner after a deployment, in a real (headless) Chromium: pacts run on two versions of the
 * clusterpact; Cockpit's dashboard and the process's tab "Versies van lopende instanties" show each pact
 * with its version, version tag, whether that is the latest, where it waits, a link to the instance, and
 * the number of running instances per version. Screenshots in {@code target/}.
 */
@WebappsOnPostgresTest
class CockpitVersionsBrowserIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final String TAG = "2026.2";
  static final String NEW_SELECTION = "Thema's en agentschappen kiezen (nieuwe versie)";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;
  WebDriverWait wait;
  Deployment versionTwo;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled("Cockpit browser test");
  }

  @BeforeEach
  void openBrowser() {
    AbstractAssertions.init(engine);
    browser = HeadlessChromium.open(1400, 2400);
    wait = new WebDriverWait(browser, PATIENCE);
  }

  /** The unchanged models become the latest version again, so pacts started later run the real model. */
  @AfterEach
  void closeBrowserAndRestoreTheModels() throws IOException {
    if (browser != null) {
      HeadlessChromium.screenshot((TakesScreenshot) browser, "cockpit-after-test.png");
      browser.quit();
    }
    if (versionTwo != null) {
      ModelDeployments.deployAll(engine, "clusterpact");
    }
  }

  @Test
  void processOwnerSeesTheVersionOfEveryRunningPactAndTheCountPerVersion() throws IOException {
    Pacts pacts = new Pacts(engine);
    LocalDate decision = LocalDate.now().minusMonths(2);
    ProcessInstance oldAtSelection = pacts.start("Catalisti Versies", decision);
    ProcessInstance oldInNegotiations = pacts.start("Flux50 Versies", decision);
    pacts.selectThemesAndAgencies(oldInNegotiations, List.of());
    ProcessDefinition old = definitionOf(oldAtSelection);

    versionTwo = ModelDeployments.deployAll(engine, "clusterpact-versions-test", CockpitVersionsBrowserIT::renameSelection);
    ProcessInstance newAtSelection = pacts.start("SIM Versies", decision);
    ProcessInstance newInNegotiations = pacts.start("VIL Versies", decision);
    pacts.selectThemesAndAgencies(newInNegotiations, List.of());
    ProcessDefinition current = definitionOf(newAtSelection);
    assertThat(current.getVersion()).isEqualTo(old.getVersion() + 1);
    assertThat(current.getVersionTag()).isEqualTo(TAG);
    Map<Integer, Long> runningPerVersion = runningPerVersion();

    logIn("eigenaar.demo", "demo");
    browser.get(cockpit("#/dashboard"));
    WebElement clusterpact = loadedProcess();
    assertPactsAndCounts(clusterpact, old, current, runningPerVersion,
        Map.of(oldAtSelection, businessKeyOf(oldAtSelection), oldInNegotiations, businessKeyOf(oldInNegotiations),
            newAtSelection, businessKeyOf(newAtSelection), newInNegotiations, businessKeyOf(newInNegotiations)));
    // Each pact by the names of its own version: the renamed task only on the new one.
    assertThat(text(row(clusterpact, businessKeyOf(newAtSelection)), "waiting")).isEqualTo(NEW_SELECTION);
    assertThat(text(row(clusterpact, businessKeyOf(oldAtSelection)), "waiting"))
        .isEqualTo("Thema's en agentschappen voor het clusterpact selecteren");
    assertThat(clusterpact.findElement(By.tagName("h4")).getText()).isEqualTo("Clusterpact onderhandelen (Process_Clusterpact)");
    HeadlessChromium.screenshot((TakesScreenshot) browser, "cockpit-running-versions-dashboard.png");
    // The picture in the README (docs/images/cockpit-running-versions.png) is this one.
    WebElement plugin = browser.findElement(By.cssSelector(".running-versions"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", plugin);
    HeadlessChromium.screenshot((TakesScreenshot) plugin, "cockpit-running-versions.png");

    // The process's own tab: the same pacts, every version, from either version's page.
    browser.get(cockpit("#/process-definition/" + old.getId() + "/runtime"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Versies van lopende instanties"))).click();
    WebElement inTab = loadedProcess();
    assertPactsAndCounts(inTab, old, current, runningPerVersion,
        Map.of(oldAtSelection, businessKeyOf(oldAtSelection), newInNegotiations, businessKeyOf(newInNegotiations)));
    HeadlessChromium.screenshot((TakesScreenshot) browser, "cockpit-running-versions-tab.png");

    // The link opens the instance in Cockpit.
    row(inTab, businessKeyOf(oldInNegotiations)).findElement(By.linkText("Openen in Cockpit")).click();
    wait.until(ExpectedConditions.urlContains("#/process-instance/" + oldInNegotiations.getId() + "/runtime"));
  }

  private void assertPactsAndCounts(WebElement process, ProcessDefinition old, ProcessDefinition current,
      Map<Integer, Long> runningPerVersion, Map<ProcessInstance, String> pacts) {
    for (Map.Entry<ProcessInstance, String> pact : pacts.entrySet()) {
      boolean onCurrent = definitionOf(pact.getKey()).getId().equals(current.getId());
      WebElement row = row(process, pact.getValue());
      assertThat(text(row, "version")).as(pact.getValue()).isEqualTo(String.valueOf((onCurrent ? current : old).getVersion()));
      assertThat(text(row, "version-tag")).as(pact.getValue()).isEqualTo(onCurrent ? TAG : "");
      assertThat(text(row, "latest")).as(pact.getValue()).isEqualTo(onCurrent ? "ja" : "nee");
      assertThat(text(row, "waiting")).as(pact.getValue()).isEqualTo(expectedWaiting(pact.getKey()));
    }
    List<WebElement> counts = process.findElements(By.cssSelector("li.version-count"));
    assertThat(counts.stream().collect(Collectors.toMap(count -> Integer.valueOf(count.getAttribute("data-version")),
        WebElement::getText))).containsOnlyKeys(runningPerVersion.keySet())
        .containsEntry(current.getVersion(), "versie %d (%s), laatste: %d lopend"
            .formatted(current.getVersion(), TAG, runningPerVersion.get(current.getVersion())))
        .containsEntry(old.getVersion(), "versie %d: %d lopend".formatted(old.getVersion(), runningPerVersion.get(old.getVersion())));
    assertThat(process.findElements(By.cssSelector("tbody tr[data-instance-id]"))).as("every running pact, one row each")
        .hasSize(runningPerVersion.values().stream().mapToInt(Long::intValue).sum());
  }

  /**
   * Where the engine's activity-instance tree says the pact waits ({@link Pacts#activeActivities}), by the
   * names of the pact's own version, repeated ones counted; an async continuation waiting for its job is
   * marked.
   */
  private String expectedWaiting(ProcessInstance pact) {
    String definitionId = definitionOf(pact).getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    Map<String, Long> labels = new Pacts(engine).activeActivities(pact).stream()
        .map(activityId -> ((FlowElement) model.getModelElementById(activityId)).getName()
            + (waitsForItsJob(pact, activityId) ? " (wacht op uitvoering)" : ""))
        .collect(Collectors.groupingBy(label -> label, Collectors.counting()));
    return labels.entrySet().stream().map(label -> label.getValue() > 1 ? label.getKey() + " (" + label.getValue() + "×)" : label.getKey())
        .sorted().collect(Collectors.joining(", "));
  }

  private boolean waitsForItsJob(ProcessInstance pact, String activityId) {
    return engine.getManagementService().createJobDefinitionQuery().processDefinitionId(definitionOf(pact).getId())
        .activityIdIn(activityId).jobType("async-continuation").list().stream()
        .anyMatch(definition -> engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
            .jobDefinitionId(definition.getId()).count() > 0);
  }

  /** A process owner's change in Modeler: a task renamed (same ID) and a version tag. */
  static BpmnModelInstance renameSelection(BpmnModelInstance model) {
    UserTask selection = model.getModelElementById(TASK_SELECT_THEMES_AND_AGENCIES);
    selection.setName(NEW_SELECTION);
    Process process = model.getModelElementById(Pacts.PROCESS);
    process.setCamundaVersionTag(TAG);
    return model;
  }

  /** What the engine says, for every version with running pacts (other tests' and the demo's pacts included). */
  private Map<Integer, Long> runningPerVersion() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Pacts.PROCESS).list().stream()
        .collect(Collectors.groupingBy(instance -> engine.getRepositoryService()
            .getProcessDefinition(instance.getProcessDefinitionId()).getVersion(), Collectors.counting()));
  }

  private WebElement loadedProcess() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".running-versions[data-loaded='true']")));
    return browser.findElement(By.cssSelector(".running-versions section[data-process-key='" + Pacts.PROCESS + "']"));
  }

  private static WebElement row(WebElement process, String businessKey) {
    return process.findElement(By.cssSelector("tr[data-business-key='" + businessKey + "']"));
  }

  private static String text(WebElement row, String column) {
    return row.findElement(By.cssSelector("td." + column)).getText();
  }

  private String businessKeyOf(ProcessInstance pact) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pact.getId()).singleResult()
        .getBusinessKey();
  }

  private ProcessDefinition definitionOf(ProcessInstance pact) {
    String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pact.getId()).singleResult()
        .getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }

  private String cockpit(String fragment) {
    return "http://localhost:" + port + "/camunda/app/cockpit/default/" + fragment;
  }

  private void logIn(String user, String password) {
    HeadlessChromium.logIn(browser, wait, cockpit(""), user, password);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }
}
