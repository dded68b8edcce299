package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.demo.DemoUsers;
import be.clusterpact.testing.HeadlessChromium;
import be.clusterpact.testing.WebappSession;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: a user logged in to Tasklist changes their own e-mail preference from Tasklist's header
 * (scripts/mail-preference/menu.js): with the login session and the webapps' CSRF token; the same write
 * without the token — what a forged request from another site would be — is refused and changes nothing.
 * In headless Chromium the user opens "E-mail" in Tasklist's header and picks the daily digest.
 */
@WebappsOnPostgresTest
class MailPreferenceInTasklistIT {

  static final String USER = "vdab.demo";
  static final String API = "/api/me/mail-preference";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @AfterEach
  void backToPerTask() {
    identity.deleteUserInfo(USER, MailPreference.USER_INFO_KEY);
  }

  @Test
  void theLoggedInUserChangesTheirOwnPreferenceWithTheSessionAndTheCsrfToken() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", USER, DemoUsers.PASSWORD);

    HttpResponse<String> read = tasklist.app("GET", API);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"userId\":\"" + USER + "\"", "\"mail\":\"per-task\"");

    HttpResponse<String> changed = tasklist.appWrite("PUT", API, "{\"mail\":\"digest\"}", true);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(identity.getUserInfo(USER, MailPreference.USER_INFO_KEY)).isEqualTo("digest");

    HttpResponse<String> bad = tasklist.appWrite("PUT", API, "{\"mail\":\"soms\"}", true);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"mail\"");
  }

  @Test
  void aWriteWithTheSessionButWithoutTheCsrfTokenIsRefused() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", USER, DemoUsers.PASSWORD);

    HttpResponse<String> forged = tasklist.appWrite("PUT", API, "{\"mail\":\"off\"}", false);

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
    assertThat(identity.getUserInfo(USER, MailPreference.USER_INFO_KEY)).isNull();
  }

  @Test
  void otherWritesStayClosedToTheSessionEvenWithTheToken() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", USER, DemoUsers.PASSWORD);

    HttpResponse<String> write = tasklist.appWrite("POST", "/api/operations/migrations/preview", "{}", true);

    assertThat(write.statusCode()).as(write.body()).isEqualTo(401);
  }

  @Test
  void inTasklistsHeaderTheUserChoosesTheDailyDigest() {
    HeadlessChromium.assumeInstalled("E-mail preference browser test");
    WebDriver browser = HeadlessChromium.open(1366, 768, "nl-BE,nl");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      HeadlessChromium.logIn(browser, wait, "http://localhost:" + port + "/camunda/app/tasklist/default/", USER,
          DemoUsers.PASSWORD);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mijn taken")); // Tasklist has loaded
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#clusterpact-mail-menu > a"))).click();
      wait.until(ExpectedConditions.elementSelectionStateToBe(By.cssSelector("#clusterpact-mail-menu input[value='per-task']"), true));

      assertThat(browser.findElements(By.cssSelector("#clusterpact-mail-menu"))).as("one menu").hasSize(1);
      browser.findElement(By.cssSelector("#clusterpact-mail-menu input[value='digest']")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#clusterpact-mail-menu"),
          "Bewaard: Eén overzicht per dag"));
      assertThat(identity.getUserInfo(USER, MailPreference.USER_INFO_KEY)).isEqualTo("digest");
    } finally {
      HeadlessChromium.screenshot((TakesScreenshot) browser, "tasklist-mail-preference.png");
      browser.quit();
    }
  }
}
