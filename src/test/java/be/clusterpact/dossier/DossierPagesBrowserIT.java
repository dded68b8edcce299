package be.clusterpact.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.GroupIds;
import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
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
 * The dossier pages in a real (headless) Chromium, behind Tasklist's login: the audit trail of the demo's
 * signed SIM pact lists its tasks with who completed them; the Hermes fund page shows the demo years (with
 * maxima, and the year after next conditional); someone outside the roles is refused; without a session
 * the page sends the person to the Tasklist login. Screenshots in {@code target/} (the README's pictures).
 */
@WebappsOnPostgresTest
class DossierPagesBrowserIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  /** The administrator of the test profile (as testing/EngineRest logs in). */
  static final String ADMIN_PASSWORD = "it-Beheer-Geheim-42";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled("Dossier pages browser test");
  }

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(1400, 1600, "nl-BE,nl");
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void withoutASessionThePageSendsThePersonToTheTasklistLogin() {
    browser.get(page("hermesfonds.html"));
    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }

  @Test
  void theCommitteeReadsTheAuditTrailOfTheSignedDemoPactWithEveryTaskAndWhoCompletedIt() {
    HistoricProcessInstance sim = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ClusterpactProcess.KEY).variableValueEquals(ClusterpactProcess.CLUSTER_NAME, "SIM")
        .singleResult();
    List<HistoricTaskInstance> completed = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(sim.getId()).taskDeleteReason("completed").list();
    assertThat(completed).isNotEmpty();

    logIn("comite.demo");
    browser.get(page("pact.html?key=" + sim.getBusinessKey()));
    loaded();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Dossier van het clusterpact " + sim.getBusinessKey());
    List<WebElement> rows = browser.findElements(By.cssSelector("#trail tbody tr"));
    for (HistoricTaskInstance task : completed) {
      assertThat(rows).as(task.getName()).anySatisfy(row -> {
        assertThat(row.findElement(By.cssSelector("td.title")).getText()).startsWith(task.getName());
        assertThat(row.findElement(By.cssSelector("td.actor")).getText()).isNotEqualTo("—");
        assertThat(row.findElement(By.cssSelector("td.when")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
      });
    }
    assertThat(browser.findElements(By.cssSelector("#trail tr[data-kind='LEDGER_BOOKING']"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#trail tr[data-kind='MINISTER_DECISION'] td.values")).getText())
        .contains("Beslissing").contains("Goedkeuren");
    HeadlessChromium.screenshot((TakesScreenshot) browser, "dossier-pact.png");

    logOutAndIn("flux50.demo");
    browser.get(page("pact.html?key=" + sim.getBusinessKey()));
    refused("Geen toegang tot het dossier van " + sim.getBusinessKey());
  }

  @Test
  void theFundManagerSeesTheDemoYearsAndTheCommitteeMemberOfAnAgencyIsRefused() {
    int thisYear = LocalDate.now().getYear();
    logIn("fonds.demo");
    browser.get(page("hermesfonds.html"));
    loaded();
    for (int year = thisYear; year <= thisYear + 1; year++) { // the demo pacts' years up to next year
      WebElement row = browser.findElement(By.cssSelector("#years tr[data-year='" + year + "']"));
      assertThat(row.findElement(By.cssSelector("td.maximum")).getText()).as("maximum of " + year).isEqualTo("€ 15.000.000,00");
      assertThat(browser.findElements(By.cssSelector("#chart svg g[data-year='" + year + "'] line.maximum"))).hasSize(1);
    }
    WebElement conditional = browser.findElement(By.cssSelector("#years tr[data-year='" + (thisYear + 2) + "']"));
    assertThat(conditional.findElement(By.cssSelector("td.maximum")).getText()).isEqualTo("nog niet vastgelegd");
    assertThat(conditional.findElement(By.cssSelector("td.status")).getText())
        .isEqualTo("Voorwaardelijk: in afwachting van het jaarlijkse maximum");
    assertThat(browser.findElements(By.cssSelector("#pacts section[data-year='" + (thisYear + 2) + "'] tr[data-pact]")))
        .extracting(WebElement::getText).anySatisfy(text -> assertThat(text).startsWith("CP-FLUX50-"));
    assertThat(browser.findElement(By.cssSelector("#years tr[data-year='" + thisYear + "'] td.available")).getText())
        .matches("€ [\\d.]+,\\d{2}");
    HeadlessChromium.screenshot((TakesScreenshot) browser, "hermesfonds.png");

    logOutAndIn("fit.demo");
    browser.get(page("hermesfonds.html"));
    refused("Geen toegang");
  }

  @Test
  void tasklistLinksTheOpenTasksPactAndTheFundInItsMenuBar() {
    Task selection = engine.getTaskService().createTaskQuery().taskDefinitionKey(ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES)
        .taskCandidateGroup(GroupIds.HERMES_COMMITTEE).processInstanceBusinessKeyLike("CP-FLANDERS-FOOD-%").singleResult();
    String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(selection.getProcessInstanceId())
        .singleResult().getBusinessKey();

    logIn("comite.demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + selection.getId());
    WebElement pact = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.dossier-pact a")));
    assertThat(pact.getText()).isEqualTo("Dossier van dit clusterpact");
    assertThat(pact.getAttribute("href")).endsWith("/dossier/pact.html?key=" + key);
    assertThat(browser.findElement(By.cssSelector("li.dossier-fund a")).getAttribute("href")).endsWith("/dossier/hermesfonds.html");

    logOutAndIn("fit.demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.cam-nav.app-menu > ul[data-dossier-links='shown']")));
    assertThat(browser.findElements(By.cssSelector("li.dossier-fund"))).as("FIT does not read the fund").isEmpty();
  }

  @Test
  void cockpitsTabDossierOfARunningPactLinksToItsAuditTrail() {
    Task approval = engine.getTaskService().createTaskQuery().taskDefinitionKey(ClusterpactProcess.TASK_APPROVE_AS_MINISTER)
        .processInstanceBusinessKeyLike("CP-FLUX50-%").listPage(0, 1).get(0);
    String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(approval.getProcessInstanceId())
        .singleResult().getBusinessKey();
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";

    HeadlessChromium.logIn(browser, wait, cockpit, "admin", ADMIN_PASSWORD);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    browser.get(cockpit + "#/process-instance/" + approval.getProcessInstanceId() + "/runtime");
    HeadlessChromium.clickInView(browser, wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dossier"))));
    WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dossier-link a")));
    assertThat(link.getAttribute("href")).endsWith("/dossier/pact.html?key=" + key);

    browser.get(link.getAttribute("href"));
    loaded();
    assertThat(browser.findElements(By.cssSelector("#trail tr[data-kind='TASK_OPEN']"))).as("the ministers' open approvals")
        .isNotEmpty();
  }

  private void loaded() {
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
  }

  private void refused(String message) {
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "error"));
    WebElement status = browser.findElement(By.id("status"));
    assertThat(status.getAttribute("data-status")).isEqualTo("403");
    assertThat(status.getText()).contains(message);
  }

  private String page(String path) {
    return "http://localhost:" + port + "/dossier/" + path;
  }

  private void logIn(String user) {
    HeadlessChromium.logInToTasklist(browser, wait, port, user, "demo");
  }

  private void logOutAndIn(String user) {
    browser.quit();
    browser = HeadlessChromium.open(1400, 1600, "nl-BE,nl");
    wait = new WebDriverWait(browser, PATIENCE);
    logIn(user);
  }
}
