package be.clusterpact.testing;

import be.clusterpact.access.TasklistFilters;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for the browser tests, headless and without any network of its
 * own (Selenium Manager cannot download anything here). Without the packages a browser test is
 * skipped, except on CI ({@code CI=true}), where it fails.
 */
public final class HeadlessChromium {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Skips the calling test class when Chromium is missing (fails on CI). */
  public static void assumeInstalled(String test) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI runs the " + test + ": " + CHROMIUM + " and " + CHROMEDRIVER
          + " are missing (.ci/run installs the Debian packages chromium and chromium-driver).");
    }
    assumeTrue(installed, test + " skipped: Chromium is not installed. Enable it with"
        + " `sudo apt-get update && sudo apt-get install -y chromium chromium-driver` (Debian), then run mvn verify again.");
  }

  /**
   * A new headless browser with a window of {@code width} × {@code height}. Its {@code --lang=nl-BE} does not
   * reach the pages in headless mode ({@code navigator.languages} stays en-US, so Camunda's webapps show
   * English): use {@link #open(int, int, String)} for a browser whose pages see a language.
   */
  public static WebDriver open(int width, int height) {
    return new ChromeDriver(driverService(), options(width, height));
  }

  /**
   * A new headless browser whose pages see {@code acceptLanguages} (e.g. "nl-BE,nl") as the user's
   * languages ({@code navigator.languages}, Accept-Language), with a window of {@code width} × {@code height}.
   */
  public static WebDriver open(int width, int height, String acceptLanguages) {
    ChromeOptions options = options(width, height);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
    return new ChromeDriver(driverService(), options);
  }

  private static ChromeDriverService driverService() {
    return new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
  }

  private static ChromeOptions options(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height, "--lang=nl-BE");
    return options;
  }

  /** Fills in and submits the login form Camunda's webapps show at {@code url} (Tasklist, Cockpit, Admin). */
  public static void logIn(WebDriver browser, WebDriverWait wait, String url, String user, String password) {
    browser.get(url);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** Clicks an element after scrolling it to the middle of the window (fixed headers and footers cover the edges). */
  /**
   * Logs in to Tasklist on this port and waits until it shows the first filter, the work of the user's
   * groups ({@link TasklistFilters#MY_GROUPS_TASKS}); returns Tasklist's address.
   */
  public static String logInToTasklist(WebDriver browser, WebDriverWait wait, int port, String user, String password) {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    logIn(browser, wait, tasklist, user, password);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(TasklistFilters.MY_GROUPS_TASKS)));
    return tasklist;
  }

  public static void clickInView(WebDriver browser, WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Saves what the browser (or one element of the page) shows as {@code target/<name>}. */
  public static void screenshot(TakesScreenshot browser, String name) {
    try {
      Path target = Path.of("target", name);
      Files.createDirectories(target.getParent());
      Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
