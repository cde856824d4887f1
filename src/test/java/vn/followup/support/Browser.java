package vn.followup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.followup.deadline.DeadlineSchedule;

/**
 * Headless Chromium from Debian, driven by its own chromedriver (no browser or driver download at
 * test time), in Vietnamese and in Vietnam time. Without Chromium the browser tests are skipped
 * with the reason, unless {@code FOLLOWUP_BROWSER_TESTS=required} (set by {@code .ci/run}).
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private final WebDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;

  private Browser(WebDriver driver, int port) {
    this.driver = driver;
    this.baseUrl = "http://localhost:" + port;
    // Generous: CI machines have two cores, and Tasklist and Cockpit load much script on first view.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** Skips the calling test when no Chromium is installed, unless browser tests are required. */
  public static void assumeAvailable() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "required".equals(System.getenv("FOLLOWUP_BROWSER_TESTS"))) {
      throw new IllegalStateException("Browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver "
          + "is missing (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "Browser tests skipped: no /usr/bin/chromium and /usr/bin/chromedriver "
        + "(apt-get install chromium chromium-driver)");
  }

  public static Browser open(int port) {
    return open(port, null);
  }

  /** As {@link #open(int)}, saving what the user downloads into {@code downloads} without asking. */
  public static Browser open(int port, Path downloads) {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--window-size=1280,860", "--lang=vi", "--user-data-dir="
              + Files.createTempDirectory("chromium-profile"));
      options.setExperimentalOption("prefs", downloads == null ? Map.of("intl.accept_languages", "vi,en")
          : Map.of("intl.accept_languages", "vi,en", "download.default_directory", downloads.toAbsolutePath().toString(),
              "download.prompt_for_download", false, "safebrowsing.enabled", false));
      LoggingPreferences logging = new LoggingPreferences();
      logging.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logging);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .withEnvironment(Map.of("TZ", DeadlineSchedule.VIETNAM.getId(), "LANGUAGE", "vi"))
          .usingAnyFreePort()
          .build();
      return new Browser(new ChromeDriver(service, options), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in to a Camunda webapp through its own login form. */
  public void login(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/");
    WebElement name = visible(By.cssSelector("input[ng-model='username']"));
    name.clear();
    name.sendKeys(user);
    WebElement secret = driver.findElement(By.cssSelector("input[ng-model='password']"));
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit'].btn-primary")).click();
    // The session exists only once the login form is gone; navigating earlier loses it.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }

  /** Types into the Tasklist form field with that label, again if Tasklist re-rendered the form meanwhile. */
  public void fill(String label, String value) {
    By field = By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::*[self::input or self::textarea][1]");
    waitUntil(d -> {
      try {
        WebElement input = d.findElement(field);
        if (!value.equals(input.getAttribute("value"))) {
          input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
          input.sendKeys(value);
        }
        Thread.sleep(300);
        return value.equals(d.findElement(field).getAttribute("value"));
      } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    });
  }

  /** Claims the open task; Tasklist then renders the form again, so input waits for the new form. */
  public void claimTask() {
    WebElement form = visible(By.cssSelector(".fjs-form"));
    press(clickable(By.xpath("//*[@ng-click='claim()']")));
    visible(By.cssSelector("button.unclaim"));
    try {
      new WebDriverWait(driver(), Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(form));
    } catch (org.openqa.selenium.TimeoutException formKept) {
      // this Tasklist version kept the form: nothing to wait for
    }
    visible(By.cssSelector(".fjs-form"));
  }

  /** Presses Tasklist's button that completes the open task. */
  public void completeTask() {
    press(clickable(By.cssSelector("button[ng-click='complete()']")));
  }

  public WebElement visible(By by) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("khong-thay-" + Math.abs(by.toString().hashCode()));
      throw e;
    }
  }

  public WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  public void waitForText(String text) {
    try {
      wait.until(d -> pageText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("khong-thay-" + Math.abs(text.hashCode()));
      throw e;
    }
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition::apply);
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Clicks an element as a user would after scrolling it into view (the webapps' footer may cover it). */
  public void press(WebElement element) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** The browser console's messages since the last call (script errors, failed requests), one a line. */
  public String consoleLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining("\n"));
  }

  /** Saves a screenshot and, next to it, the browser console's messages since the last call. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(SCREENSHOTS.resolve(name + ".log"), consoleLog());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
