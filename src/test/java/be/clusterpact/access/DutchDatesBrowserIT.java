package be.clusterpact.access;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.kernel.Dates;
import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20.1 and 20.4 in a real (headless) Chromium with browser language nl-BE: the cluster team
 * starts a pact in Tasklist and types the support decision date as a Fleming does. An impossible date
 * is refused with a Dutch message naming the field by its label; {@code 01/03/2026} is stored as
 * 1 March 2026 (not 3 January) and the first-year deadline is 1 March 2027, which Tasklist tells the
 * starter together with the dossier once the dialog closes (issue 20.6). Screenshots land in
 * {@code target/}.
 */
@WebappsOnPostgresTest
class DutchDatesBrowserIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final String CLUSTER = "VIL Datum Browser";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;
  WebDriverWait wait;

  @Test
  void aDateTypedDayFirstIsStoredAsTheUserMeantItAndAnImpossibleOneIsRefusedByItsLabel() {
    HeadlessChromium.assumeInstalled("Dutch dates browser test");
    browser = HeadlessChromium.open(1400, 1000, "nl-BE,nl");
    try {
      wait = new WebDriverWait(browser, PATIENCE);
      startAPactTypingTheDecisionDate();
    } finally {
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-dutch-dates-after-test.png");
      browser.quit();
    }
  }

  private void startAPactTypingTheDecisionDate() {
    HeadlessChromium.logIn(browser, wait, "http://localhost:" + port + "/camunda/app/tasklist/default/", "cluster.demo", "demo");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[normalize-space()='Clusterpact onderhandelen']"))));
    // The dialog in Dutch, as the browser asks (README "Dutch screens").
    wait.until(ExpectedConditions.textToBe(By.cssSelector(".modal-header .modal-title"), "Proces starten: Clusterpact onderhandelen"));

    field("input", "Field_clusterName").sendKeys(CLUSTER);
    field("input", "Field_clusterOrganisation").sendKeys(CLUSTER + " vzw");
    field("input", "Field_clusterContactName").sendKeys("An Peeters");
    field("input", "Field_clusterContactEmail").sendKeys("an.peeters@example.be");
    field("textarea", "Field_longTermStrategy").sendKeys("Slimme logistiek in Vlaanderen tegen 2030.");
    WebElement date = field("input", "Field_supportDecisionDate");
    assertThat(date.getAttribute("type")).as("no date picker").isEqualTo("text");

    date.sendKeys("31/02/2026");
    start();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Datum van de beslissing tot steuntoekenning (dd/mm/jjjj): '31/02/2026' is geen bestaande datum"));
    HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-impossible-date-refused.png");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ENGINE-").doesNotContain("supportDecisionDate:");

    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date.sendKeys("01/03/2026");
    start();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-body")));
    // Issue 20.6: the dialog closes and Tasklist says which dossier was opened and when its first year ends.
    WebElement started = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".clusterpact-started")));
    assertThat(started.getText()).contains("Gestart: dossier CP-VIL-DATUM-BROWSER-2026, deadline eerste jaar 01/03/2027.");
    HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-pact-started.png");
    started.findElement(By.cssSelector("button.close")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".clusterpact-started")));

    ProcessInstance pact = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(CLUSTER_NAME, CLUSTER).singleResult();
    assertThat(pact).as("pact started from the browser").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), SUPPORT_DECISION_DATE)).isEqualTo("2026-03-01");
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), FIRST_YEAR_DEADLINE))
        .isEqualTo(Dates.startOfDay(LocalDate.of(2027, 3, 1)));
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), FIRST_YEAR_DEADLINE_LABEL)).isEqualTo("01/03/2027");
  }

  private WebElement field(String tag, String id) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(tag + "[id$='-" + id + "']")));
  }

  private void start() {
    clickInView(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='startProcessInstance()']"))));
  }

  /** Scrolls an element to the middle of the window first: Tasklist's fixed footer covers the bottom. */
  private void clickInView(WebElement element) {
    HeadlessChromium.clickInView(browser, element);
  }
}
