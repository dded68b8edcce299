package be.clusterpact.access;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
 * Tasklist as a Flemish civil servant sees it (README "Dutch screens"): a Chromium with browser language
 * nl-BE on a 1366×768 laptop screen, the FIT demo user. Read from the screen: Dutch login, filters, list
 * and buttons (Claimen, Opslaan, Voltooien), a Dutch validation message; no "migrate to Camunda 8" banner; Save and Complete fully
 * visible above the footer; no "Create task", no priority 50 on the cards, no × that clears the due
 * date (the pact's first-year deadline). Admin, as the administrator, is Dutch too. Screenshots in
 * {@code target/} (copied to docs/images).
 */
@WebappsOnPostgresTest
class DutchTasklistBrowserIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final int WIDTH = 1366;
  static final int HEIGHT = 768;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled("Dutch Tasklist browser test");
  }

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(WIDTH, HEIGHT, "nl-BE,nl");
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      screenshot("tasklist-nl-after-test.png");
      browser.quit();
    }
  }

  @Test
  void aFlemishCivilServantSeesTasklistInDutchWithNothingMisleading() {
    AbstractAssertions.init(engine);
    Pacts pacts = new Pacts(engine);
    ProcessInstance pact = pacts.start("VIL Nederlands", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of("MOW"));
    String fitTask = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_ALIGN_WITH_FIT).singleResult().getId();

    logIn("tasklist", "fit.demo", "demo");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(TasklistFilters.MY_GROUPS_TASKS))).click();
    By fitLink = By.cssSelector("ol.tasks-list li.task h4.task a[href$='task=" + fitTask + "']");
    wait.until(ExpectedConditions.elementToBeClickable(fitLink));

    // The list and the header: Dutch, no banner, no "Create task", no priority on the cards.
    assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
        .contains("Proces starten").doesNotContain("Create task", "Taak aanmaken", "Start process");
    assertThat(browser.findElement(By.cssSelector(".start-process-action")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.cssSelector("li.create-task-action"))).noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(pageText()).doesNotContain("migrate", "Camunda 8");
    assertThat(browser.findElement(By.cssSelector("[cam-widget-footer]")).getText())
        .contains("Datum en tijd in de lokale tijdzone");
    List<WebElement> cards = browser.findElements(By.cssSelector("ol.tasks-list li.task"));
    assertThat(cards).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("ol.tasks-list li.task .priority"))).noneMatch(WebElement::isDisplayed);
    assertThat(cards).allSatisfy(card -> assertThat(card.getText()).doesNotContainPattern("(?m)^\\s*50\\s*$"));
    assertThat(browser.findElement(By.cssSelector("ol.tasks-list")).getText()).contains("Aangemaakt");
    screenshot("tasklist-nl-list.png");

    // The task: Claimen, then Opslaan and Voltooien, both entirely on the 1366×768 screen.
    browser.findElement(fitLink).click();
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
    assertThat(claim.getText()).isEqualTo("Claimen");
    claim.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$='-Field_fitInternationalisationAgreements']")));
    assertThat(browser.findElements(By.cssSelector("[cam-tasklist-task-meta] .reset-due-date"))).noneMatch(WebElement::isDisplayed);
    WebElement complete = browser.findElement(By.xpath("//button[normalize-space()='Voltooien']"));
    WebElement save = browser.findElement(By.xpath("//button[normalize-space()='Opslaan']"));
    js("arguments[0].scrollIntoView({block: 'nearest'});", complete);
    assertFullyVisible(complete);
    assertFullyVisible(save);
    // Completing with the required agreements empty: Camunda Forms says so in Dutch, under the field.
    complete.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class, 'fjs-form-field-error')][normalize-space() = 'Dit veld is verplicht.']")));
    assertThat(pageText()).doesNotContain("Field is required");
    assertThat(engine.getTaskService().createTaskQuery().taskId(fitTask).count()).as("not completed").isEqualTo(1);
    assertThat(pageText()).doesNotContain("Complete", "Claim", "Save");
    screenshot("tasklist-nl-task.png");
  }

  @Test
  void anAdministratorSeesAdminInDutch() {
    logIn("admin", "admin", "it-Beheer-Geheim-42"); // CLUSTERPACT_ADMIN_PASSWORD of application-test.yaml
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Autorisaties"));
    assertThat(pageText()).contains("Gebruikers", "Groepen", "Systeem")
        .doesNotContain("Authorizations", "Users", "migrate", "Camunda 8");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    screenshot("admin-nl.png");
  }

  /**
   * The start dialog on the first load of a returning browser. Camunda keeps a copy of each locale in the
   * browser's localStorage under a key with Camunda's version (7.24.0), not this application's, and shows that
   * copy, keeping the file it downloads for the next visit only: after an update of locales/nl.json the first
   * load showed the texts of an older copy (here the start dialog's English texts, as a copy from before the
   * Dutch texts had them). config.js drops these copies (scripts/fresh-locales.js), so the first load is Dutch.
   */
  @Test
  void theStartProcessDialogIsDutchOnTheFirstLoadAfterAnUpdateOfTheLocale() {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[type='submit']")));
    js("""
        const key = document.querySelector('base').getAttribute('app-root') + '/app/tasklist/locales/_locales_data_nl_' + window.bust;
        const store = JSON.parse(localStorage.getItem('camunda-web') || '{}');
        const copy = JSON.parse(store[key]);
        Object.assign(copy.labels, {START_PROCESS: 'Start process', CLICK_PROCESS_TO_START: 'Click on the process to start.',
            SEARCH_PROCESS_BY_NAME: 'Search by process name.', CLOSE: 'Close', BACK: 'Back', START: 'Start'});
        store[key] = JSON.stringify(copy);
        localStorage.setItem('camunda-web', JSON.stringify(store));
        """);

    logIn("tasklist", "cluster.demo", "demo");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.processes a")));
    WebElement dialog = browser.findElement(By.cssSelector(".modal-content"));
    assertThat(dialog.findElement(By.cssSelector(".modal-title")).getText()).isEqualTo("Proces starten");
    assertThat(dialog.findElement(By.cssSelector("input")).getAttribute("placeholder")).isEqualTo("Zoeken op procesnaam.");
    assertThat(dialog.getText()).contains("Klik op het proces dat u wilt starten.", "Sluiten")
        .doesNotContain("Start process", "Click", "Close");

    HeadlessChromium.clickInView(browser, wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[normalize-space()='Clusterpact onderhandelen']"))));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='-Field_clusterName']")));
    dialog = browser.findElement(By.cssSelector(".modal-content"));
    assertThat(dialog.findElement(By.cssSelector(".modal-title")).getText()).isEqualTo("Proces starten: Clusterpact onderhandelen");
    assertThat(dialog.findElements(By.cssSelector(".modal-footer button")).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText)).containsExactly("Terug", "Sluiten", "Starten");
    assertThat(dialog.getText()).doesNotContain("Start process", "Back", "Close");
    screenshot("tasklist-nl-start-dialog.png");
  }

  /** Cockpit as the administrator sees it in a Dutch browser: the dashboard and a process, in Dutch. */
  @Test
  void anAdministratorSeesCockpitInDutch() {
    logIn("cockpit", "admin", "it-Beheer-Geheim-42"); // CLUSTERPACT_ADMIN_PASSWORD of application-test.yaml
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Procesdefinities"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Versies van lopende instanties"));
    assertThat(pageText()).contains("Processen", "Beslissingen", "Lopende procesinstanties", "Open incidenten",
            "Open gebruikerstaken", "Procesdefinities", "Beslissingsdefinities", "Versies van lopende instanties")
        .doesNotContain("Processes", "Decisions", "Running Process Instances", "Open Incidents", "Human Tasks",
            "Process Definitions", "migrate", "Camunda 8");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    screenshot("cockpit-nl.png");

    String clusterpact = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + clusterpact + "/runtime");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Versies van lopende instanties")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Procesinstanties"));
    assertThat(pageText()).contains("Definitie-ID:", "Versie van de definitie:", "Procesinstanties", "Incidenten",
            "Jobdefinities", "Aangeroepen procesdefinities")
        .doesNotContain("Definition Version", "Process Instances", "Job Definitions", "Called Process Definitions");
    screenshot("cockpit-nl-process.png");
  }

  /** Opens a webapp in the nl-BE browser and logs in on its (Dutch) login page. */
  private void logIn(String webapp, String user, String password) {
    browser.get("http://localhost:" + port + "/camunda/app/" + webapp + "/default/");
    assertThat((String) js("return navigator.languages[0];")).isEqualTo("nl-BE");
    WebElement logIn = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[type='submit']")));
    assertThat(logIn.getText()).isEqualTo("Aanmelden");
    browser.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    logIn.click();
  }

  /** The element lies inside the window and nothing (the fixed footer, a banner) covers any of its corners. */
  private void assertFullyVisible(WebElement element) {
    @SuppressWarnings("unchecked")
    Map<String, Object> seen = (Map<String, Object>) js("""
        const r = arguments[0].getBoundingClientRect();
        const hits = [[r.left + 1, r.top + 1], [r.right - 1, r.top + 1], [r.left + 1, r.bottom - 1], [r.right - 1, r.bottom - 1]]
          .map(([x, y]) => { const hit = document.elementFromPoint(x, y); return !!hit && (hit === arguments[0] || arguments[0].contains(hit)); });
        return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: window.innerHeight, width: window.innerWidth,
                uncovered: hits.every(h => h)};
        """, element);
    String what = element.getText() + " " + seen;
    assertThat(((Number) seen.get("top")).doubleValue()).as(what).isGreaterThanOrEqualTo(0);
    assertThat(((Number) seen.get("left")).doubleValue()).as(what).isGreaterThanOrEqualTo(0);
    assertThat(((Number) seen.get("bottom")).doubleValue()).as(what).isLessThanOrEqualTo(((Number) seen.get("height")).doubleValue());
    assertThat(((Number) seen.get("right")).doubleValue()).as(what).isLessThanOrEqualTo(((Number) seen.get("width")).doubleValue());
    assertThat(seen.get("uncovered")).as(what + ": covered by another element").isEqualTo(true);
  }

  private String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void screenshot(String name) {
    HeadlessChromium.screenshot((TakesScreenshot) browser, name);
  }
}
