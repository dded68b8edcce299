package be.clusterpact.access;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.kernel.Dates;
import be.clusterpact.process.GroupIds;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.WebappSession;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
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
 * Issue 20.5 and 20.6 in headless Chromium with browser language nl-BE, read from the screen: a new
 * member of the cluster team lands on the work of their groups (a group task and the draft that came
 * back to them); the draft a minister refused is assigned to whoever drafted it and shows the reason as
 * a warning, the budget years 2027–2029 next to the amounts with what each still has available; a
 * minister sees where the other cabinets stand; Cockpit reads the approved pact as JSON. Screenshots in
 * {@code target/} (one copied to docs/images).
 */
@WebappsOnPostgresTest
class WorkThatComesBackBrowserIT {

  static final Duration PATIENCE = Duration.ofSeconds(40);
  static final String NEW_MEMBER = "nieuw.teamlid";
  static final String PASSWORD = "Nieuw-Teamlid-2026!";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theDrafterGetsTheRefusedDraftBackWithAWarningAndAMinisterSeesTheOtherCabinets() {
    HeadlessChromium.assumeInstalled("returned work browser test");
    AbstractAssertions.init(engine);
    Pacts pacts = new Pacts(engine);
    User member = engine.getIdentityService().newUser(NEW_MEMBER);
    member.setFirstName("Nieuw");
    member.setLastName("Teamlid");
    member.setPassword(PASSWORD);
    engine.getIdentityService().saveUser(member);
    engine.getIdentityService().createMembership(NEW_MEMBER, GroupIds.VLAIO_CLUSTER_TEAM);

    ProcessInstance groupWork = pacts.start("SIM Werk Van De Groep", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(groupWork, List.of());
    String groupTask = engine.getTaskService().createTaskQuery().processInstanceId(groupWork.getId())
        .taskDefinitionKey(TASK_AGREE_WITH_RESEARCH_GROUPS).singleResult().getId();

    ProcessInstance pact = pacts.start("Flux50 Teruggestuurd", LocalDate.now().minusMonths(3));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draftAs(NEW_MEMBER, pact, 2027, 100_000, 100_000, 100_000);
    assertThat(pacts.approvalCabinets(pact)).containsExactly("budget", "economy");
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);

    // The budget minister opens the approval after the economy minister decided.
    String budgetTask = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_APPROVE_AS_MINISTER).singleResult().getId();
    String today = Dates.typed(Dates.today());
    inBrowser("begroting.demo", EngineRest.DEMO_PASSWORD, "#/?task=" + budgetTask, (browser, wait) -> {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Stand van de beslissingen van de kabinetten"));
      String page = body(browser);
      assertThat(page).contains("Kabinet van de Vlaamse minister van Economie en Innovatie: goedgekeurd op " + today)
          .contains("Kabinet van de Vlaamse minister van Begroting en Financiën: nog open");
      scrollTo(browser, "Stand van de beslissingen van de kabinetten");
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-minister-sees-other-cabinets.png");
    });

    pacts.decideAsMinister(pact, "budget", "REJECT", "Het derde jaar is te hoog voor de meerjarenraming");
    String draftTask = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_DRAFT_CLUSTERPACT).singleResult().getId();
    assertThat(engine.getTaskService().createTaskQuery().taskId(draftTask).singleResult().getAssignee()).isEqualTo(NEW_MEMBER);

    inBrowser(NEW_MEMBER, PASSWORD, "", (browser, wait) -> {
      // Landing: no filter clicked, the first one is the work of my groups with my own returned draft.
      By groupTaskLink = By.cssSelector("ol.tasks-list li.task h4.task a[href$='task=" + groupTask + "']");
      By draftLink = By.cssSelector("ol.tasks-list li.task h4.task a[href$='task=" + draftTask + "']");
      wait.until(ExpectedConditions.presenceOfElementLocated(groupTaskLink));
      wait.until(ExpectedConditions.presenceOfElementLocated(draftLink));
      assertThat(browser.findElement(By.cssSelector(".task-filter.active h4.name")).getText())
          .startsWith(TasklistFilters.MY_GROUPS_TASKS);
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-nl-landing.png");

      HeadlessChromium.clickInView(browser, browser.findElement(draftLink));
      WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-text blockquote")));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "2029: nog"));
      assertThat(warning.getText()).contains("⚠ Teruggestuurd:")
          .contains("Afgekeurd door Kabinet van de Vlaamse minister van Begroting en Financiën: Het derde jaar is te hoog");
      assertThat(warning.getCssValue("background-color")).as("a warning, not a grey box").isEqualTo("rgba(255, 244, 220, 1)");
      String page = body(browser);
      assertThat(page).contains("Geoormerkt in 2027 (euro)", "Geoormerkt in 2028 (euro)", "Geoormerkt in 2029 (euro)")
          .doesNotContain("jaar 1", "jaar 2", "jaar 3")
          .containsPattern("2027: nog € [0-9.]+,[0-9]{2} beschikbaar van het jaarlijkse maximum van € [0-9.]+,[0-9]{2}")
          .contains("2029: nog geen maximum vastgelegd");
      assertThat(browser.findElements(By.cssSelector("textarea[id$='-Field_ministerRejectionMotivation']"))).isEmpty();
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-nl-returned-draft.png");
      scrollTo(browser, "2028: nog");
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-nl-returned-draft-years.png");
    });
  }

  @Test
  void cockpitReadsTheApprovedPactAsJsonAndTheRoundsCabinetsAsAPlainList() {
    Pacts pacts = new Pacts(engine);
    AbstractAssertions.init(engine);
    ProcessInstance pact = pacts.approvedPact("Catalisti Cockpit Json", LocalDate.now().minusMonths(4), 2031, 1_000, 0, 0);
    WebappSession cockpit = WebappSession.logIn(port, "cockpit", "eigenaar.demo", EngineRest.DEMO_PASSWORD);
    SpinJsonNode variables = Spin.JSON(cockpit.engine("GET", "/variable-instance?processInstanceIdIn=" + pact.getId()
        + "&deserializeValues=false", null).body());
    SpinJsonNode clusterpact = variable(variables, CLUSTERPACT);
    assertThat(clusterpact.prop("type").stringValue()).isEqualTo("Json");
    assertThat(Spin.JSON(clusterpact.prop("value").stringValue()).prop("businessKey").stringValue())
        .isEqualTo("CP-CATALISTI-COCKPIT-JSON-" + LocalDate.now().minusMonths(4).getYear());
    assertThat(variable(variables, CONDITIONAL_COMMITMENT).prop("type").stringValue()).isEqualTo("Json");
    SpinJsonNode cabinets = variable(variables, APPROVING_MINISTERS);
    assertThat(cabinets.prop("type").stringValue()).isEqualTo("Object");
    assertThat(cabinets.prop("valueInfo").prop("objectTypeName").stringValue()).startsWith("java.util.ArrayList").doesNotContain("ImmutableCollections");
    assertThat(cabinets.prop("value").stringValue()).isEqualTo("[\"economy\"]");
  }

  private static SpinJsonNode variable(SpinJsonNode variables, String name) {
    return variables.elements().stream().filter(v -> v.prop("name").stringValue().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no variable " + name + " in " + variables));
  }

  private void inBrowser(String user, String password, String fragment, java.util.function.BiConsumer<WebDriver, WebDriverWait> steps) {
    WebDriver browser = HeadlessChromium.open(1400, 1000, "nl-BE,nl");
    try {
      WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
      String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
      HeadlessChromium.logIn(browser, wait, tasklist, user, password);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filter")));
      if (!fragment.isEmpty()) {
        browser.get(tasklist + fragment);
      }
      steps.accept(browser, wait);
    } finally {
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-returned-work-" + user + "-after-test.png");
      browser.quit();
    }
  }

  /** Scrolls the form's text component that holds {@code text} to the middle of the window. */
  private static void scrollTo(WebDriver browser, String text) {
    browser.findElements(By.cssSelector(".fjs-form-field-text")).stream().filter(t -> t.getText().contains(text)).findFirst()
        .ifPresent(element -> ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("arguments[0].scrollIntoView({block: 'center'});", element));
  }

  private static String body(WebDriver browser) {
    return browser.findElement(By.tagName("body")).getText();
  }
}
