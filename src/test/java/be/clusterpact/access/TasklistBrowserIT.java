package be.clusterpact.access;

import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.kernel.Dates;
import be.clusterpact.testing.WebappsOnPostgresTest;
import be.clusterpact.testing.EuExpertGroup;
import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.Pacts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A FIT civil servant in a real (headless) Chromium: logs in to Tasklist, finds the FIT alignment of
 * a pact in "Werk van mijn groepen" and not the pact's WSE alignment, claims it, fills in the Camunda
 * Form and completes it; the pact then goes on without FIT. The EU desk starts an application and picks
 * its call from the list of open calls in the start form. Screenshots land in {@code target/}.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver}: without them the test is
 * skipped, except on CI ({@code CI=true}), where it fails.
 */
@WebappsOnPostgresTest
class TasklistBrowserIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final String AGREEMENTS = "Gezamenlijke handelsmissie naar Rotterdam en Hamburg in het voorjaar";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled("Tasklist browser test");
  }

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(1400, 1000);
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      screenshot("tasklist-after-test.png");
      browser.quit();
    }
  }

  @Test
  void fitUserClaimsFillsInAndCompletesTheFitAlignment() {
    AbstractAssertions.init(engine);
    Pacts pacts = new Pacts(engine);
    ProcessInstance pact = pacts.start("VIL Browser", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of("MOW"));
    String fitTask = taskId(pact, TASK_ALIGN_WITH_FIT);
    String wseTask = taskId(pact, TASK_ALIGN_WITH_WSE);

    logIn("fit.demo", "demo");
    browser.findElement(By.partialLinkText(TasklistFilters.MY_GROUPS_TASKS)).click();
    WebElement fitLink = wait.until(ExpectedConditions.elementToBeClickable(taskLink(fitTask)));
    assertThat(fitLink.getText()).isEqualTo("Internationalisering afstemmen met FIT");
    List<String> listed = browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
        .map(link -> link.getAttribute("href")).toList();
    assertThat(listed).isNotEmpty().noneMatch(href -> href.endsWith(wseTask));
    assertThat(browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")))
        .noneMatch(link -> link.getText().contains("WSE"));

    fitLink.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    WebElement agreements = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("textarea[id$='-Field_fitInternationalisationAgreements']")));
    agreements.sendKeys(AGREEMENTS);
    screenshot("tasklist-fit-alignment.png");
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(fitTask)));

    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(fitTask).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo("fit.demo");
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), FIT_INTERNATIONALISATION_AGREEMENTS)).isEqualTo(AGREEMENTS);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), FIT_COMMITMENT)).isEqualTo(false);
    // FIT's branch waits at the join for the other negotiations; WSE's alignment is still open.
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .activityId(GATEWAY_NEGOTIATIONS_JOIN).count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_ALIGN_WITH_FIT).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().taskId(wseTask).count()).isEqualTo(1);
  }

  @Test
  void euDeskPicksTheCallFromTheListWhenStartingAnApplication() {
    EuExpertGroup desk = new EuExpertGroup(engine);
    LocalDate deadline = LocalDate.now().plusMonths(3);
    String call = desk.callKey(desk.registerClusterExpertGroupCall("Oproep in de browser", deadline));
    String option = "Oproep in de browser – deadline " + Dates.dutch(deadline);

    logIn("eu.demo", "demo");
    browser.findElement(By.cssSelector(".start-process-action a")).click();
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[normalize-space()='Kandidatuur voor een EU-expertengroep behandelen']"))));
    List<String> offered = choose("Field_callBusinessKey", option);
    assertThat(offered).contains(option).noneMatch(text -> text.startsWith("Cluster-expertengroep")); // the demo call is closed
    screenshot("tasklist-call-picked.png");
    clickInView(browser.findElement(By.xpath("//label[contains(normalize-space(.), 'Openbare instantie')]")));
    browser.findElement(By.cssSelector("input[id$='-Field_applicantName']")).sendKeys("Provincie Vlaams-Brabant");
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(normalize-space(.), 'Regionaal')]"))));
    choose("Field_applicantCountry", "België");
    browser.findElement(By.cssSelector("input[id$='-Field_contactEmail']")).sendKeys("europa@vlaamsbrabant.example");
    browser.findElement(By.cssSelector("textarea[id$='-Field_motivation']")).sendKeys("Ervaring met provinciaal clusterbeleid.");
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='startProcessInstance()']"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-body")));

    ProcessInstance application = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EuExpertGroup.APPLICATION_PROCESS).processInstanceBusinessKey(call).singleResult();
    assertThat(application).as("application started with the picked call " + call).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(application.getId(), EuExpertGroupApplicationProcess.CALL_TITLE)).isEqualTo("Oproep in de browser");
    assertThat(engine.getRuntimeService().getVariable(application.getId(), EuExpertGroupApplicationProcess.APPLICANT_NAME)).isEqualTo("Provincie Vlaams-Brabant");
    assertThat(new Pacts(engine).activeActivities(application)).containsExactly(EuExpertGroupApplicationProcess.TASK_CHECK_COMPLETENESS);
  }

  /** Opens a Camunda Forms select, picks the option with that text; returns every option it offered. */
  private List<String> choose(String fieldId, String option) {
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='-" + fieldId + "-display']"))));
    List<WebElement> items = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".fjs-dropdownlist-item")));
    List<String> offered = items.stream().map(WebElement::getText).toList();
    items.stream().filter(item -> item.getText().equals(option)).findFirst()
        .orElseThrow(() -> new AssertionError(option + " not among " + offered)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
    return offered;
  }

  private void logIn(String user, String password) {
    HeadlessChromium.logInToTasklist(browser, wait, port, user, password);
  }

  /** Scrolls an element to the middle of the window first: Tasklist's fixed footer covers the bottom. */
  private void clickInView(WebElement element) {
    HeadlessChromium.clickInView(browser, element);
  }

  private static By taskLink(String taskId) {
    return By.cssSelector("ol.tasks-list li.task h4.task a[href$='task=" + taskId + "']");
  }

  private String taskId(ProcessInstance pact, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId();
  }

  private void screenshot(String name) {
    HeadlessChromium.screenshot((TakesScreenshot) browser, name);
  }
}
