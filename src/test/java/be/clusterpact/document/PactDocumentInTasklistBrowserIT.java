package be.clusterpact.document;

import static be.clusterpact.process.ClusterpactProcess.TASK_SIGN_CLUSTERPACT;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * In the real Tasklist (headless Chromium): the form of "Clusterpact ondertekenen" shows the link to
 * the approved document with the pact's business key filled in by form-js's templating, and the
 * logged-in browser opens it as PDF with its session (no second login). Screenshot in {@code target/}.
 */
@WebappsOnPostgresTest
class PactDocumentInTasklistBrowserIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled("Clusterpact document browser test");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theSigningFormLinksToTheApprovedDocumentWhichOpensWithTheTasklistSession() {
    AbstractAssertions.init(engine);
    Pacts pacts = new Pacts(engine);
    LocalDate decision = LocalDate.now().minusMonths(2);
    ProcessInstance pact = pacts.start("Document Browser", decision);
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, decision.getYear() + 1, 250_000, 0, 0, false);
    for (String cabinet : pacts.approvalCabinets(pact)) {
      pacts.decideAsMinister(pact, cabinet, "APPROVE", null);
    }
    pacts.runAsyncJobs(pact);
    String signTask = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_SIGN_CLUSTERPACT).singleResult().getId();

    browser = HeadlessChromium.open(1400, 1000);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    String tasklist = HeadlessChromium.logInToTasklist(browser, wait, port, "cluster.demo", "demo");
    browser.get(tasklist + "#/?task=" + signTask);
    WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='/api/pacts/']")));
    HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-sign-clusterpact.png");

    assertThat(link.getAttribute("href"))
        .endsWith("/api/pacts/" + pact.getBusinessKey() + "/document?version=approved");
    assertThat(link.getText()).contains(pact.getBusinessKey());
    Object opened = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done('failed ' + e));",
        link.getAttribute("href"));
    assertThat(opened).isEqualTo("200 application/pdf");
  }
}
